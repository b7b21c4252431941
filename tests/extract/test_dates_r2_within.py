""" "Within days", "within weeks of the raid", "within the week": a time placed against the event
the sentence tells, a date with no value like "days later".

With a count ("within 48 hours", "within two years") the phrase is as often a deadline a law or
an order sets, no date of what happened; it is left out. Every sentence was written for this
test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Within days, the mayor resigned.", ["Within days"]),
        ("The curfew was lifted within weeks.", ["within weeks"]),
        ("Two officers were charged within months of the raid.", ["within months of the raid"]),
        ("The strike spread to the port within the week.", ["within the week"]),
        ("The camp was emptied within a year, and the guards left.", ["within a year"]),
        # a count makes it a deadline as often as a date
        ("The law says a detainee must see a judge within 48 hours.", []),
        ("The commission must report within two years.", []),
    ],
)
def test_within_a_unit_is_a_relative_date(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans
