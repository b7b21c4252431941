"""`sabt estimate`: how many people were killed, from the overlap of victim lists.

The options and the `--json` shape are an interface other tools rely on; keep them stable.
With `--strata`, `--json` prints a JSON list with one result object per stratum (each carries a
`stratum` key) and `--plot FILE.png` writes FILE-<stratum>.png per stratum.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from sabt.estimate.methods import Method


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
    from sabt.estimate.plot import plot
    from sabt.estimate.runs import capture_tables, plot_path, run_method, show

    results = []
    for stratum, capture in capture_tables(table, clusters, strata).items():
        result = run_method(method, capture, seed)
        result.stratum = stratum
        if plot_file is not None:
            plot(result, plot_path(plot_file, stratum))
        if case is not None:
            from sabt.cliopts import current_actor
            from sabt.estimate.store import store

            result.diagnostics["stored_id"] = store(case, capture, result, current_actor())
        results.append(result)
    if json_out:
        payload = [r.to_dict() for r in results] if strata else results[0].to_dict()
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        show(results)


def register(app: typer.Typer) -> None:
    app.command("estimate")(estimate)
