"""Round 9 places: a seat of government named by its kind alone ("Parliament House") is a place
where crowds gather and troops stand, from the written list of English places."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops ringed Parliament House at night.", "Parliament House"),
        ("Thousands marched on Parliament House in the rain.", "Parliament House"),
    ],
)
def test_a_seat_of_government_named_by_its_kind(text: str, place: str) -> None:
    assert place in annotated(text, "place")
    assert place not in annotated(text, "organization")


def test_a_house_of_parliament_in_lower_case_is_no_place() -> None:
    assert not annotated("The parliament house was empty.", "place")
