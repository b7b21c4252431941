"""A Persian bare list of places with one gazetteer town: a town the text places elsewhere by its
head or its cue counts as known, so the list's other words are places too; one gazetteer town
alone still makes no list."""

from tests.extract.helpers import annotated


def test_a_town_placed_elsewhere_and_a_known_one_make_a_list() -> None:
    text = "کارگران نخست در شهر ورونال اعتصاب کردند. اعتصاب سپس به ورونال، تبریز و کاسترین رسید."
    assert "کاسترین" in annotated(text, "place")


def test_one_known_town_beside_unplaced_words_still_makes_no_list() -> None:
    text = "اعتصاب سپس به ورونال، تبریز و کاسترین رسید."
    assert annotated(text, "place") == ["تبریز"]
