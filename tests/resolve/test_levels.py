"""The comparisons' levels: name keys one sound apart."""

import pandas as pd

from sabt.resolve.api import feature_records, score_records


def _list(rows: list[tuple[str, str, str]], **same: str) -> pd.DataFrame:
    """Records alike in all but their names: the same birth year (unless `same` says otherwise)
    and the `same` columns."""
    frame = pd.DataFrame(rows, columns=["id", "given_name", "family_name"])
    return frame.assign(**{"birth_year": "1960", **same})


def _score(left: pd.DataFrame, right: pd.DataFrame, a: str, b: str) -> float:
    records, sizes = feature_records({"left": left, "right": right})
    refs = zip(records.list_name, records.record_id, strict=True)
    uid = {ref: i for i, ref in enumerate(refs)}
    scored = score_records(records, sizes, threshold=0.5)
    low, high = sorted((uid[("left", a)], uid[("right", b)]))
    return scored.scores.get((low, high), 0.0)


def test_name_keys_one_sound_apart_still_count() -> None:
    # بیژن/Bijan (ژ written j) differ by one letter of the key; بیژن/Kamran by all.
    left = _list([("1", "بیژن", "دهقان"), ("2", "بیژن", "دهقان")])
    right = _list([("1", "Bijan", "Dehghan"), ("2", "Kamran", "Dehghan")])
    assert _score(left, right, "1", "1") > _score(left, right, "2", "2") + 0.1
