"""The case's members and its shares with external users, as pages, API twins and form posts.

Reading the members list needs `member.read`; granting, changing and revoking roles needs
`case.manage` (owners); sharing a source needs `source.share` (owners and investigators). The
work is done by `sabt.security.members` and `sabt.security.shares`, the CLI's services too.
"""

from typing import Any

from fastapi import FastAPI
from sqlalchemy.orm import Session

from sabt.model.vocab import vocabulary
from sabt.security.members import list_members, revoke_member, set_member_role
from sabt.security.shares import list_shares, revoke_share, share_source
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock
from sabt.web.context import Params
from sabt.web.forms import add_form_post
from sabt.web.pages import PARAMETER_SCHEMAS, Page, add_pages


def members_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """The case's members with their roles, and the roles one can be given."""
    return {
        "members": list_members(session, case.case_id),
        "roles": list(vocabulary("roles").codes()),
        "post_to": "/api/v1/members",
    }


def shares_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Sources shared with members (what an external user may read), and with whom."""
    return {"shares": list_shares(session, case.case_id), "post_to": "/api/v1/shares"}


MEMBERS = Page("/members", "/api/v1/members", "members.html", "member.read", members_context)
SHARES = Page("/shares", "/api/v1/shares", "shares.html", "source.share", shares_context)
PAGES = (MEMBERS, SHARES)


def _grant(session: Session, case_id: int, form: dict[str, str], actor: str) -> dict[str, Any]:
    return set_member_role(session, case_id, form["username"], form["role"], actor=actor)


def _revoke(session: Session, case_id: int, form: dict[str, str], actor: str) -> dict[str, Any]:
    return revoke_member(session, case_id, form["username"], actor=actor)


def _share(session: Session, case_id: int, form: dict[str, str], actor: str) -> dict[str, Any]:
    return share_source(session, case_id, form["source_id"], form["username"], actor=actor)


def _unshare(session: Session, case_id: int, form: dict[str, str], actor: str) -> dict[str, Any]:
    return revoke_share(session, case_id, form["source_id"], form["username"], actor=actor)


FIELD_SCHEMAS: dict[str, dict[str, Any]] = {
    "role": {"type": "string", "enum": list(vocabulary("roles").codes())},
    "source_id": PARAMETER_SCHEMAS["source_id"],
}


def add_member_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    add_pages(app, case, clock, PAGES)
    member, share = ("username", "role"), ("source_id", "username")
    for page, path, fields, action, change, summary in (
        (MEMBERS, "/members", member, "case.manage", _grant, "Give a user a role in the case."),
        (MEMBERS, "/members/revoke", member[:1], "case.manage", _revoke, "Take a role away."),
        (SHARES, "/shares", share, "source.share", _share, "Share a source with a member."),
        (SHARES, "/shares/revoke", share, "source.share", _unshare, "End a share."),
    ):
        add_form_post(
            app,
            case,
            clock,
            page=page,
            path=path,
            fields=fields,
            schemas=FIELD_SCHEMAS,
            action=action,
            change=change,
            summary=summary,
        )
