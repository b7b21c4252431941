"""Where the cross-script linkage goes wrong: missed and false pairs by cause, on generated lists.

Run: `.venv/bin/python -m benchmarks.linkage_errors 1 2 3` (seeds). A true pair no blocking rule
produced is a "blocking miss"; other misses and false links are sorted by what the two records
show (the first cause that applies, in the order below).
"""

import sys
from collections import Counter
from itertools import combinations
from typing import Any

import duckdb
import pandas as pd

from benchmarks.linkage_data import make_lists
from sabt.resolve.api import DEFAULT_THRESHOLD, feature_records, score_records
from sabt.resolve.blocking import blocking_rules


def _same(a: Any, b: Any) -> bool:
    return bool(pd.notna(a) and pd.notna(b) and a == b)


def cause(left: pd.Series, right: pd.Series) -> str:
    """The first thing that explains why the model could err on this pair."""
    names_equal = _same(left.given_k, right.given_k) and _same(left.family_k, right.family_k)
    swapped = _same(left.given_k, right.family_k) and _same(left.family_k, right.given_k)
    if not (names_equal or swapped):
        if _same(left.bag_k, right.bag_k):
            return "same name words"
        one = _same(left.given_k, right.given_k) or _same(left.family_k, right.family_k)
        one |= _same(left.given_k, right.family_k) or _same(left.family_k, right.given_k)
        return "one name key differs" if one else "both name keys differ"
    if swapped and not names_equal:
        return "swapped names"
    father_missing = pd.isna(left.father_k) or pd.isna(right.father_k)
    birth_missing = pd.isna(left.birth_lo) or pd.isna(right.birth_lo)
    if not _same(left.father_k, right.father_k) and not father_missing:
        return "same name, fathers differ"
    if father_missing and birth_missing:
        return "same name, no father and no birth year"
    if father_missing:
        return "same name, no father"
    if birth_missing:
        return "same name, no birth year"
    return "same name, everything else present"


def blocked(records: pd.DataFrame, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Those of `pairs` (uids, low first) that some blocking rule produces."""
    rules = blocking_rules(records, across_lists_only=False).rules
    where = " OR ".join(f"coalesce({rule}, false)" for rule in rules)
    wanted = pd.DataFrame(pairs, columns=["a", "b"])
    with duckdb.connect() as connection:
        connection.register("records", records)
        connection.register("wanted", wanted)
        rows = connection.execute(
            "SELECT w.a, w.b FROM wanted w JOIN records l ON l.uid = w.a "
            f"JOIN records r ON r.uid = w.b WHERE {where}"
        ).fetchall()
    return {(int(a), int(b)) for a, b in rows}


def errors(seed: int, n_people: int = 2000, threshold: float = DEFAULT_THRESHOLD) -> Counter[str]:
    """Counts of missed and false pairs by cause for one seed's lists."""
    frames, truth = make_lists(n_people, seed)
    records, sizes = feature_records(frames)
    person = [truth[(a, b)] for a, b in zip(records.list_name, records.record_id, strict=True)]
    scored = score_records(records, sizes, threshold=threshold)
    counts: Counter[str] = Counter()
    by_person: dict[int, list[int]] = {}
    for uid, pid in enumerate(person):
        by_person.setdefault(pid, []).append(uid)
    rows = records.to_dict("index")
    true_pairs = [pair for uids in by_person.values() for pair in combinations(uids, 2)]
    unscored = [pair for pair in true_pairs if pair not in scored.scores]
    found = blocked(records, unscored)
    counts["missed: not blocked"] += len(unscored) - len(found)
    for a, b in true_pairs:
        p = scored.scores.get((a, b))
        if p is None and (a, b) in found:
            counts["missed (under 0.01): " + cause(pd.Series(rows[a]), pd.Series(rows[b]))] += 1
        elif p is not None and p < threshold:
            counts["missed: " + cause(pd.Series(rows[a]), pd.Series(rows[b]))] += 1
    for (a, b), p in scored.scores.items():
        if p >= threshold and person[a] != person[b]:
            counts["false: " + cause(pd.Series(rows[a]), pd.Series(rows[b]))] += 1
    return counts


if __name__ == "__main__":
    total: Counter[str] = Counter()
    for seed in map(int, sys.argv[1:]):
        total += errors(seed)
    for what, n in sorted(total.items()):
        print(f"{n:6d}  {what}")
