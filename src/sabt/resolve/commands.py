"""Commands for linkage without a case: `sabt link` and `sabt dedupe`.

Both write CSV that other tools read; the columns are a contract (see docs/linkage.md).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sabt.resolve.defaults import DEFAULT_THRESHOLD
from sabt.resolve.errors import BadOption

if TYPE_CHECKING:
    from sabt.resolve.api import LinkResult

Out = Annotated[Path, typer.Option("--out", help="Where to write the CSV.")]
Threshold = Annotated[
    float, typer.Option("--threshold", help="Match probability a pair needs to be linked.")
]
MapOpt = Annotated[
    list[str] | None, typer.Option("--map", help="Rename a column: col=field (repeatable).")
]
Backend = Annotated[str, typer.Option("--backend", help="duckdb (default) or spark.")]


def _run(
    files: list[Path], mapping: list[str] | None, threshold: float, backend: str, within: bool
) -> LinkResult:
    from sabt.resolve.api import link_lists  # Splink and pandas load only when linking
    from sabt.resolve.readers import parse_mapping, read_list

    # Splink's training advice is for notebook users; the CLI reports what it did in one line.
    logging.getLogger("splink").setLevel(logging.ERROR)
    rename = parse_mapping(mapping or [])
    frames = {}
    for path in files:
        if path.stem in frames:
            raise BadOption(f"two lists are named {path.stem!r}", remedy="rename one file")
        frames[path.stem] = read_list(path, rename)
    return link_lists(frames, threshold=threshold, within_lists=within, backend=backend)


def _report(result: LinkResult) -> None:
    typer.echo(
        f"{len(result.pairs)} pairs, {result.clusters['cluster_id'].nunique()} clusters "
        f"from {len(result.clusters)} records; {result.training.note}",
        err=True,
    )


def link(
    files: Annotated[list[Path], typer.Argument(help="Two or more list files (CSV, XLSX, ODS).")],
    out: Out,
    clusters: Annotated[
        Path | None, typer.Option("--clusters", help="Also write every record's cluster.")
    ] = None,
    threshold: Threshold = DEFAULT_THRESHOLD,
    map_: MapOpt = None,
    backend: Backend = "duckdb",
) -> None:
    """Find the same person across lists; write pairs (and clusters) as CSV."""
    if len(files) < 2:
        raise BadOption("link needs two or more list files", remedy="use sabt dedupe for one list")
    result = _run(files, map_, threshold, backend, within=True)
    result.pairs.to_csv(out, index=False)
    if clusters is not None:
        result.clusters.to_csv(clusters, index=False)
    _report(result)


def dedupe(
    file: Annotated[Path, typer.Argument(help="One list file (CSV, XLSX, ODS).")],
    out: Out,
    threshold: Threshold = DEFAULT_THRESHOLD,
    map_: MapOpt = None,
    backend: Backend = "duckdb",
) -> None:
    """Find records of the same person within one list; write every record's cluster as CSV."""
    result = _run([file], map_, threshold, backend, within=True)
    result.clusters.to_csv(out, index=False)
    _report(result)


def register(app: typer.Typer) -> None:
    """Add `link` and `dedupe` to the `sabt` command line."""
    app.command("link")(link)
    app.command("dedupe")(dedupe)
