"""Options and output helpers shared by every command, so they read and behave alike."""

import getpass
import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

CaseDir = Annotated[
    Path,
    typer.Option(
        "--case",
        envvar="SABT_CASE",
        help="Case folder (default: $SABT_CASE, else the current folder).",
        file_okay=False,
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

console = Console()
errors = Console(stderr=True, soft_wrap=True)


def current_actor() -> str:
    """Who is acting: `SABT_ACTOR` if set, else the operating-system user."""
    return os.environ.get("SABT_ACTOR") or f"cli:{getpass.getuser()}"


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))
