"""User accounts: creating, disabling, resetting, signing in, and API tokens for scripts.

Failed sign-ins are counted from the audit trail itself (no separate counter that could drift
from the record): five failures within 15 minutes, since the last success, lock the account for
the rest of that window. Tokens and passwords are stored only as hashes.
"""

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, Conflict, NotFound, Unauthenticated
from sabt.model import ApiToken, AuditEntry, Role, Share, User
from sabt.model.base import utcnow
from sabt.model.vocab import vocabulary
from sabt.security.passwords import hash_password, new_password, password_matches
from sabt.security.policy import Actor, audit

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SIGN_IN = "sign-in"
Clock = Callable[[], datetime]


def find_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}", remedy="see `sabt user add`")
    return user


def create_user(session: Session, username: str, *, role: str | None, case_id: int | None) -> str:
    """Create a user (with a role in the case when given); returns their first password."""
    if not username or len(username) > 80 or not username.isprintable():
        raise BadInput(f"{username!r} is not a usable user name")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"user {username!r} already exists", remedy="choose another name")
    password = new_password()
    user = User(username=username, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    if role is not None and case_id is not None:
        grant_role(session, user, role, case_id)
    return password


def grant_role(session: Session, user: User, role: str, case_id: int) -> None:
    code = vocabulary("roles").get(role).code
    existing = session.scalar(select(Role).where(Role.user_id == user.id, Role.case_id == case_id))
    if existing is None:
        session.add(Role(case_id=case_id, user_id=user.id, role=code))
    else:
        existing.role = code


def disable_user(session: Session, username: str) -> None:
    """Disable an account and revoke its tokens; its sessions stop at their next request."""
    user = find_user(session, username)
    user.disabled = True
    for token in session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)):
        token.revoked_at = token.revoked_at or utcnow()


def reset_password(session: Session, username: str) -> str:
    user = find_user(session, username)
    password = new_password()
    user.password_hash = hash_password(password)
    return password


def actor_for(session: Session, user: User) -> Actor:
    """The user with their roles, and the sources shared with them (what an external may read)."""
    rows = session.execute(select(Role.case_id, Role.role).where(Role.user_id == user.id))
    shares = session.execute(
        select(Share.case_id, Share.object_id).where(
            Share.user_id == user.id, Share.object_type == "source", Share.revoked_at.is_(None)
        )
    )
    shared: dict[int, set[str]] = {}
    for case_id, object_id in shares:
        shared.setdefault(case_id, set()).add(str(object_id))
    return Actor(
        user.username,
        user.id,
        {case_id: role for case_id, role in rows},
        {case_id: frozenset(ids) for case_id, ids in shared.items()},
    )


def _locked(session: Session, username: str, now: datetime) -> bool:
    resource = f"user:{username}"
    last_ok = session.scalar(
        select(func.max(AuditEntry.at)).where(
            AuditEntry.action == SIGN_IN,
            AuditEntry.resource == resource,
            AuditEntry.outcome == "ok",
        )
    )
    since = max(now - LOCKOUT, last_ok) if last_ok else now - LOCKOUT
    failures = session.scalar(
        select(func.count()).where(
            AuditEntry.action == SIGN_IN,
            AuditEntry.resource == resource,
            AuditEntry.outcome != "ok",
            AuditEntry.at > since,
        )
    )
    return (failures or 0) >= MAX_FAILURES


def authenticate(session: Session, username: str, password: str, now: datetime) -> User | None:
    """The user if the password is right and the account usable; every attempt is audited.

    Returns None rather than raising so that the caller commits the audit entry of a failure.
    """
    user = session.scalar(select(User).where(User.username == username))
    if _locked(session, username, now):
        outcome = "locked"
    elif user is None or user.disabled or not password_matches(user.password_hash, password):
        outcome = "failed"
    else:
        outcome = "ok"
    session.add(
        AuditEntry(
            at=now, actor=username, action=SIGN_IN, resource=f"user:{username}", outcome=outcome
        )
    )
    return user if outcome == "ok" else None


def sign_in_refusal(session: Session, username: str, now: datetime) -> Unauthenticated:
    """The error to show after a failed attempt: says when the account is locked, else nothing."""
    if _locked(session, username, now):
        return Unauthenticated(
            "too many failed sign-ins; this account is locked for 15 minutes",
            remedy="wait, or ask an administrator to run `sabt user reset`",
        )
    return Unauthenticated("wrong user name or password", remedy="check both and try again")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, username: str, label: str = "") -> str:
    user = find_user(session, username)
    token = "sabt_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_token_hash(token), label=label))
    audit(session, actor=username, action="token.create", resource=f"user:{username}")
    return token


def user_for_token(session: Session, token: str) -> User | None:
    row = session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == _token_hash(token), ApiToken.revoked_at.is_(None)
        )
    )
    user = session.get(User, row.user_id) if row is not None else None
    return user if user is not None and not user.disabled else None
