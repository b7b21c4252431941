"""The world's places (GeoNames cities, ISO countries and regions) found by the matcher, and
the guards that keep people's names and ordinary words from being taken for them."""

from sabt.extract import Registry, annotate
from sabt.extract.mentions import Matcher
from sabt.extract.world import ANNOTATOR, not_places, world_places

EMPTY = Registry(())


def _places(text: str) -> list[str]:
    found = Matcher(EMPTY, None, world_places()).find(text)
    assert all(m.annotator == ANNOTATOR and m.type == "place" for m in found)
    return [m.text for m in found]


def test_a_large_city_nobody_listed_is_found_without_a_cue() -> None:
    text = "Relatives travelled to Nairobi, and Lima was where the trial opened."
    assert _places(text) == ["Nairobi", "Lima"]


def test_countries_and_regions_come_under_their_usual_names() -> None:
    text = "Witnesses from Venezuela, Russia and Sistan and Baluchestan spoke."
    assert _places(text) == ["Venezuela", "Russia", "Sistan and Baluchestan"]


def test_a_place_name_inside_a_persons_name_is_no_place() -> None:
    assert _places("Carlos Lima said he had left.") == []
    assert _places("Dr. Lima examined the bodies.") == []
    assert _places("In Lima, soldiers fired.") == ["Lima"]


def test_lower_case_words_capital_headings_and_listed_words_are_no_places() -> None:
    assert "reading" in not_places()
    assert _places("Reading the verdict aloud, she wept near the reading room.") == []
    assert _places("NAIROBI BUREAU REPORT") == []


def test_persian_spellings_of_cities_and_countries() -> None:
    text = "خانواده‌ها به نایروبی رفتند و از ونزوئلا خبر رسید."
    assert _places(text) == ["نایروبی", "ونزوئلا"]


def test_a_persian_place_spelling_after_a_given_name_is_a_family_name() -> None:
    assert _places("رضا نایروبی گفت که بازداشت شده بود.") == []


def test_annotate_names_the_world_place_and_keeps_the_hand_gazetteer_first() -> None:
    mentions = annotate("Soldiers entered Nairobi and Tabriz.", registry=EMPTY).mentions
    assert [(m.text, m.annotator) for m in mentions] == [
        ("Nairobi", ANNOTATOR),
        ("Tabriz", "gazetteer"),
    ]


def test_a_city_named_like_a_person_counts_only_when_it_is_a_city_of_millions() -> None:
    assert _places("Delegates from Orlando and Milan arrived.") == ["Milan"]


def test_short_region_names_and_region_names_that_are_words_are_left_out() -> None:
    found = _places("Est, Ba and Rivers were named; the Chin and Kachin regions too.")
    assert found == ["Chin", "Kachin"]
