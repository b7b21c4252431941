"""Browser sessions kept on the server: a random cookie token, idle and absolute time-outs.

The cookie holds only a random token; the row holds its hash, so a copy of the database does not
let anyone sign in. Ending a session marks the row, so a cookie kept after sign-out is useless.
Activity is written at most once a `TOUCH_INTERVAL`, not on every request: most requests then only
read, and the idle time-out is kept to within that interval.
"""

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from sabt.model import User, WebSession

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
TOUCH_INTERVAL = timedelta(minutes=1)


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


def _look_up(session: Session, token: str, now: datetime) -> tuple[WebSession | None, User | None]:
    """The session row behind a token (None if unknown or ended) and its user if it is live."""
    row = session.get(WebSession, _hash(token))
    if row is None or row.ended_at is not None:
        return None, None
    if now - row.last_seen_at > IDLE_TIMEOUT or now - row.created_at > ABSOLUTE_TIMEOUT:
        return row, None
    user = session.get(User, row.user_id)
    return row, (user if user is not None and not user.disabled else None)


def session_needs_writing(session: Session, token: str, now: datetime) -> bool:
    """Whether `resume_session` would change the row: it lapsed, or its activity is due."""
    row, user = _look_up(session, token, now)
    return row is not None and (user is None or now - row.last_seen_at >= TOUCH_INTERVAL)


def resume_session(session: Session, token: str, now: datetime) -> tuple[User, WebSession] | None:
    """The user and session behind a cookie token, if it is live; activity resets idleness.

    A lapsed session (idle, too old, its user disabled) is marked ended. Writes nothing when
    `session_needs_writing` says so, so a read-only transaction may call it then.
    """
    row, user = _look_up(session, token, now)
    if row is None:
        return None
    if user is None:
        row.ended_at = now
        return None
    if now - row.last_seen_at >= TOUCH_INTERVAL:
        row.last_seen_at = now
    return user, row


def end_session(session: Session, token: str, now: datetime) -> None:
    row = session.get(WebSession, _hash(token))
    if row is not None and row.ended_at is None:
        row.ended_at = now
