"""Claim figures, round 17: a witness's own relatives listed before a count of more of them are
summed with it when the act befalls them all ("my father and two uncles were killed" = 3,
«پدرم و دو عمویم را کشتند» = 3); a list with no number, or with people who are not the
witness's relatives, is no count."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My mother and two sisters were arrested at dawn.", [("arrested", 3)]),
        ("My grandfather and my three sons were executed that winter.", [("executed", 4)]),
        ("مادرم و دو خواهرم را در همان شب اعدام کردند.", [("executed", 3)]),
        ("پدربزرگم نه، اما پسرم و سه برادرم در میدان کشته شدند.", [("killed", 4)]),
    ],
)
def test_relatives_listed_with_a_number_are_summed(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The single relatives listed before the figure join its count."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list with no number at all
        "My mother and my sister were arrested at dawn.",
        "مادرم و خواهرم را در همان شب اعدام کردند.",
        # the figure counts people who are not relatives
        "Soldiers shot my cousin and three neighbours near the well.",
    ],
)
def test_a_list_without_a_count_of_relatives_is_no_claim(text: str) -> None:
    """No number, or a number of people the witness does not name as kin: no claim."""
    assert figures(text) == []


def test_a_list_spelling_out_a_count_told_before_is_not_summed() -> None:
    """After a semicolon the list names the people of the count before it: one count."""
    text = "پنج نفر از مردان روستای ما اعدام شدند؛ برادرم و چهار پسرعمویم."
    assert figures(text) == [("executed", 5)]
