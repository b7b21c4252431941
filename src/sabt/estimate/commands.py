"""`sabt estimate`: how many people were killed, from the overlap of victim lists.

The options and the `--json` shape are an interface other tools rely on; keep them stable.
With `--strata`, `--json` prints a JSON list with one result object per stratum (each carries a
`stratum` key) and `--plot FILE.png` writes FILE-<stratum>.png per stratum.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sabt.errors import BadInput
from sabt.estimate.chapman import chapman
from sabt.estimate.histories import (
    CaptureTable,
    by_stratum,
    clusters_by_stratum,
    from_clusters,
    from_frame,
    read_table,
)
from sabt.estimate.lcmcr import LcmcrSettings, lcmcr
from sabt.estimate.loglinear import loglinear
from sabt.estimate.plot import plot
from sabt.estimate.result import EstimateResult


class Method(StrEnum):
    lcmcr = "lcmcr"
    loglinear = "loglinear"
    chapman = "chapman"


def _tables(
    table: Path | None, clusters: Path | None, strata: str | None
) -> dict[str | None, CaptureTable]:
    if (table is None) == (clusters is None):
        raise BadInput("give either TABLE.csv or --clusters CLUSTERS.csv (one of them)")
    if clusters is not None:
        frame = read_table(clusters)
        if strata:
            return dict(clusters_by_stratum(frame, strata).items())
        return {None: from_clusters(frame)}
    assert table is not None
    frame = read_table(table)
    if strata:
        return dict(by_stratum(frame, strata).items())
    return {None: from_frame(frame)}


def _run(method: Method, table: CaptureTable, seed: int) -> EstimateResult:
    if method is Method.chapman:
        return chapman(table)
    if method is Method.loglinear:
        result = loglinear(table)
        result.settings["seed"] = seed
        return result
    return lcmcr(table, LcmcrSettings(seed=seed))


def _plot_path(base: Path, stratum: str | None) -> Path:
    if stratum is None:
        return base
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", stratum)
    return base.with_name(f"{base.stem}-{safe}{base.suffix or '.png'}")


def _show(results: list[EstimateResult]) -> None:
    grid = Table(title="Multiple systems estimate of the total number of people")
    for name in ("stratum", "method", "lists", "observed", "estimate", "95% interval", "notes"):
        grid.add_column(name)
    for r in results:
        notes = "; ".join(str(r.diagnostics[k]) for k in ("warning", "note") if k in r.diagnostics)
        grid.add_row(
            r.stratum or "(all)",
            r.method,
            ", ".join(r.lists),
            f"{r.observed:,}",
            f"{r.estimate:,.0f}",
            f"{r.interval[0]:,.0f} – {r.interval[1]:,.0f}",
            notes,
        )
    Console().print(grid)
    Console().print("An estimate is not a count: it includes people no list recorded.")


def estimate(
    table: Annotated[
        Path | None, typer.Argument(help="Capture table CSV (0/1 list columns).")
    ] = None,
    method: Annotated[Method, typer.Option(help="Estimator.")] = Method.lcmcr,
    clusters: Annotated[
        Path | None, typer.Option(help="Linkage output: list, record_id, cluster_id.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    strata: Annotated[
        str | None, typer.Option(help="Estimate separately per value of COL.")
    ] = None,
    plot_file: Annotated[Path | None, typer.Option("--plot", help="Write a PNG plot.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (LCMCR).")] = 1,
    case: Annotated[
        Path | None, typer.Option(envvar="SABT_CASE", help="Store the run in this case folder.")
    ] = None,
) -> None:
    """Estimate the total number of victims, listed or not, from overlapping lists."""
    results = []
    for stratum, capture in _tables(table, clusters, strata).items():
        result = _run(method, capture, seed)
        result.stratum = stratum
        if plot_file is not None:
            plot(result, _plot_path(plot_file, stratum))
        if case is not None:
            from sabt.cliopts import current_actor
            from sabt.estimate.store import store

            result.diagnostics["stored_id"] = store(case, capture, result, current_actor())
        results.append(result)
    if json_out:
        payload = [r.to_dict() for r in results] if strata else results[0].to_dict()
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _show(results)


def register(app: typer.Typer) -> None:
    app.command("estimate")(estimate)
