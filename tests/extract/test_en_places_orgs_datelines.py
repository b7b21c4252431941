"""A dateline's place in capitals is read alike by the name rules and the place lists: a long
country after it, a date and an agency in brackets, any kind of dash."""

from sabt.extract import Registry
from sabt.extract.mentions import Matcher
from sabt.extract.world import world_places


def _places(text: str) -> list[str]:
    return [m.text for m in Matcher(Registry(()), None, world_places()).find(text)]


def test_a_dateline_with_a_long_country_and_an_agency_names_its_town() -> None:
    text = "KISANGANI, Democratic Republic of Congo, June 9 (AP) — Troops fired on a crowd."
    assert "KISANGANI" in _places(text)


def test_a_dateline_with_a_plain_hyphen_names_its_town() -> None:
    assert "MOMBASA" in _places("MOMBASA, Kenya - Police said on Friday that …")


def test_a_word_in_capitals_inside_a_line_is_no_dateline() -> None:
    assert "MOMBASA" not in _places("Crowds shouted MOMBASA — and then dispersed.")
