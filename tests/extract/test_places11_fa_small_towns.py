"""Small towns of the Persian-speaking countries, in Persian script, from the world list.

Under 100,000 people a city of Iran, Afghanistan or Tajikistan counts by its Persian spellings
(اندخوی، پنجکنت، شادگان), not by its Latin name; a spelling that is a common Persian word
(پیشین, former; ولایت, a province; صحنه, a scene) is left out.
"""

import pytest

from sabt.extract import Registry
from sabt.extract.mentions import Matcher
from sabt.extract.world import world_places

EMPTY = Registry(())


def _places(text: str) -> list[str]:
    return [m.text for m in Matcher(EMPTY, None, world_places()).find(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("کاروان پناهجویان از اندخوی به سوی مرز رفت.", "اندخوی"),
        ("گزارشگران در پنجکنت با دو شاهد گفت‌وگو کردند.", "پنجکنت"),
        ("اعتراض‌ها نخست در شادگان آغاز شد.", "شادگان"),
    ],
)
def test_a_small_town_of_a_persian_speaking_country(text: str, town: str) -> None:
    assert _places(text) == [town]


def test_its_latin_name_keeps_the_floor_of_one_word() -> None:
    assert _places("Refugees walked from Andkhoy to the border.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وزیر پیشین در این باره سخن نگفت.",
        "نیروهای امنیتی در صحنه حاضر بودند.",
        "والی ولایت گفت که سه نفر کشته شدند.",
        "متون قانونی را دوباره خواندند.",
    ],
)
def test_a_spelling_that_is_a_common_word_is_left_out(text: str) -> None:
    assert _places(text) == []
