"""More cues before a place's name: a part or the surroundings of it ("large parts of X", "the
edge of X"), what an army did to it ("the siege of X", "the shelling of X"), a direction
("towards X"); and a seat after it ("the X-based group")."""

from tests.extract.helpers import annotated


def test_a_part_or_the_edge_of_a_small_town() -> None:
    text = "Satellite images show that large parts of Kolofata burned; the edge of Tokombere too."
    assert {"Kolofata", "Tokombere"} <= set(annotated(text, "place"))


def test_what_an_army_did_to_a_town() -> None:
    text = "The siege of Bentiu lasted weeks, and the shelling of Malakal went on."
    assert {"Bentiu", "Malakal"} <= set(annotated(text, "place"))


def test_towards_a_town() -> None:
    assert "Dikwa" in annotated("Survivors walked towards Dikwa for two days.", "place")


def test_a_seat_before_based() -> None:
    text = "The Nairobi-based group and a New Delhi-based lawyer spoke."
    assert {"Nairobi", "New Delhi"} <= set(annotated(text, "place"))


def test_a_language_or_a_peoples_word_before_based_is_no_seat() -> None:
    text = "An Arabic-based script and a Kurdish-based party, faith-based and Congolese-based."
    assert annotated(text, "place") == []


def test_the_fall_or_capture_of_a_person_is_no_place() -> None:
    text = "After the fall of Mubarak and the capture of Ntaganda, crowds gathered."
    found = annotated(text, "place")
    assert "Mubarak" not in found
    assert "Ntaganda" not in found
