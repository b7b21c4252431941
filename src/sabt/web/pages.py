"""Every page and its JSON twin, declared once: path, template, context, and the action it needs.

Registering a page adds both routes over the same context function, so a page without an API twin
cannot exist. The permission check happens here, once, through the policy, never in a context.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session

from sabt.security.audit_trail import AuditTrail
from sabt.security.policy import Resource, require, visible
from sabt.store.casefolder import CaseFolder
from sabt.web import context as pages
from sabt.web.auth import Clock, Principal, identify
from sabt.web.entities import entities_context, entity_context
from sabt.web.geo import map_context
from sabt.web.network import network_context
from sabt.web.render import TEMPLATES
from sabt.web.review_pages import review_context
from sabt.web.timeline import timeline_context
from sabt.web.witnesses import witness_form_context, witnesses_context

Context = Callable[[CaseFolder, Session, pages.Params], dict[str, Any]]


# A source is named by its id or by a SHA-256 prefix of 8 or more hex digits.
PARAMETER_SCHEMAS = {
    "page": {"type": "string", "pattern": "^[1-9][0-9]{0,8}$"},
    "grade": {"type": "string", "pattern": "^([A-Fa-f][1-6]?)?$"},
    "source_id": {"type": "string", "pattern": "^([0-9]{1,18}|[0-9a-fA-F]{8,64})$"},
}


@dataclass(frozen=True)
class Page:
    path: str
    api_path: str
    template: str
    action: str
    context: Context
    audited: bool = False  # reads of evidence content are written to the audit trail
    query: tuple[str, ...] = ()  # query parameters the context reads, for the OpenAPI description
    lists_sources: str = ""  # key of a list of sources (dicts with "id") the policy narrows

    def openapi_parameters(self) -> list[dict[str, Any]]:
        in_path = [("path", name) for name in re.findall(r"\{(\w+)\}", self.path)]
        in_query = [("query", name) for name in self.query]
        return [
            {
                "name": name,
                "in": where,
                "required": where == "path",
                "schema": PARAMETER_SCHEMAS.get(name, {"type": "string"}),
            }
            for where, name in [*in_path, *in_query]
        ]


PAGES = (
    Page("/", "/api/v1/dashboard", "dashboard.html", "case.read", pages.dashboard_context),
    Page(
        "/sources",
        "/api/v1/sources",
        "sources.html",
        "source.list",
        pages.sources_context,
        query=("language", "grade", "page"),
        lists_sources="sources",
    ),
    Page(
        "/sources/{source_id}",
        "/api/v1/sources/{source_id}",
        "source.html",
        "source.read",
        pages.source_context,
        audited=True,
        query=("mark",),
    ),
    Page(
        "/search",
        "/api/v1/search",
        "search.html",
        "source.search",
        pages.search_context,
        audited=True,
        query=("q",),
        lists_sources="hits",
    ),
    Page("/upload", "/api/v1/upload", "upload.html", "source.create", pages.upload_context),
    Page("/witnesses", "/api/v1/witnesses", "witnesses.html", "witness.read", witnesses_context),
    Page(
        "/witnesses/new",
        "/api/v1/witnesses/new",
        "witness_new.html",
        "witness.create",
        witness_form_context,
    ),
    Page(
        "/entities",
        "/api/v1/entities",
        "entities.html",
        "source.read",
        entities_context,
        query=("type", "q"),
    ),
    Page(
        "/entities/{entity_id}",
        "/api/v1/entities/{entity_id}",
        "entity.html",
        "source.read",
        entity_context,
    ),
    Page("/timeline", "/api/v1/timeline", "timeline.html", "source.read", timeline_context),
    Page("/map", "/api/v1/map", "map.html", "source.read", map_context),
    Page("/network", "/api/v1/network", "network.html", "source.read", network_context),
    Page(
        "/review", "/api/v1/review", "review.html", "source.review", review_context, query=("kind",)
    ),
)


def resource_of(case: CaseFolder, params: pages.Params) -> Resource:
    if "source_id" in params:
        return Resource(case.case_id, "source", params["source_id"])
    return Resource(case.case_id)


def _handlers(
    page: Page, case: CaseFolder, clock: Clock, trail: AuditTrail
) -> tuple[Callable[[Request], Response], Callable[[Request], Response]]:
    def build(request: Request) -> tuple[Principal, dict[str, Any]]:
        principal = identify(request, case, clock)
        params = {**request.query_params, **request.path_params}
        resource = resource_of(case, params)
        require(case, principal.actor, page.action, resource)
        with case.reading() as session:
            data = page.context(case, session, params)
        if page.lists_sources:
            listed = data[page.lists_sources]
            shown = visible(principal.actor, case.case_id, [item["id"] for item in listed])
            data[page.lists_sources] = [item for item in listed if item["id"] in shown]
        if page.audited:  # committed before the page is sent: no read goes unrecorded
            trail.record(
                actor=principal.actor.username,
                action=page.action,
                resource=str(resource),
                case_id=case.case_id,
                detail={k: v for k, v in params.items() if k != "source_id"},
            )
        return principal, data

    def html(request: Request) -> Response:
        principal, data = build(request)
        shown = {**data, "me": {"username": principal.actor.username, "csrf": principal.csrf}}
        return TEMPLATES.TemplateResponse(request, page.template, shown)

    def api(request: Request) -> Response:
        return JSONResponse(build(request)[1])

    return html, api


def _audit_trail(app: FastAPI, case: CaseFolder) -> AuditTrail:
    """The application's one audit trail, so that all its pages' entries commit together."""
    if not hasattr(app.state, "audit_trail"):
        app.state.audit_trail = AuditTrail(case)
    trail: AuditTrail = app.state.audit_trail
    return trail


def add_pages(
    app: FastAPI, case: CaseFolder, clock: Clock, registered: tuple[Page, ...] = PAGES
) -> None:
    trail = _audit_trail(app, case)
    for page in registered:
        html, api = _handlers(page, case, clock, trail)
        app.add_api_route(page.path, html, methods=["GET"], include_in_schema=False)
        app.add_api_route(
            page.api_path,
            api,
            methods=["GET"],
            summary=page.context.__doc__,
            openapi_extra={"parameters": page.openapi_parameters()},
        )
