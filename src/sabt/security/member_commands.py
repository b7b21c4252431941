"""`sabt member …` and `sabt share`: the case's members and what is shared with external users.

The same services as the web members and sharing pages, under the same policy: the person at the
command line acts as `SABT_ACTOR`'s account when it names one, else as the folder's holder.
"""

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.security.local import local_actor
from sabt.security.members import list_members, revoke_member, set_member_role
from sabt.security.policy import Resource, require
from sabt.security.shares import list_shares, revoke_share, share_source
from sabt.store.casefolder import CaseFolder, open_case

member_app = typer.Typer(help="Who belongs to the case, and in what role.", no_args_is_help=True)


def _allowed_to(folder: CaseFolder, action: str) -> str:
    """The acting user's name once the policy lets them do `action` in the case."""
    actor = current_actor()
    require(folder, local_actor(folder, actor), action, Resource(folder.case_id))
    return actor


@member_app.command("list")
def members(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """List the case's members and their roles."""
    folder = open_case(case)
    _allowed_to(folder, "member.read")
    with folder.session() as session:
        rows = list_members(session, folder.case_id)
    if as_json:
        print_json(rows)
        return
    table = Table("user", "role", "since", "disabled")
    for row in rows:
        table.add_row(row["username"], row["role"], row["since"], "yes" if row["disabled"] else "")
    console.print(table)


@member_app.command("grant")
def grant(name: str, role: str, case: CaseDir = Path(".")) -> None:
    """Give an existing user a role in the case, or change the role they hold."""
    folder = open_case(case)
    actor = _allowed_to(folder, "case.manage")
    with folder.session() as session:
        done = set_member_role(session, folder.case_id, name, role, actor=actor)
    console.print(f"{name}: {done['before'] or 'no role'} → {role}", highlight=False)


@member_app.command("revoke")
def revoke(name: str, case: CaseDir = Path(".")) -> None:
    """Take away a user's role in the case (the account stays)."""
    folder = open_case(case)
    actor = _allowed_to(folder, "case.manage")
    with folder.session() as session:
        done = revoke_member(session, folder.case_id, name, actor=actor)
    console.print(f"{name}: {done['before']} → no role", highlight=False)


def share(
    source: Annotated[str, typer.Argument(help="Source id or SHA-256 prefix.")],
    with_user: Annotated[str, typer.Option("--with", help="The member to share it with.")],
    revoke_it: Annotated[bool, typer.Option("--revoke", help="End the share instead.")] = False,
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Share a source with a member (an external user reads only what is shared), or revoke it."""
    folder = open_case(case)
    actor = _allowed_to(folder, "source.share")
    with folder.session() as session:
        change = revoke_share if revoke_it else share_source
        done = change(session, folder.case_id, source, with_user, actor=actor)
    if as_json:
        print_json(done)
        return
    verb = "no longer shared with" if revoke_it else "shared with"
    console.print(f"source {done['source_id']} {verb} {with_user}", highlight=False)


def shares(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """List the sources shared with members, and with whom."""
    folder = open_case(case)
    _allowed_to(folder, "source.share")
    with folder.session() as session:
        rows = list_shares(session, folder.case_id)
    if as_json:
        print_json(rows)
        return
    table = Table("source", "title", "shared with", "by", "since")
    for row in rows:
        table.add_row(
            str(row["source_id"]),
            row["title"],
            row["username"],
            row["granted_by"],
            row["granted_at"],
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(member_app, name="member")
    app.command()(share)
    app.command()(shares)
