"""A town named by its people after it ("Kolofata residents said", "the Bentiu villagers"),
and the demonyms and kinds of people that name none there ("Black residents", "Thai villagers",
"the French border")."""

from tests.extract.helpers import annotated


def test_a_town_before_its_residents_or_villagers() -> None:
    text = "Witnesses and Kolofata residents said the army came; the Mokolo villagers fled."
    assert {"Kolofata", "Mokolo"} <= set(annotated(text, "place"))


def test_a_town_before_its_inhabitants() -> None:
    assert "Gwoza" in annotated("He said Gwoza inhabitants hid in the hills.", "place")


def test_kinds_of_people_before_residents_are_no_places() -> None:
    text = "He said Black residents, Indigenous villagers and Local inhabitants were hit."
    assert annotated(text, "place") == []


def test_demonyms_without_a_telling_ending_are_no_places() -> None:
    text = "He said African residents and Thai villagers left, near the French border."
    assert annotated(text, "place") == []
