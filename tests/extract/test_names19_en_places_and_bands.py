"""Round 19 English names: a place's name read whole over a capitalised Arabic article ("Dar El
Hamra") or opened by a tower's word ("Borj", "Burj"); a town's clergy naming the town and,
after a comma, the cleric; a sentence opening on two places joined by "and"; an armed band
named right after its lower-case kind ("the partisan brigade X"); a side's backer ("the
pro-X militia") owning no militia."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shops stayed shut in Dar El Hamra all week.", "Dar El Hamra"),
        ("The convoy stopped outside Ain Al Marj before dusk.", "Ain Al Marj"),
        ("Mortars hit Burj Ennour and the market that night.", "Burj Ennour"),
        ("Guards shot prisoners as Borj Essalem burned.", "Borj Essalem"),
    ],
)
def test_an_arabic_place_is_read_whole(text: str, place: str) -> None:
    assert place in annotated(text, "place")
    assert place not in annotated(text, "person")


def test_a_towns_priest_names_the_town_and_the_cleric() -> None:
    text = "The parish priest of Roccalta, Dario Benzoni, was arrested in the square."
    assert "Roccalta" in annotated(text, "place")
    assert "Dario Benzoni" in annotated(text, "person")
    assert "Dario Benzoni" not in annotated(text, "place")


def test_a_sentence_opening_on_two_places() -> None:
    places = annotated("In Tiznor and Guelvar, crowds gathered at dawn.", "place")
    assert "Tiznor" in places
    assert "Guelvar" in places


@pytest.mark.parametrize(
    "text", ["At Easter and Christmas, crowds gathered.", "In Arabic and French, the signs said."]
)
def test_a_feast_or_a_language_opening_a_sentence_is_no_place(text: str) -> None:
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Veterans of the partisan brigade Lupo Nero laid wreaths in May.", "Lupo Nero"),
        ("Police arrested members of the gang Los Topos in March.", "Los Topos"),
    ],
)
def test_an_armed_band_after_its_lower_case_kind(text: str, body: str) -> None:
    assert body in annotated(text, "organization")
    assert body not in annotated(text, "person")


def test_a_sides_backer_owns_no_militia() -> None:
    text = "Witnesses blamed the pro-Serbian militia Crni Orlovi for the fires."
    bodies = annotated(text, "organization")
    assert "Crni Orlovi" in bodies
    assert "Serbian militia" not in bodies


def test_a_nations_militia_stays_its_body() -> None:
    assert "Serbian militia" in annotated("The Serbian militia burned the village.", "organization")
