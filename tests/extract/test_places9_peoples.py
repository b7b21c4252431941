"""Round 9 places: a people's adjective after a place's preposition, before a common noun, alone
or joined to another ("from Peruvian villages", "in Kenyan and Ugandan archives"), names no
place; a region named after its people before its kind ("in Shan state") still does."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "Names came from Chilean and Argentine files.",
        "Data from Kenyan and Ugandan archives were read.",
        "The families came from Peruvian villages.",
        "He spent years in Cuban prisons.",
    ],
)
def test_a_peoples_adjective_before_a_noun_is_no_place(text: str) -> None:
    assert not annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting in Shan state went on.", "Shan"),
        ("He fled to Tehran last week.", "Tehran"),
        ("Troops entered Chechnya in December.", "Chechnya"),
    ],
)
def test_a_place_before_a_lower_case_word_stays_a_place(text: str, place: str) -> None:
    assert place in annotated(text, "place")
