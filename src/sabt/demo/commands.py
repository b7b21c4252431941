"""`sabt demo`: build the demo case."""

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import console


def demo(
    folder: Annotated[Path, typer.Argument(help="Folder to build the demo case in.")],
    corpus: Annotated[
        Path | None, typer.Option(help="Also ingest the files of this folder (e.g. a corpus).")
    ] = None,
    force: Annotated[bool, typer.Option(help="Rebuild over an earlier demo case.")] = False,
) -> None:
    """Build a demo case from sample documents written by the project (synthetic victims)."""
    from sabt.demo.build import build_demo  # loads linkage and estimation only when asked

    built = build_demo(folder, corpus=corpus, force=force)
    console.print(
        f"demo case in {built.case.path}: {built.documents} sample documents"
        + (f", {built.corpus.count('new')} corpus files" if built.corpus else "")
    )
    found = built.analysis
    console.print(
        f"victim lists (synthetic): {found.records} records linked into {found.clusters} people; "
        f"LCMCR estimate {found.estimate:.0f} (95% interval {found.interval[0]:.0f}–"
        f"{found.interval[1]:.0f}), stored as estimate {found.estimate_id}; "
        f"{found.pairs_to_review} linkage pairs wait for review (/review/pairs)",
        highlight=False,
    )
    console.print(
        f"protected witness W-001 (synthetic) sealed; to unseal in `sabt serve` or `sabt "
        f"testimony unseal`, set SABT_SEALING_KEY_FILE={built.sealing_key}",
        highlight=False,
    )
    console.print(f"login: [bold]{built.username}[/] / [bold]{built.password}[/]", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(demo)
