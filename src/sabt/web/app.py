"""The web application over one case: pages and their JSON twins, sign-in, originals, upload.

Every failure, whatever raised it, leaves as the one error shape
`{"error": {"status", "message", "remedy"}}` for the API; pages show the same fields in the
layout, and a page asked for without a session redirects to the sign-in form.
"""

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from sabt.errors import SabtError
from sabt.model.base import utcnow
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock
from sabt.web.estimates_page import add_estimate_routes
from sabt.web.files import add_file_routes
from sabt.web.linkage_pages import add_linkage_routes
from sabt.web.login import add_login_routes
from sabt.web.matrix import add_matrix_routes
from sabt.web.members import add_member_routes
from sabt.web.openapi import describe
from sabt.web.pages import add_pages
from sabt.web.people import add_people_routes
from sabt.web.render import TEMPLATES
from sabt.web.review_pages import add_review_routes
from sabt.web.witnesses import add_witness_routes

API_PREFIX = "/api/"


def _error_response(request: Request, status: int, message: str, remedy: str | None) -> Response:
    body: dict[str, Any] = {"error": {"status": status, "message": message, "remedy": remedy}}
    if request.url.path.startswith(API_PREFIX):
        return JSONResponse(body, status_code=status)
    if status == 401:
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        return RedirectResponse(f"/login?next={target}", status_code=303)
    return TEMPLATES.TemplateResponse(request, "error.html", body, status_code=status)


def create_app(case: CaseFolder, clock: Clock = utcnow) -> FastAPI:
    """The application; `clock` is injectable so that tests can move time past the time-outs."""
    app = FastAPI(
        title="sabt", openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs", redoc_url=None
    )

    @app.exception_handler(SabtError)
    async def _sabt_error(request: Request, error: SabtError) -> Response:
        return _error_response(request, error.status, error.message, error.remedy)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException) -> Response:
        message = "no such page" if error.status_code == 404 else str(error.detail)
        return _error_response(request, error.status_code, message, None)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, error: RequestValidationError) -> Response:
        fields = ", ".join(".".join(str(p) for p in e["loc"][1:]) for e in error.errors())
        return _error_response(request, 422, f"missing or invalid: {fields}", None)

    add_login_routes(app, case, clock)
    add_pages(app, case, clock)
    add_file_routes(app, case, clock)
    add_witness_routes(app, case, clock)
    add_review_routes(app, case, clock)
    add_linkage_routes(app, case, clock)
    add_member_routes(app, case, clock)
    add_estimate_routes(app, case, clock)
    add_matrix_routes(app, case, clock)
    add_people_routes(app, case, clock)
    describe(app)
    return app
