"""How `sabt estimate` turns its options into runs: tables, the chosen method, plots, a table.

Kept apart from the command's declaration so that the statistics stack (SciPy, statsmodels,
Numba, Matplotlib) loads only when an estimate is actually asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

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
from sabt.estimate.methods import Method
from sabt.estimate.result import EstimateResult


def capture_tables(
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


def run_method(method: Method, table: CaptureTable, seed: int) -> EstimateResult:
    if method is Method.chapman:
        return chapman(table)
    if method is Method.loglinear:
        result = loglinear(table)
        result.settings["seed"] = seed
        return result
    return lcmcr(table, LcmcrSettings(seed=seed))


def plot_path(base: Path, stratum: str | None) -> Path:
    if stratum is None:
        return base
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", stratum)
    return base.with_name(f"{base.stem}-{safe}{base.suffix or '.png'}")


def show(results: list[EstimateResult]) -> None:
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
