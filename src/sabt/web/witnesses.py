"""Protected witnesses on the web: the pseudonym list, the add form, and unsealing with a reason.

The same services as `sabt testimony` do the work. The policy is asked before the form is read,
so a role without the right learns nothing, not even which fields were wrong. An unsealed
identity is sent with `Cache-Control: no-store` and never appears in a log, an error or another
page; the unseal itself is a custody event written before the identity leaves the server.
"""

import tempfile
from pathlib import Path, PurePath
from typing import Annotated, Any

from fastapi import FastAPI, Request
from fastapi import Path as PathParameter
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from sabt.errors import BadInput, Forbidden
from sabt.security.policy import Resource, allowed, require
from sabt.security.witnesses import add_testimony, list_testimonies, unseal_identity
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock, Principal, authorised_change, check_csrf, identify
from sabt.web.context import Params
from sabt.web.openapi import form_body
from sabt.web.render import TEMPLATES

IDENTITY_FIELDS = ("name", "phone", "contact", "location")
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


Pseudonym = Annotated[str, PathParameter(pattern="^W-[0-9]{3,6}$")]
_ADD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["transcript", "pseudonym"],
                    "properties": {
                        "transcript": {"type": "string", "format": "binary"},
                        "pseudonym": {"type": "string", "pattern": "^W-[0-9]{3,6}$"},
                        **{name: {"type": "string", "pattern": "\\S"} for name in IDENTITY_FIELDS},
                    },
                    # at least one identifying field, or there is nothing to seal
                    "anyOf": [{"required": [name]} for name in IDENTITY_FIELDS],
                }
            }
        },
    }
}


def witnesses_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Protected witnesses by pseudonym; identities stay sealed."""
    return {
        "witnesses": [
            {
                "pseudonym": t.pseudonym,
                "source_id": t.source_id,
                "identity": "destroyed" if t.destroyed else "sealed",
            }
            for t in list_testimonies(case)
        ]
    }


def witness_form_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """What the add-testimony form asks for: open fields, sealed fields, consent."""
    return {
        "post_to": "/api/v1/witnesses",
        "sealed_fields": list(IDENTITY_FIELDS),
        "open_fields": ["interview_date", "interview_place", "interviewer", "language"],
    }


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _add_from_form(case: CaseFolder, actor: str, form: FormData) -> dict[str, Any]:
    transcript = form.get("transcript")
    if not isinstance(transcript, UploadFile):
        raise BadInput("a testimony needs its transcript file", remedy="choose the transcript")
    media = [m for m in form.getlist("media") if isinstance(m, UploadFile) and m.filename]
    with tempfile.TemporaryDirectory(prefix="sabt-testimony-") as folder:
        # neutral names: the file names a user picks often name the witness
        paths = []
        for n, upload in enumerate([transcript, *media]):
            path = Path(folder) / f"{n}{PurePath(upload.filename or '').suffix.lower()}"
            path.write_bytes(upload.file.read())
            paths.append(path)
        source = add_testimony(
            case,
            paths[0],
            pseudonym=_text(form, "pseudonym"),
            identity={field: _text(form, field) for field in IDENTITY_FIELDS},
            actor=actor,
            interview_date=_text(form, "interview_date"),
            interview_place=_text(form, "interview_place"),
            interviewer=_text(form, "interviewer"),
            language=_text(form, "language"),
            consent={
                "share": form.get("consent_share") == "on",
                "share_with": _text(form, "share_with"),
                "court_use": form.get("consent_court") == "on",
            },
            media=paths[1:],
        )
    return {"pseudonym": source.metadata_json["testimony"]["pseudonym"], "source_id": source.id}


def _unseal(case: CaseFolder, principal: Principal, pseudonym: str, reason: str) -> dict[str, str]:
    """Unseal as the policy decides; a refusal goes to the custody ledger and the audit trail."""
    resource = Resource(case.case_id, "witness", pseudonym)
    may = allowed(principal.actor, "witness.unseal", resource)
    actor = f"user:{principal.actor.username}"
    try:
        return unseal_identity(case, pseudonym, actor=actor, reason=reason, allowed=may)
    except Forbidden:
        require(case, principal.actor, "witness.unseal", resource)  # audits, then raises
        raise


def add_witness_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:

    async def add(request: Request) -> tuple[Principal, dict[str, Any]]:
        resource = Resource(case.case_id)
        principal = await authorised_change(request, case, clock, "witness.create", resource)
        form = await request.form()
        actor = f"user:{principal.actor.username}"
        return principal, await run_in_threadpool(_add_from_form, case, actor, form)

    @app.post("/witnesses", include_in_schema=False)
    async def add_page(request: Request) -> Response:
        principal, added = await add(request)
        me = {"username": principal.actor.username, "csrf": principal.csrf}
        return TEMPLATES.TemplateResponse(request, "witness_added.html", {**added, "me": me})

    @app.post(
        "/api/v1/witnesses",
        summary="Add a testimony (multipart: transcript, pseudonym, sealed and open fields).",
        openapi_extra=_ADD_BODY,
    )
    async def add_api(request: Request) -> dict[str, Any]:
        return (await add(request))[1]

    async def unseal(request: Request, pseudonym: str) -> tuple[Principal, dict[str, Any]]:
        principal = await run_in_threadpool(identify, request, case, clock)
        await check_csrf(request, case, principal)
        reason = _text(await request.form(), "reason")
        identity = await run_in_threadpool(_unseal, case, principal, pseudonym, reason)
        return principal, {"pseudonym": pseudonym, "identity": identity}

    @app.post("/witnesses/{pseudonym}/unseal", include_in_schema=False)
    async def unseal_page(request: Request, pseudonym: str) -> Response:
        principal, shown = await unseal(request, pseudonym)
        me = {"username": principal.actor.username, "csrf": principal.csrf}
        return TEMPLATES.TemplateResponse(
            request, "witness_unsealed.html", {**shown, "me": me}, headers=NO_STORE
        )

    @app.post(
        "/api/v1/witnesses/{pseudonym}/unseal",
        summary="Open a witness's identity (form field `reason`); logged before it is sent.",
        openapi_extra=form_body(("reason",)),
    )
    async def unseal_api(request: Request, pseudonym: Pseudonym) -> Response:
        return JSONResponse((await unseal(request, pseudonym))[1], headers=NO_STORE)
