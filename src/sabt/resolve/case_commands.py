"""`sabt lists link`, `sabt lists review`, `sabt lists clusters`: linkage inside a case.

`link` makes Victim entities from the case's imported lists; `review` walks the pairs the model is
least sure about, side by side, and records each decision as a Judgement; `clusters` writes the
CLUSTERS.csv that `sabt estimate --clusters` reads. The work is in `case_linkage`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.resolve.defaults import DEFAULT_THRESHOLD
from sabt.store.casefolder import open_case

if TYPE_CHECKING:
    from sabt.resolve.case_linkage import PairToReview

KEYS = {"s": "same", "d": "different", "u": "unsure"}


def link(
    case: CaseDir = Path("."),
    threshold: Annotated[
        float, typer.Option("--threshold", help="Match probability a pair needs to be linked.")
    ] = DEFAULT_THRESHOLD,
    backend: Annotated[
        str, typer.Option("--backend", help="duckdb (default) or spark.")
    ] = "duckdb",
    as_json: JsonFlag = False,
) -> None:
    """Link the case's imported lists: each cluster of records becomes one Victim entity."""
    from sabt.resolve.case_linkage import link_case  # Splink loads only when linking

    logging.getLogger("splink").setLevel(logging.ERROR)
    report = link_case(open_case(case), actor=current_actor(), threshold=threshold, backend=backend)
    if as_json:
        print_json(report.__dict__)
        return
    console.print(
        f"{report.records} records → {report.victims} victims "
        f"({report.victims_created} new, {report.victims_removed} removed); "
        f"{report.pairs_linked} pairs at or above {report.threshold}, "
        f"{report.judgements_applied} human judgements applied; {escape(report.training)}",
        highlight=False,
    )


def _side_by_side(pair: PairToReview, number: int) -> Table:
    left, right = pair.left, pair.right
    table = Table(
        "",
        f"{escape(left.list_name)} row {left.row_number} (#{left.id})",
        f"{escape(right.list_name)} row {right.row_number} (#{right.id})",
        title=f"pair {number}: model says {pair.probability:.2f}",
    )
    rows = [
        ("name", left.name, right.name),
        ("in Latin letters", left.name_latin, right.name_latin),
        ("father", left.father_name, right.father_name),
        ("birth", left.birth, right.birth),
        ("death/arrest", left.event, right.event),
        ("place", left.place, right.place),
    ]
    for label, a, b in rows:
        table.add_row(label, escape(a), escape(b))
    for column in dict.fromkeys([*left.raw, *right.raw]):
        a, b = str(left.raw.get(column, "")), str(right.raw.get(column, ""))
        table.add_row(f"[dim]{escape(column)}[/dim]", escape(a), escape(b))
    return table


def review(
    case: CaseDir = Path("."),
    limit: Annotated[int, typer.Option("--limit", help="At most this many pairs.")] = 20,
) -> None:
    """Decide the least certain pairs: s(ame), d(ifferent), u(nsure), k (skip), q (quit)."""
    from sabt.resolve.case_linkage import judge, pairs_to_review

    folder = open_case(case)
    actor = current_actor()
    pairs = pairs_to_review(folder, limit)
    if not pairs:
        console.print("nothing to review: no unjudged pair is uncertain")
        return
    decided = 0
    for number, pair in enumerate(pairs, start=1):
        console.print(_side_by_side(pair, number))
        key = ""
        while key not in {*KEYS, "k", "q"}:
            key = typer.prompt("same (s), different (d), unsure (u), skip (k), quit (q)").strip()
        if key == "q":
            break
        if key == "k":
            continue
        reason = ""
        while not reason.strip():
            reason = typer.prompt("why")
        judge(folder, pair.left.id, pair.right.id, KEYS[key], reason, actor)
        decided += 1
    console.print(
        f"{decided} judgements recorded; run `sabt lists link` to apply them", highlight=False
    )


def clusters(
    out: Annotated[Path, typer.Option("--out", help="Where to write CLUSTERS.csv.")],
    case: CaseDir = Path("."),
) -> None:
    """Write list, record_id, cluster_id for every record (for `sabt estimate --clusters`)."""
    from sabt.resolve.case_linkage import clusters_frame

    frame = clusters_frame(open_case(case))
    frame.to_csv(out, index=False)
    console.print(
        f"{len(frame)} records in {frame['cluster_id'].nunique()} victims written to {out}",
        highlight=False,
    )


def add_commands(group: typer.Typer) -> None:
    """Add link, review and clusters to the `sabt lists` group."""
    group.command("link")(link)
    group.command("review")(review)
    group.command("clusters")(clusters)
