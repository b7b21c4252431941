"""Review queue on the web: a reviewer accepts, corrects or rejects what the annotators proposed.

The decision itself is `sabt.extract.review.decide`, the same service as `sabt review`, so the
web and the command line append the same `ReviewDecision` rows and audit entries. Each item is
a plain form (works without JavaScript, carries the CSRF token); a small script adds j/k to
move and a/r to accept or reject. A rejection needs a reason, so the record says why.
"""

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from sabt.errors import BadInput
from sabt.extract.review import decide
from sabt.model import Entity, Source, Suggestion
from sabt.security.policy import Resource
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock, Principal, authorised_change
from sabt.web.context import Params, _case
from sabt.web.render import TEMPLATES

QUEUE_LIMIT = 100  # suggestions shown at once; the rest wait their turn
CONTEXT_CHARS = 50
SUMMARY_KEYS = ("name", "text", "property", "value", "position", "person", "organization")


def _summary(suggestion: Suggestion, entities: dict[int, str]) -> str:
    payload = suggestion.payload
    parts = [f"{key}: {payload[key]}" for key in SUMMARY_KEYS if payload.get(key) not in (None, "")]
    entity = payload.get("entity")
    if isinstance(entity, int) and entity in entities:
        parts.insert(0, f"entity: {entities[entity]}")
    return "; ".join(parts)


def review_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Pending suggestions with their text in context, oldest source first; `kind` filters."""
    kind = params.get("kind", "")
    statement = select(Suggestion).where(
        Suggestion.case_id == case.case_id, Suggestion.status == "pending"
    )
    if kind:
        statement = statement.where(Suggestion.kind == kind)
    found = session.scalars(
        statement.order_by(Suggestion.source_id, Suggestion.start_offset, Suggestion.id).limit(
            QUEUE_LIMIT
        )
    ).all()
    sources = {
        s.id: s
        for s in session.scalars(
            select(Source).where(Source.id.in_({s.source_id for s in found if s.source_id}))
        )
    }
    entities = dict(
        session.execute(
            select(Entity.id, Entity.canonical_name).where(Entity.case_id == case.case_id)
        ).all()
    )
    items = []
    for suggestion in found:
        source = sources.get(suggestion.source_id or 0)
        text = source.text_raw if source else ""
        start, end = suggestion.start_offset or 0, suggestion.end_offset or 0
        items.append(
            {
                "id": suggestion.id,
                "kind": suggestion.kind,
                "summary": _summary(suggestion, entities),
                "payload": suggestion.payload,
                "fields": sorted(suggestion.payload),
                "annotator": f"{suggestion.annotator} {suggestion.annotator_version}",
                "source": {"id": source.id, "title": source.title} if source else None,
                "before": text[max(0, start - CONTEXT_CHARS) : start],
                "marked": text[start:end],
                "after": text[end : end + CONTEXT_CHARS],
                "decide_url": f"/review/suggestions/{suggestion.id}",
            }
        )
    return {"case": _case(case, session), "kind": kind, "suggestions": items}


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _correction(form: FormData) -> dict[str, Any] | None:
    """The corrected fields: a JSON object (`correction`) or one `field` with its `value`."""
    if raw := _text(form, "correction"):
        try:
            parsed = json.loads(raw)
        except json.JSONDecodeError as error:
            raise BadInput(f"the correction is not JSON: {error.msg}") from error
        if not isinstance(parsed, dict):
            raise BadInput("the correction must be a JSON object of corrected fields")
        return parsed
    field, value = _text(form, "field"), _text(form, "value")
    return {field: value} if field and value else None


def _decide(
    case: CaseFolder, principal: Principal, suggestion_id: int, form: FormData
) -> dict[str, Any]:
    decision, reason = _text(form, "decision"), _text(form, "reason")
    if decision == "reject" and not reason:
        raise BadInput("a rejection needs a reason", remedy="say why in the reason field")
    row = decide(
        case,
        suggestion_id,
        decision,
        actor=f"user:{principal.actor.username}",
        reason=reason,
        correction=_correction(form) if decision == "correct" else None,
    )
    return {"suggestion_id": suggestion_id, "decision": row.decision, "reason": row.reason}


def add_review_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    async def decided(request: Request, suggestion_id: int) -> tuple[Principal, dict[str, Any]]:
        resource = Resource(case.case_id)
        principal = await authorised_change(request, case, clock, "source.review", resource)
        form = await request.form()
        return principal, await run_in_threadpool(_decide, case, principal, suggestion_id, form)

    def queue(decision: dict[str, Any]) -> dict[str, Any]:
        with case.session() as session:
            return {**review_context(case, session, {}), "decided": decision}

    @app.post("/review/suggestions/{suggestion_id}", include_in_schema=False)
    async def decide_page(request: Request, suggestion_id: int) -> Response:
        """The queue again, with what was just decided, so the next item is under the keys."""
        principal, decision = await decided(request, suggestion_id)
        shown = await run_in_threadpool(queue, decision)
        me = {"username": principal.actor.username, "csrf": principal.csrf}
        return TEMPLATES.TemplateResponse(request, "review.html", {**shown, "me": me})

    @app.post(
        "/api/v1/review/suggestions/{suggestion_id}",
        summary="Accept, correct or reject a suggestion (form: decision, reason, correction).",
    )
    async def decide_api(request: Request, suggestion_id: int) -> dict[str, Any]:
        return (await decided(request, suggestion_id))[1]
