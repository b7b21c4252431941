"""Input checking: every malformed table is refused with one clear message."""

import numpy as np
import pandas as pd
import pytest

from sabt.errors import BadInput
from sabt.estimate.histories import (
    by_stratum,
    clusters_by_stratum,
    from_clusters,
    from_frame,
    from_patterns,
)
from sabt.estimate.lcmcr import lcmcr
from sabt.estimate.loglinear import loglinear


def test_counts_merge_duplicates_and_drop_zero_cells() -> None:
    frame = pd.DataFrame({"A": [1, 1, 0, 0], "B": [0, 0, 1, 1], "count": [2, 3, 0, 4]})
    table = from_frame(frame)
    assert table.lists == ("A", "B")
    assert table.patterns.tolist() == [[0, 1], [1, 0]]
    assert table.counts.tolist() == [4, 5]


def test_one_row_per_person_without_count() -> None:
    frame = pd.DataFrame({"A": [1, 1, 0], "B": [1, 0, 1], "C": [0, 0, 1]})
    assert from_frame(frame).observed == 3


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"count": [1, 2]}), "no list columns"),
        (pd.DataFrame({"A": [1, 2], "B": [0, 1]}), "only 0 or 1"),
        (pd.DataFrame({"A": [1, 0], "B": [0, 1], "count": [3, -1]}), "negative"),
        (pd.DataFrame({"A": [1, 0], "B": [0, 0], "count": [3, 2]}), "every list 0"),
        (pd.DataFrame({"A": [1, 0], "count": [3, 2]}), "at least 2 lists"),
    ],
)
def test_bad_tables_are_refused(frame: pd.DataFrame, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        from_frame(frame)


def test_clusters_give_one_pattern_per_cluster() -> None:
    frame = pd.DataFrame(
        {
            "list": ["X", "Y", "X", "Z", "Y"],
            "record_id": ["1", "2", "3", "4", "5"],
            "cluster_id": ["a", "a", "b", "c", "c"],
        }
    )
    table = from_clusters(frame)
    assert table.lists == ("X", "Y", "Z")
    rows = {
        tuple(p): c for p, c in zip(table.patterns.tolist(), table.counts.tolist(), strict=True)
    }
    assert rows == {(1, 1, 0): 1, (1, 0, 0): 1, (0, 1, 1): 1}


def test_strata_split_rows() -> None:
    frame = pd.DataFrame({"A": [1, 0, 1], "B": [1, 1, 0], "region": ["n", "n", "s"]})
    tables = by_stratum(frame, "region")
    assert sorted(tables) == ["n", "s"]
    assert tables["n"].observed == 2
    assert np.array_equal(tables["s"].patterns, np.array([[1, 0]]))


@pytest.mark.parametrize(
    ("patterns", "message"),
    [
        ([[1, 0, 0], [0, 1, 0], [1, 1, 0]], "no records"),
        ([[1, 0, 0], [0, 1, 0], [0, 0, 1]], "overlap"),
    ],
)
def test_inestimable_tables_are_refused(patterns: list[list[int]], message: str) -> None:
    table = from_patterns(["A", "B", "C"], np.array(patterns), np.array([10, 12, 5]))
    with pytest.raises(BadInput, match=message):
        loglinear(table)
    with pytest.raises(BadInput, match=message):
        lcmcr(table)


def test_clusters_by_stratum_keep_every_list() -> None:
    frame = pd.DataFrame(
        {
            "list": ["X", "Y", "X", "Z", "Y", "Z"],
            "record_id": ["1", "2", "3", "4", "5", "6"],
            "cluster_id": ["a", "a", "b", "b", "c", "d"],
            "region": ["n", "n", "s", "s", "s", "n"],
        }
    )
    tables = clusters_by_stratum(frame, "region")
    assert tables["n"].lists == ("X", "Y", "Z") == tables["s"].lists
    assert tables["n"].observed == 2 and tables["s"].observed == 2
