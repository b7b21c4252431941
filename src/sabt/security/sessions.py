"""Browser sessions kept on the server: a random cookie token, idle and absolute time-outs.

The cookie holds only a random token; the row holds its hash, so a copy of the database does not
let anyone sign in. Ending a session marks the row, so a cookie kept after sign-out is useless.
"""

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from sabt.model import User, WebSession

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: User, now: datetime) -> tuple[str, str]:
    """A new session for `user`: returns (cookie token, CSRF token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_hash(token),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            last_seen_at=now,
        )
    )
    return token, csrf


def resume_session(session: Session, token: str, now: datetime) -> tuple[User, WebSession] | None:
    """The user and session behind a cookie token, if it is live; touching it resets idleness."""
    row = session.get(WebSession, _hash(token))
    if row is None or row.ended_at is not None:
        return None
    if now - row.last_seen_at > IDLE_TIMEOUT or now - row.created_at > ABSOLUTE_TIMEOUT:
        row.ended_at = now
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        row.ended_at = now
        return None
    row.last_seen_at = now
    return user, row


def end_session(session: Session, token: str, now: datetime) -> None:
    row = session.get(WebSession, _hash(token))
    if row is not None and row.ended_at is None:
        row.ended_at = now
