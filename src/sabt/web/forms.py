"""Form posts that change the case: who asks, the CSRF check, then the policy, then the work.

A page post answers with its page re-rendered around what was done; the API twin answers with
the change as JSON. The body is documented in the OpenAPI description as a urlencoded form.
"""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from sabt.errors import BadInput
from sabt.security.policy import Resource
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock, authorised_change
from sabt.web.openapi import form_body
from sabt.web.pages import Page
from sabt.web.render import TEMPLATES

# The change itself: (session, case id, the form's fields, acting user name) → what changed.
Change = Callable[[Session, int, dict[str, str], str], dict[str, Any]]


def add_form_post(
    app: FastAPI,
    case: CaseFolder,
    clock: Clock,
    *,
    page: Page,
    path: str,
    fields: tuple[str, ...],
    schemas: dict[str, dict[str, Any]] | None = None,
    action: str,
    change: Change,
    summary: str,
) -> None:
    """POST `path` (re-rendering `page`) and `/api/v1` + `path` (JSON) running `change`."""

    async def run(request: Request) -> tuple[dict[str, str], dict[str, Any]]:
        principal = await authorised_change(request, case, clock, action, Resource(case.case_id))
        form = await request.form()
        values = {
            name: value.strip() for name in fields if isinstance(value := form.get(name), str)
        }
        missing = [name for name in fields if not values.get(name)]
        if missing:
            raise BadInput(f"missing or invalid: {', '.join(missing)}", remedy="fill in the form")

        def work() -> dict[str, Any]:
            with case.session() as session:
                return change(session, case.case_id, values, principal.actor.username)

        done = await run_in_threadpool(work)
        return {"username": principal.actor.username, "csrf": principal.csrf or ""}, done

    async def html(request: Request) -> Response:
        me, done = await run(request)

        def render() -> dict[str, Any]:
            with case.session() as session:
                return page.context(case, session, {})

        shown = {**await run_in_threadpool(render), "done": done, "me": me}
        return TEMPLATES.TemplateResponse(request, page.template, shown)

    async def api(request: Request) -> dict[str, Any]:
        return (await run(request))[1]

    app.add_api_route(path, html, methods=["POST"], include_in_schema=False)
    app.add_api_route(
        "/api/v1" + path,
        api,
        methods=["POST"],
        summary=summary,
        openapi_extra=form_body(fields, schemas),
    )
