"""Pairwise precision, recall and F1 of a linkage against known truth, and the pairs behind them.

A pair is a frozenset of two (list, record id) references; a cluster counts as all its pairs.
"""

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import pandas as pd

Ref = tuple[str, str]
Pair = frozenset[Ref]


def scores(found: set[Pair], true: set[Pair]) -> dict[str, float]:
    """Precision, recall and F1 of `found` against `true` (1.0 when there is nothing to find)."""
    hit = len(found & true)
    precision = hit / len(found) if found else 1.0
    recall = hit / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def pairs_of(groups: Iterable[list[Ref]]) -> set[Pair]:
    """Every pair inside each group."""
    return {frozenset(p) for group in groups for p in combinations(group, 2)}


def group(labels: dict[Ref, Any]) -> list[list[Ref]]:
    """References grouped by their label (cluster id or true person)."""
    groups: dict[Any, list[Ref]] = defaultdict(list)
    for ref, label in labels.items():
        groups[label].append(ref)
    return list(groups.values())


def result_pairs(pairs: pd.DataFrame) -> set[Pair]:
    """The pairs of a PAIRS frame (`api.PAIR_COLUMNS`)."""
    rows = zip(pairs.left_list, pairs.left_id, pairs.right_list, pairs.right_id, strict=True)
    return {frozenset({(a, b), (c, d)}) for a, b, c, d in rows}
