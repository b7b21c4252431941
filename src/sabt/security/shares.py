"""Sharing single sources with a case member, which is all an `external` role can ever read.

A share is a row (who, which source, granted by whom and when); revoking stamps `revoked_at` and
keeps the row, so the record of what was disclosed to whom survives. Each grant and revocation is
an audit event. The CLI (`sabt share`) and the web sharing page call these same functions.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.ingest.grading import find_source
from sabt.model import Role, Share, Source, User
from sabt.model.base import utcnow
from sabt.security.accounts import find_user
from sabt.security.policy import audit


def _describe(share: Share, username: str, title: str) -> dict[str, Any]:
    return {
        "source_id": share.object_id,
        "title": title,
        "username": username,
        "granted_by": share.granted_by,
        "granted_at": share.granted_at.isoformat(),
        "revoked_at": share.revoked_at.isoformat() if share.revoked_at else None,
    }


def list_shares(session: Session, case_id: int) -> list[dict[str, Any]]:
    """Shares still in force, by source then user."""
    rows = session.execute(
        select(Share, User.username, Source.title)
        .join(User, User.id == Share.user_id)
        .join(Source, Source.id == Share.object_id)
        .where(
            Share.case_id == case_id,
            Share.object_type == "source",
            Share.revoked_at.is_(None),
        )
        .order_by(Share.object_id, User.username)
    )
    return [_describe(share, name, title) for share, name, title in rows]


def _member(session: Session, case_id: int, username: str) -> User:
    user = find_user(session, username)
    if session.scalar(select(Role.id).where(Role.case_id == case_id, Role.user_id == user.id)):
        return user
    raise BadInput(
        f"{username!r} is not a member of this case",
        remedy=f"give them the external role first: `sabt member grant {username} external`",
    )


def _share_row(session: Session, case_id: int, user: User, source: Source) -> Share | None:
    return session.scalar(
        select(Share).where(
            Share.case_id == case_id,
            Share.user_id == user.id,
            Share.object_type == "source",
            Share.object_id == source.id,
        )
    )


def _recorded(
    session: Session, action: str, share: Share, source: Source, username: str, actor: str
) -> dict[str, Any]:
    audit(
        session,
        actor=actor,
        action=action,
        resource=f"case:{share.case_id}/source:{source.id}",
        case_id=share.case_id,
        detail={"with": username},
    )
    return _describe(share, username, source.title)


def share_source(
    session: Session, case_id: int, source_ref: str, username: str, *, actor: str
) -> dict[str, Any]:
    """Share a source with a member (again, if it was revoked); audited."""
    source = find_source(session, case_id, source_ref)
    user = _member(session, case_id, username)
    share = _share_row(session, case_id, user, source)
    if share is None:
        share = Share(case_id=case_id, user_id=user.id, object_type="source", object_id=source.id)
        session.add(share)
    share.granted_by, share.granted_at, share.revoked_at = actor, utcnow(), None
    session.flush()
    return _recorded(session, "source.share", share, source, username, actor)


def revoke_share(
    session: Session, case_id: int, source_ref: str, username: str, *, actor: str
) -> dict[str, Any]:
    """End a share; the row stays with its revocation time. Audited."""
    source = find_source(session, case_id, source_ref)
    share = _share_row(session, case_id, find_user(session, username), source)
    if share is None or share.revoked_at is not None:
        raise NotFound(
            f"source {source.id} is not shared with {username!r}", remedy="see the shares list"
        )
    share.revoked_at = utcnow()
    return _recorded(session, "source.unshare", share, source, username, actor)
