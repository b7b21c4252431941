"""Blocking rules: counted from block sizes, narrowed when a list's size would make too many."""

import duckdb
import pandas as pd

from sabt.resolve.api import feature_records
from sabt.resolve.blocking import BASE_RULES, Rule, blocking_rules, count_pairs, fit_to_budget


def _records(n: int) -> pd.DataFrame:
    # Everyone is called "A" (key), born in one of two years, of two fathers.
    return pd.DataFrame(
        {
            "given_k": ["A"] * n,
            "family_k": ["B"] * n,
            "birth_lo": pd.array([1960 + i % 2 for i in range(n)], dtype="Int64"),
            "father_k": [("F", "G")[i // 2 % 2] for i in range(n)],
        }
    )


GIVEN = Rule(("{t}given_k",), ("{t}given_k",))


def test_pairs_counted_from_block_sizes() -> None:
    records = _records(10)
    assert count_pairs(records, GIVEN) == 50  # 45 pairs, and each record with itself, halved
    assert count_pairs(records, GIVEN.narrowed("{t}birth_lo")) == 25
    assert count_pairs(records, Rule(("{t}given_k",), ("{t}family_k",))) == 0  # no "A" surname


def test_rule_over_budget_narrowed_by_one_field_at_a_time() -> None:
    records = _records(40)
    assert fit_to_budget(records, GIVEN, budget=800) == GIVEN  # 40 x 40 / 2 fits
    once = fit_to_budget(records, GIVEN, budget=400)
    birth = "coalesce(l.birth_lo, 0) = coalesce(r.birth_lo, 0)"  # a missing year meets its like
    assert once.sql() == f"l.given_k = r.given_k AND {birth}"
    assert count_pairs(records, once) == 400
    twice = fit_to_budget(records, GIVEN, budget=250)
    assert twice.sql().endswith("AND coalesce(l.father_k, '') = coalesce(r.father_k, '')")
    assert count_pairs(records, twice) <= 250


def test_a_rule_is_not_narrowed_by_a_field_it_already_pairs() -> None:
    records = _records(40)
    by_year = Rule(("{t}given_k", "{t}birth_lo"), ("{t}given_k", "{t}birth_lo"))
    fitted = fit_to_budget(records, by_year, budget=250)
    assert "coalesce(l.birth_lo" not in fitted.sql()
    assert fitted.sql().endswith("AND coalesce(l.father_k, '') = coalesce(r.father_k, '')")
    assert count_pairs(records, fitted) <= 250
    # Given name against family name: the birth year is the same on both sides, father's not.
    swapped = Rule(("{t}given_k", "{t}birth_lo"), ("{t}family_k", "{t}birth_lo"))
    assert swapped.pairs("{t}birth_lo") and not swapped.pairs("{t}given_k")


def test_small_lists_keep_every_rule_as_written() -> None:
    records = _records(40)
    blocking = blocking_rules(records, across_lists_only=True, extra=["l.x = r.x"])
    assert blocking.rules[0] == "l.given_k = r.given_k AND l.family_k = r.family_k AND " + (
        "l.list_name <> r.list_name"
    )
    assert blocking.rules[-1] == "(l.x = r.x) AND l.list_name <> r.list_name"
    assert len(blocking.rules) == len(BASE_RULES) + 1
    assert blocking.note == ""


def test_a_typo_with_no_birth_year_or_father_meets_its_twin_by_place() -> None:
    # "Hassan Karimi" / "Hasan Kirmi" of Tehran: one name key differs, nothing else is shared.
    frames = {
        "a": pd.DataFrame({"id": ["1"], "given_name": ["Hassan"], "family_name": ["Karimi"]}),
        "b": pd.DataFrame({"id": ["1"], "given_name": ["حسن"], "family_name": ["Kirmi"]}),
    }
    frames["a"]["place_of_death"] = "Tehran"
    frames["b"]["place_of_death"] = "تهران"
    records, _ = feature_records(frames)
    rules = blocking_rules(records, across_lists_only=True).rules
    query = "SELECT count(*) FROM records l, records r WHERE l.uid < r.uid AND ({})"
    with duckdb.connect() as connection:
        connection.register("records", records)
        by_rule = [connection.execute(query.format(rule)).fetchone() for rule in rules]
    assert [rule for rule, row in zip(rules, by_rule, strict=True) if row == (1,)] == [
        "l.given_k = r.given_k AND l.place_k = r.place_k AND l.list_name <> r.list_name"
    ]
