"""Who belongs to a case and in what role: list, grant or change, and revoke, each audited.

The CLI (`sabt member …`) and the web members page call these same functions, so both can do
exactly the same things. A case always keeps at least one owner: removing or demoting the last
one is refused, since nobody could then manage the case.
"""

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, Conflict, NotFound
from sabt.model import Role, User
from sabt.model.vocab import vocabulary
from sabt.security.accounts import find_user, grant_role
from sabt.security.policy import audit


def list_members(session: Session, case_id: int) -> list[dict[str, Any]]:
    """The case's members by user name, with their role and since when they hold it."""
    rows = session.execute(
        select(User.username, User.disabled, Role.role, Role.granted_at)
        .join(Role, Role.user_id == User.id)
        .where(Role.case_id == case_id)
        .order_by(User.username)
    )
    return [
        {"username": name, "role": role, "since": at.isoformat(), "disabled": disabled}
        for name, disabled, role, at in rows
    ]


def _owners_left(session: Session, case_id: int, without: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Role.case_id == case_id, Role.role == "owner", Role.user_id != without
            )
        )
        or 0
    )


def _role_of(session: Session, case_id: int, user: User) -> Role | None:
    return session.scalar(select(Role).where(Role.case_id == case_id, Role.user_id == user.id))


def set_member_role(
    session: Session, case_id: int, username: str, role: str, *, actor: str
) -> dict[str, Any]:
    """Give `username` `role` in the case (a new member, or a changed role); audited."""
    if role not in vocabulary("roles").codes():
        raise BadInput(
            f"{role!r} is not a role",
            remedy="use owner, investigator, analyst, viewer or external",
        )
    user = find_user(session, username)
    held = _role_of(session, case_id, user)
    before = held.role if held is not None else None
    if before == "owner" and role != "owner":
        _keep_an_owner(session, case_id, user)
    grant_role(session, user, role, case_id)
    audit(
        session,
        actor=actor,
        action="member.grant",
        resource=f"user:{username}",
        case_id=case_id,
        detail={"role": role, "before": before},
    )
    return {"username": username, "role": role, "before": before}


def revoke_member(session: Session, case_id: int, username: str, *, actor: str) -> dict[str, Any]:
    """Take away `username`'s role in the case; the account itself stays. Audited."""
    user = find_user(session, username)
    held = _role_of(session, case_id, user)
    if held is None:
        raise NotFound(f"{username!r} is not a member of this case", remedy="see the members list")
    if held.role == "owner":
        _keep_an_owner(session, case_id, user)
    session.delete(held)
    audit(
        session,
        actor=actor,
        action="member.revoke",
        resource=f"user:{username}",
        case_id=case_id,
        detail={"before": held.role},
    )
    return {"username": username, "role": None, "before": held.role}


def _keep_an_owner(session: Session, case_id: int, user: User) -> None:
    if _owners_left(session, case_id, user.id) == 0:
        raise Conflict(
            f"{user.username!r} is the case's last owner",
            remedy="make someone else owner first",
        )
