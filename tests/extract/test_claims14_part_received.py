"""A part of a figured whole that received sentences is the count, not the whole (sentences
written for these tests)."""

from tests.extract.helpers import figure_ranges, figures


def test_the_part_of_defendants_that_received_terms_is_the_count() -> None:
    text = "At least 9 of the 30 defendants received prison terms, while the others were fined."
    assert figure_ranges(text) == [("sentenced", 9, 9, None)]
    given = "At least 9 of the 30 defendants were given prison terms."
    assert figures(given) == [("sentenced", 9)]


def test_defendants_receiving_visits_are_no_count() -> None:
    assert figures("The 30 defendants received visits from their families.") == []
