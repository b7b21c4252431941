"""`sabt user …`: accounts for the web application and API tokens for scripts."""

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import CaseDir, console, current_actor
from sabt.security import accounts
from sabt.security.policy import audit
from sabt.store.casefolder import open_case

user_app = typer.Typer(help="Manage who may sign in, and their roles.", no_args_is_help=True)
RoleOption = Annotated[
    str | None,
    typer.Option(help="Role in the case: owner, investigator, analyst, viewer, external."),
]


@user_app.command("add")
def add(name: str, role: RoleOption = None, case: CaseDir = Path(".")) -> None:
    """Create a user (with a role in the case if --role is given) and print their password."""
    folder = open_case(case)
    with folder.session() as session:
        password = accounts.create_user(session, name, role=role, case_id=folder.case_id)
        audit(
            session,
            actor=current_actor(),
            action="user.add",
            resource=f"user:{name}",
            case_id=folder.case_id,
            detail={"role": role},
        )
    console.print(f"user {name} created; password: {password}", highlight=False)


@user_app.command("disable")
def disable(name: str, case: CaseDir = Path(".")) -> None:
    """Disable a user: they can no longer sign in, their tokens and sessions stop working."""
    folder = open_case(case)
    with folder.session() as session:
        accounts.disable_user(session, name)
        audit(session, actor=current_actor(), action="user.disable", resource=f"user:{name}")
    console.print(f"user {name} disabled", highlight=False)


@user_app.command("reset")
def reset(name: str, case: CaseDir = Path(".")) -> None:
    """Give a user a new password and print it."""
    folder = open_case(case)
    with folder.session() as session:
        password = accounts.reset_password(session, name)
        audit(session, actor=current_actor(), action="user.reset", resource=f"user:{name}")
    console.print(f"new password for {name}: {password}", highlight=False)


@user_app.command("token")
def token(
    name: str,
    label: Annotated[str, typer.Option(help="What the token is for.")] = "",
    case: CaseDir = Path("."),
) -> None:
    """Print a new API token for a user (shown once; only its hash is kept)."""
    folder = open_case(case)
    with folder.session() as session:
        value = accounts.create_token(session, name, label)
    typer.echo(value)


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
