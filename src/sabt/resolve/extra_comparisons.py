"""Comparisons and blocking rules for the fields some lists have beyond names, dates and place.

An identity-document number, an address or a postcode (`readers.EXTRA_FIELDS`) is strong evidence
when two lists both carry it, and most victim lists carry none. So each comparison joins the
model only when the records hold that column at all: a list without them is scored by exactly
the model it would have had, and one with them is measured beside tools that use them (FEBRL4's
social-security number, street and postcode; see docs/linkage.md).
"""

from typing import Any

import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from sabt.resolve.levels import edit_distance, jaro_winkler, with_mu


def _comparison(column: str, *levels: Any) -> Any:
    """A comparison of `column`: null when either side lacks it, then `levels`, then the rest."""
    return cl.CustomComparison(
        output_column_name=column.removesuffix("_words"),
        comparison_levels=[cll.NullLevel(column), *levels],
    )


def _id_number() -> Any:
    """A typo or two in a long number is common; the same number on two people is rare."""
    return _comparison(
        "id_number",
        with_mu(cll.ExactMatchLevel("id_number"), 0.8, 1e-5),
        edit_distance("id_number", 1, 0.1, 1e-4),
        edit_distance("id_number", 2, 0.03, 1e-3),
        with_mu(cll.ElseLevel(), 0.07, 0.999),
    )


def _address() -> Any:
    return _comparison(
        "address_words",
        with_mu(cll.ExactMatchLevel("address_words"), 0.6, 1e-3),
        jaro_winkler("address_words", 0.9, 0.2, 5e-3),
        jaro_winkler("address_words", 0.75, 0.1, 0.03),
        with_mu(cll.ElseLevel(), 0.1, 0.97),
    )


def _postcode() -> Any:
    return _comparison(
        "postcode",
        with_mu(cll.ExactMatchLevel("postcode"), 0.7, 0.01),
        edit_distance("postcode", 1, 0.15, 0.05),
        with_mu(cll.ElseLevel(), 0.15, 0.94),
    )


# column of the feature frame → (its comparison, the blocking rules it adds)
_EXTRAS = {
    "id_number": (_id_number, ["l.id_number = r.id_number"]),
    "address_words": (_address, ["l.address_words = r.address_words"]),
    "postcode": (_postcode, ["l.postcode = r.postcode AND l.birth_lo = r.birth_lo"]),
}


def present(records: pd.DataFrame) -> list[str]:
    """The extra columns that hold a value in at least one record."""
    return [column for column in _EXTRAS if column in records and records[column].notna().any()]


def extra_comparisons(columns: list[str]) -> list[Any]:
    """The comparisons of the extra `columns` (see `present`)."""
    return [_EXTRAS[column][0]() for column in columns]


def extra_blocking_rules(columns: list[str]) -> list[str]:
    """Blocking rules on the extra `columns`: the same number finds a pair whatever the names."""
    return [rule for column in columns for rule in _EXTRAS[column][1]]
