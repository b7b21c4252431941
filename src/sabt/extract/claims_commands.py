"""`sabt claims`: the case's stored claims with their sources and grades; `--conflicts` puts
the claims that disagree about one quantity side by side (see `sabt.extract.conflicts`)."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sabt.cliopts import CaseDir, JsonFlag, console, print_json
from sabt.extract.conflicts import ClaimView, claim_views, find_conflicts
from sabt.store.casefolder import open_case

EXCERPT_CHARS = 160


def _said(view: ClaimView) -> str:
    return view.attributed_to or "(the source itself)"


def _excerpt(view: ClaimView) -> str:
    text = " ".join(view.excerpt.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def claims(
    case: CaseDir = Path("."),
    conflicts: Annotated[
        bool,
        typer.Option("--conflicts", help="Only claims that disagree about one quantity, grouped."),
    ] = False,
    property: Annotated[
        str | None, typer.Option("--property", help="Only this property, e.g. executed.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """List the case's claims: value, subject, dates, who says it, in which source, its grade."""
    folder = open_case(case)
    try:
        with folder.session() as session:
            views = claim_views(session, folder.case_id, property=property)
    finally:
        folder.close()
    if conflicts:
        groups = find_conflicts(views)
        if as_json:
            print_json([group.to_json() for group in groups])
            return
        if not groups:
            console.print("no conflicting claims")
        for group in groups:
            dated = " (some undated)" if group.undated else ""
            console.print(
                f"[bold]{escape(group.property)}[/] of {escape(group.subject or '(unstated)')}: "
                f"{group.kind}{dated}",
                highlight=False,
            )
            _table(group.claims)
        return
    if as_json:
        print_json([view.to_json() for view in views])
        return
    _table(views)


def _table(views: list[ClaimView]) -> None:
    table = Table("id", "property", "value", "subject", "dates", "said by", "source", "excerpt")
    for v in views:
        dates = f"{v.earliest}..{v.latest}" if v.earliest else ""
        source = f"{v.source_id} {v.source_title} ({v.grade})"
        table.add_row(
            str(v.id), escape(v.property), escape(v.value), escape(v.subject), dates,
            escape(_said(v)), escape(source), escape(_excerpt(v)),
        )  # fmt: skip
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("claims")(claims)
