"""Capture histories: which lists recorded each person, tabulated as counts per 0/1 pattern.

Every estimator in this package reads the same `CaptureTable`, so input checking lives here once:
a table that is wrong in a way the statistics would silently absorb (a negative count, a 2 in a
list column, a count for the all-zero pattern nobody can have observed) is refused loudly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from sabt.errors import BadInput

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class CaptureTable:
    """Observed counts per capture pattern; `patterns[m, j]` is 1 when pattern m is on list j."""

    lists: tuple[str, ...]
    patterns: IntArray
    counts: IntArray

    @property
    def observed(self) -> int:
        return int(self.counts.sum())

    def rows(self) -> list[dict[str, int]]:
        """The table as plain rows (for storing the exact input next to the result)."""
        out = []
        for pattern, count in zip(self.patterns.tolist(), self.counts.tolist(), strict=True):
            out.append({**dict(zip(self.lists, pattern, strict=True)), "count": int(count)})
        return out


def from_patterns(lists: list[str], patterns: IntArray, counts: IntArray) -> CaptureTable:
    """Merge duplicate patterns, drop empty ones, and check what MSE needs to make sense."""
    if len(lists) < 2:
        raise BadInput(
            f"need at least 2 lists to estimate, got {len(lists)}",
            remedy="give one 0/1 column per list",
        )
    if np.any(counts < 0):
        raise BadInput("the count column has negative values")
    zero_rows = ~patterns.any(axis=1)
    if np.any(counts[zero_rows] > 0):
        raise BadInput(
            "a row with every list 0 has a positive count",
            remedy="people on no list cannot be observed; remove that row",
        )
    weights = 1 << np.arange(len(lists))[::-1]
    codes = patterns @ weights
    totals = np.bincount(codes, weights=counts, minlength=1 << len(lists)).astype(np.int64)
    keep = np.flatnonzero(totals > 0)
    keep = keep[keep > 0]
    if keep.size == 0:
        raise BadInput("the table has no observed people")
    bits = ((keep[:, None] >> np.arange(len(lists))[::-1]) & 1).astype(np.int64)
    return CaptureTable(tuple(lists), bits, totals[keep])


def from_frame(frame: pd.DataFrame, exclude: tuple[str, ...] = ()) -> CaptureTable:
    """Read a table with one 0/1 column per list and an optional `count` column."""
    list_cols = [c for c in frame.columns if c != "count" and c not in exclude]
    if not list_cols:
        raise BadInput("the table has no list columns", remedy="one 0/1 column per list")
    values = frame[list_cols]
    numeric = values.apply(pd.to_numeric, errors="coerce")
    if numeric.isna().to_numpy().any() or not numeric.isin([0, 1]).to_numpy().all():
        bad = [c for c in list_cols if not numeric[c].isin([0, 1]).all()]
        raise BadInput(f"list columns must hold only 0 or 1; not so in: {', '.join(map(str, bad))}")
    if "count" in frame.columns:
        counts = pd.to_numeric(frame["count"], errors="coerce")
        if counts.isna().any() or (counts != counts.round()).any():
            raise BadInput("the count column must hold whole numbers")
        count_array = counts.to_numpy(dtype=np.int64)
    else:
        count_array = np.ones(len(frame), dtype=np.int64)
    patterns = numeric.to_numpy(dtype=np.int64)
    return from_patterns([str(c) for c in list_cols], patterns, count_array)


def read_table(path: Path) -> pd.DataFrame:
    """Read a CSV as strings-then-numbers, turning any parse failure into a user-safe error."""
    try:
        return pd.read_csv(path)
    except (OSError, ValueError, pd.errors.ParserError) as error:
        raise BadInput(f"cannot read the table {path.name}: {error}") from error


def from_clusters(frame: pd.DataFrame, lists: list[str] | None = None) -> CaptureTable:
    """One capture pattern per linked person: lists that hold a record of each cluster."""
    needed = {"list", "record_id", "cluster_id"}
    if not needed <= set(frame.columns):
        missing = ", ".join(sorted(needed - set(frame.columns)))
        raise BadInput(f"the clusters file lacks columns: {missing}")
    lists = lists or sorted(frame["list"].astype(str).unique())
    if len(lists) < 2:
        raise BadInput(f"need at least 2 lists to estimate, got {len(lists)}")
    member = pd.crosstab(frame["cluster_id"].astype(str), frame["list"].astype(str)) > 0
    member = member.reindex(columns=lists, fill_value=False)
    patterns = member.to_numpy(dtype=np.int64)
    return from_patterns(lists, patterns, np.ones(len(patterns), dtype=np.int64))


def by_stratum(frame: pd.DataFrame, column: str) -> dict[str, CaptureTable]:
    """Split a per-row table on `column`; each stratum gets its own capture table."""
    if column not in frame.columns:
        raise BadInput(f"no column named {column!r} to stratify by")
    tables: dict[str, CaptureTable] = {}
    for value, part in frame.groupby(frame[column].astype(str), sort=True):
        tables[str(value)] = from_frame(part.drop(columns=[column]))
    return tables


def clusters_by_stratum(frame: pd.DataFrame, column: str) -> dict[str, CaptureTable]:
    """Per-stratum tables from linkage output; a cluster goes to its records' commonest value."""
    if column not in frame.columns:
        raise BadInput(f"no column named {column!r} to stratify by")
    lists = sorted(frame["list"].astype(str).unique())
    values = frame[column].astype(str)
    home = values.groupby(frame["cluster_id"].astype(str)).agg(lambda v: v.mode().iloc[0])
    stratum = frame["cluster_id"].astype(str).map(home)
    return {
        str(value): from_clusters(part, lists) for value, part in frame.groupby(stratum, sort=True)
    }


def require_estimable(table: CaptureTable) -> None:
    """Refuse tables with an empty list or no overlap: the total is then not estimable at all."""
    per_list = table.patterns.T @ table.counts
    empty = [name for name, total in zip(table.lists, per_list, strict=True) if total == 0]
    if empty:
        raise BadInput(
            f"list(s) {', '.join(empty)} have no records in this table",
            remedy="drop them, or merge this stratum with another",
        )
    if not np.any(table.patterns.sum(axis=1) >= 2):
        raise BadInput(
            "nobody is on more than one list, so the overlap is empty and the total unbounded",
            remedy="check the record linkage, or merge strata",
        )
