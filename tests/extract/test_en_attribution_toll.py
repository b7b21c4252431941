"""A body's toll is its own count ("Foo Watch's death toll"); a place's toll is no one's
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_bodys_death_toll_is_its_count() -> None:
    text = "The Ostrava Monitoring Group's death toll now stands at 318 killed."
    assert parties(text) == [(318, "Ostrava Monitoring Group")]


def test_a_countrys_death_toll_names_no_party() -> None:
    text = "Syria's death toll has passed 500,000 killed."
    assert [p for _, p in parties(text)] == [None]
