"""Signing in and out of the browser session.

The sign-in form is protected by a double-submit token (a cookie and a hidden field that must
match), since there is no session yet to hold one. Signing out ends the session on the server.
"""

import secrets
from typing import Annotated

from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse, Response

from sabt.errors import Forbidden
from sabt.security.accounts import authenticate, sign_in_refusal
from sabt.security.sessions import end_session, start_session
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import SESSION_COOKIE, Clock, check_csrf, identify
from sabt.web.render import TEMPLATES

LOGIN_COOKIE = "sabt_login_csrf"


def _safe_next(target: str) -> str:
    """Only same-site paths, so the form cannot be used to bounce users elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


def add_login_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:

    def form(request: Request, next_url: str, error: str = "", status: int = 200) -> Response:
        token = secrets.token_urlsafe(32)
        context = {"csrf": token, "next": _safe_next(next_url), "error": error}
        response = TEMPLATES.TemplateResponse(request, "login.html", context, status_code=status)
        secure = request.url.scheme == "https"
        response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=secure)
        return response

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> Response:
        return form(request, next)

    @app.post("/login", include_in_schema=False)
    def login(
        request: Request,
        username: Annotated[str, Form()],
        password: Annotated[str, Form()],
        csrf_token: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "/",
    ) -> Response:
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not expected or not secrets.compare_digest(expected, csrf_token):
            raise Forbidden("the sign-in form expired", remedy="reload /login and try again")
        now = clock()
        with case.session() as session:
            user = authenticate(session, username, password, now)
            if user is not None:
                token, _csrf = start_session(session, user, now)
        if user is None:
            with case.session() as session:
                message = sign_in_refusal(session, username, now).message
            return form(request, next, message, status=401)
        response = RedirectResponse(_safe_next(next), status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        principal = identify(request, case, clock)
        await check_csrf(request, case, principal)
        with case.session() as session:
            end_session(session, request.cookies.get(SESSION_COOKIE, ""), clock())
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response
