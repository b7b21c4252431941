"""Commands for evidence: `sabt ingest`, `sabt sources`, `sabt evaluate`, `sabt search`."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import select

from sabt.cliopts import (
    CaseDir,
    JsonFlag,
    console,
    current_actor,
    errors,
    print_json,
)
from sabt.ingest.files import collect
from sabt.ingest.grading import evaluate_source, grade_label
from sabt.ingest.service import IngestOutcome, Provenance, ingest_paths
from sabt.model import Source
from sabt.store.casefolder import open_case
from sabt.store.search import search as search_sources


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (walked recursively).")],
    case: CaseDir = Path("."),
    origin: Annotated[str | None, typer.Option(help="Where the files came from (a URL).")] = None,
    json_lines: Annotated[
        bool, typer.Option("--json", help="Print one JSON line per file as it is committed.")
    ] = False,
) -> None:
    """Preserve files as originals, extract their text, and log each in the custody ledger."""
    folder = open_case(case)
    total = sum(1 for _ in collect(paths))
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=errors, transient=True) as progress:
        task = progress.add_task("ingest", total=total)

        def report(outcome: IngestOutcome) -> None:
            progress.advance(task)
            if json_lines:
                typer.echo(json.dumps(outcome.__dict__, ensure_ascii=False), nl=True)
            elif outcome.status == "failed":
                errors.print(
                    f"[red]failed:[/] {escape(outcome.path)}: {escape(outcome.message)}",
                    highlight=False,
                )

        summary = ingest_paths(
            folder, paths, Provenance(current_actor(), origin), on_outcome=report
        )
    errors.print(
        f"{summary.count('new')} new, {summary.count('known')} already known, "
        f"{summary.count('failed')} failed"
    )
    if summary.count("failed"):
        raise typer.Exit(1)


def sources(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """List the case's sources with id, title, language, SHA-256 and grade."""
    folder = open_case(case)
    with folder.session() as session:
        rows = list(
            session.scalars(
                select(Source).where(Source.case_id == folder.case_id).order_by(Source.id)
            )
        )
    records = [
        {
            "id": s.id,
            "title": s.title,
            "language": s.language,
            "sha256": s.blob_sha256,
            "media_type": s.media_type,
            "grade": grade_label(s),
            "reliability": s.reliability,
            "credibility": s.credibility,
        }
        for s in rows
    ]
    if as_json:
        print_json(records)
        return
    table = Table("id", "title", "lang", "sha256", "grade")
    for r in records:
        table.add_row(
            str(r["id"]),
            escape(str(r["title"])),
            str(r["language"]),
            str(r["sha256"])[:16],
            str(r["grade"]),
        )
    console.print(table)


def evaluate(
    source: Annotated[str, typer.Argument(help="Source id or SHA-256 prefix.")],
    case: CaseDir = Path("."),
    reliability: Annotated[str | None, typer.Option(help="Admiralty reliability A–F.")] = None,
    credibility: Annotated[int | None, typer.Option(help="Admiralty credibility 1–6.")] = None,
    note: Annotated[str | None, typer.Option(help="Why this grade.")] = None,
    affiliation: Annotated[
        str | None, typer.Option(help="Affiliation, e.g. 'published by a party to the conflict'.")
    ] = None,
) -> None:
    """Grade a source (Admiralty scale) and note its affiliation; logged as a custody event."""
    folder = open_case(case)
    graded = evaluate_source(
        folder,
        source,
        actor=current_actor(),
        reliability=reliability,
        credibility=credibility,
        note=note,
        affiliation=affiliation,
    )
    console.print(
        f"source {graded.id} graded {graded.reliability or '-'}{graded.credibility or '-'}",
        highlight=False,
    )


def search(
    query: Annotated[str, typer.Argument(help="Words to find, in any script.")],
    case: CaseDir = Path("."),
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search over the extracted text of every source, with snippets."""
    folder = open_case(case)
    with folder.session() as session:
        hits = search_sources(session, folder.case_id, query, limit=limit)
    if as_json:
        print_json([hit.__dict__ for hit in hits])
        return
    if not hits:
        console.print("no matches")
    for hit in hits:
        console.print(
            f"[bold]{hit.source_id}[/] {escape(hit.title)}\n    {escape(hit.snippet)}",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(sources)
    app.command()(evaluate)
    app.command()(search)
