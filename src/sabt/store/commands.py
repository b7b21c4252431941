"""Commands for the case folder itself: `sabt init` and `sabt verify`."""

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress
from sqlalchemy import func, select

from sabt.cliopts import CaseDir, JsonFlag, console, errors, print_json
from sabt.model import Source
from sabt.store.casefolder import init_case, open_case
from sabt.store.verify import verify_case


def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create the case in.")],
    title: Annotated[str | None, typer.Option(help="The case's title.")] = None,
) -> None:
    """Create a self-contained case folder: database, blobs, ledger and signing key."""
    case = init_case(folder, title=title)
    console.print(f"created case [bold]{case.slug}[/] in {case.path}")


def verify(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """Re-hash every original and check the custody ledger; exit 1 naming each problem."""
    folder = open_case(case)
    with folder.session() as session:
        total = (
            session.scalar(
                select(func.count(func.distinct(Source.blob_sha256))).where(
                    Source.case_id == folder.case_id
                )
            )
            or 0
        )
    with Progress(console=errors, transient=True, disable=as_json) as progress:
        task = progress.add_task("verifying originals", total=total)
        report = verify_case(folder, lambda n: progress.advance(task, n))
    if as_json:
        print_json(
            {
                "ok": report.ok,
                "problems": report.problems,
                "notes": report.notes,
                "blobs": report.blobs_checked,
                "events": report.events_checked,
                "checkpoints": report.checkpoints_checked,
            }
        )
    else:
        for note in report.notes:
            console.print(f"note: {note}", highlight=False)
        for problem in report.problems:
            errors.print(f"[bold red]problem:[/] {problem}", highlight=False)
        verdict = "[green]verified[/]" if report.ok else f"[red]{len(report.problems)} problems[/]"
        console.print(
            f"{verdict}: {report.blobs_checked} originals, {report.events_checked} "
            f"custody events, {report.checkpoints_checked} checkpoints"
        )
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(verify)
