"""`sabt export TABLE|bundle`, `sabt verify-bundle` and `sabt import bundle`.

Every export asks the policy for `case.export` (see `sabt.exchange.access`) and is written to the
audit trail with who, what and how many rows; a bundle export is also a custody event.
"""

import hashlib
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from sabt.cli_groups import export_app, import_app
from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, errors, print_json
from sabt.exchange.records import TABLES
from sabt.exchange.tabular import FORMATS
from sabt.store.casefolder import open_case

Out = Annotated[Path, typer.Option("--out", help="File to write.", dir_okay=False)]
Format = Annotated[
    str | None,
    typer.Option("--format", help=f"{' | '.join(FORMATS)} (default: the --out file's suffix)."),
]
Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help="Sources to carry (repeatable): all, 3,5,8-12, kind:KIND, search:WORDS, tag:TAG.",
    ),
]


def export_table(table: str, out: Path, fmt: str | None, case: Path, as_json: bool) -> None:
    """Write one table of the case to `out`; audited with the number of rows."""
    from sabt.exchange.access import audit_export, export_scope
    from sabt.exchange.tabular import format_for, write_rows

    chosen = format_for(out, fmt)
    folder = open_case(case)
    actor = current_actor()
    scope = export_scope(folder, actor)
    reader = TABLES[table][0]
    with folder.session() as session:
        rows = reader(session, folder.case_id, scope)
    size = write_rows(rows, chosen, out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    summary = {"table": table, "format": chosen, "rows": len(rows), "file": str(out.resolve())}
    audit_export(
        folder, actor, table, {**summary, "file": out.name, "sha256": digest, "bytes": size}
    )
    if as_json:
        print_json({**summary, "sha256": digest})
    else:
        console.print(f"{len(rows)} {table} written to {out} ({chosen})", highlight=False)


def _table_command(table: str, help_text: str) -> None:
    def command(
        out: Out, fmt: Format = None, case: CaseDir = Path("."), as_json: JsonFlag = False
    ) -> None:
        export_table(table, out, fmt, case, as_json)

    command.__doc__ = f"Export {help_text}."
    export_app.command(table)(command)


def bundle(
    out: Out, select: Select = None, case: CaseDir = Path("."), as_json: JsonFlag = False
) -> None:
    """Write selected originals, metadata, claims, custody proofs and checkpoint, signed."""
    from sabt.exchange.access import export_scope
    from sabt.exchange.bundle_write import write_bundle

    folder = open_case(case)
    actor = current_actor()
    scope = export_scope(folder, actor)
    with Progress(console=errors, transient=True, disable=as_json) as progress:
        task = progress.add_task("writing originals", total=None)
        summary = write_bundle(
            folder,
            out,
            select_terms=select or [],
            actor=actor,
            scope=scope,
            progress=lambda n: progress.advance(task, n),
        )
    result = {
        "file": str(summary.path),
        "bundle_id": summary.bundle_id,
        "sources": summary.sources,
        "withheld": summary.withheld,
        "claims": summary.claims,
        "custody_events": summary.events,
        "checkpoint": {"size": summary.checkpoint_size, "root": summary.checkpoint_root},
        "key_fingerprint": summary.key_fingerprint,
    }
    if as_json:
        print_json(result)
        return
    console.print(
        f"bundle {summary.path.name}: {len(summary.sources)} sources, {summary.claims} claims, "
        f"{summary.events} custody events proved against checkpoint {summary.checkpoint_size}",
        highlight=False,
    )
    for source_id in summary.withheld:
        console.print(
            f"withheld: source {source_id} (testimony without consent to share)", highlight=False
        )
    console.print(f"case key fingerprint: {summary.key_fingerprint}", highlight=False)


def verify_bundle(
    file: Annotated[Path, typer.Argument(help="The bundle (.zip) to check.", dir_okay=False)],
    expect_key: Annotated[
        str | None,
        typer.Option("--expect-key", help="The case key fingerprint you were given separately."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a bundle with nothing but the zip: signatures, hashes, proofs; exit 1 if any fail."""
    from sabt.exchange.bundle_verify import verify_bundle as check

    report = check(file, expect_key=expect_key)
    if as_json:
        print_json(report.as_json())
    else:
        for problem in report.problems:
            errors.print(f"[bold red]problem:[/] {problem}", highlight=False)
        if report.ok:
            console.print(
                f"[green]verified[/]: {report.sources} originals, {report.claims} claims, "
                f"{report.events} custody events in checkpoint {report.checkpoint_size} of case "
                f"{report.case}; key {report.key_fingerprint}",
                highlight=False,
            )
            if expect_key is None:
                console.print(
                    "note: compare the key fingerprint with the one the sender gave you "
                    "(or pass --expect-key)",
                    highlight=False,
                )
        else:
            console.print(f"[red]{len(report.problems)} problems[/]", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


def import_bundle(
    file: Annotated[Path, typer.Argument(help="The bundle (.zip) to import.", dir_okay=False)],
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Verify a bundle, then bring its sources and claims into the case with their custody."""
    from sabt.exchange.bundle_import import import_bundle as bring_in
    from sabt.security.local import local_actor
    from sabt.security.policy import Resource, require

    folder = open_case(case)
    actor = local_actor(folder, current_actor())
    require(folder, actor, "source.create", Resource(folder.case_id))
    summary = bring_in(folder, file, actor=actor.username)
    result = {
        "bundle_id": summary.bundle_id,
        "origin_case": summary.origin_case,
        "new_sources": summary.new_sources,
        "present_sources": summary.present_sources,
        "new_claims": summary.new_claims,
        "present_claims": summary.present_claims,
    }
    if as_json:
        print_json(result)
    elif summary.added_anything:
        console.print(
            f"imported {len(summary.new_sources)} sources and {summary.new_claims} claims from "
            f"case {summary.origin_case} ({len(summary.present_sources)} sources already here)",
            highlight=False,
        )
    else:
        console.print("nothing new: this bundle was already imported", highlight=False)


def register(app: typer.Typer) -> None:
    for table, (_, help_text) in TABLES.items():
        _table_command(table, help_text)
    export_app.command("bundle")(bundle)
    import_app.command("bundle")(import_bundle)
    app.command("verify-bundle")(verify_bundle)
