"""Who is asking: a browser session cookie or a Bearer token, checked on every request.

Cookie-authenticated requests that change anything must carry the session's CSRF token (a form
field or the X-CSRF-Token header); Bearer requests need none, since a browser never adds that
header on its own.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from sabt.errors import Forbidden, Unauthenticated
from sabt.security.accounts import actor_for, user_for_token
from sabt.security.policy import Actor, Resource, audit, require
from sabt.security.sessions import resume_session, session_needs_writing
from sabt.store.casefolder import CaseFolder

SESSION_COOKIE = "sabt_session"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Principal:
    """The actor behind a request, and the CSRF token its forms must carry (None for tokens)."""

    actor: Actor
    csrf: str | None


def _from_cookie(session: Session, cookie: str, now: datetime) -> Principal | None:
    resumed = resume_session(session, cookie, now)
    if resumed is None:
        return None
    user, row = resumed
    return Principal(actor_for(session, user), row.csrf_token)


def identify(request: Request, case: CaseFolder, clock: Clock) -> Principal:
    """The principal of a request, or Unauthenticated.

    Read-only unless a browser session's activity is due or it has lapsed: then (about once a
    minute per session) a write transaction records that.
    """
    header = request.headers.get("authorization", "")
    cookie = request.cookies.get(SESSION_COOKIE)
    now = clock()
    found: Principal | None = None
    write_due = False
    with case.reading() as session:
        if header.lower().startswith("bearer "):
            user = user_for_token(session, header[7:].strip())
            found = Principal(actor_for(session, user), None) if user else None
        elif cookie:
            write_due = session_needs_writing(session, cookie, now)
            found = None if write_due else _from_cookie(session, cookie, now)
    if write_due and cookie:
        with case.session(fsync=False) as session:  # activity: not worth a wait for the disk
            found = _from_cookie(session, cookie, now)
    if found is None:
        raise Unauthenticated("sign in first", remedy="sign in at /login or send a Bearer token")
    return found


def _audit_forgery(case: CaseFolder, principal: Principal, path: str) -> None:
    with case.session() as session:
        audit(
            session,
            actor=principal.actor.username,
            action="csrf",
            resource=path,
            outcome="refused",
            case_id=case.case_id,
        )


async def check_csrf(request: Request, case: CaseFolder, principal: Principal) -> None:
    """Refuse (and audit) a state-changing cookie request without the session's CSRF token."""
    if request.method in SAFE_METHODS or principal.csrf is None:
        return
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if sent is None or not secrets.compare_digest(sent, principal.csrf):
        await run_in_threadpool(_audit_forgery, case, principal, request.url.path)
        raise Forbidden("the form's security token is missing or stale", remedy="reload the page")


async def authorised_change(
    request: Request, case: CaseFolder, clock: Clock, action: str, resource: Resource
) -> Principal:
    """The principal of a request that changes the case: identified, CSRF checked, then allowed."""
    principal = await run_in_threadpool(identify, request, case, clock)
    await check_csrf(request, case, principal)
    await run_in_threadpool(require, case, principal.actor, action, resource)
    return principal
