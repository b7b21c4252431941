"""Round 9 Persian places: Tehran's prisons, squares and airports named with their heads, the
towns and districts of Europe where exiles lived, and the words after a head or a cue that name
no place (a quarter of the compass, a military post's word, a verb, a preposition's noun)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("زندانیان سیاسی را به زندان قصر بردند.", "زندان قصر"),
        ("او سه سال در زندان گوهردشت ماند.", "زندان گوهردشت"),
        ("تظاهرکنندگان در میدان توپخانه گرد آمدند.", "میدان توپخانه"),
        ("هواپیما از فرودگاه مهرآباد برخاست.", "فرودگاه مهرآباد"),
        ("پیکرها را در گورستان خاوران به خاک سپردند.", "گورستان خاوران"),
        ("او سال‌ها در نوفل‌لوشاتو زندگی کرد.", "نوفل‌لوشاتو"),
        ("خانه‌اش در شارلوتنبورگ بود.", "شارلوتنبورگ"),
        ("مخالفان در زوریخ و وین گرد آمدند.", "زوریخ"),
    ],
)
def test_tehran_sites_and_european_towns_are_places(text: str, place: str) -> None:
    assert place in annotated(text, "place")


def test_a_quarter_of_the_compass_after_a_cue_is_no_place() -> None:
    places = annotated("ساکنان غرب کابل به خیابان آمدند.", "place")
    assert "غرب" not in places
    assert "کابل" in places


def test_a_military_governor_holds_no_town_called_military() -> None:
    assert "نظامی" not in annotated("او فرماندار نظامی اصفهان بود.", "place")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("از بام مسجد محله دیدم که تیر انداختند.", "محله دیدم"),
        ("آن‌ها با طرح شهر شدن روستا مخالف بودند.", "شهر شدن"),
        ("او در زندان کنار دوستانش بود.", "زندان کنار"),
    ],
)
def test_a_verb_or_a_prepositions_noun_after_a_head_names_no_place(text: str, wrong: str) -> None:
    assert wrong not in annotated(text, "place")


def test_a_word_paired_with_a_known_place_after_a_plural_head_is_a_place() -> None:
    places = annotated("زندانیان را به زندان‌های لاکان و اوین بردند و شکنجه کردند.", "place")
    assert "لاکان" in places


def test_an_adjective_paired_with_a_known_place_is_no_place() -> None:
    assert "بزرگ" not in annotated("مردم شهرهای بزرگ و تهران اعتراض کردند.", "place")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("آنان را در بازداشتگاه دستگیرشدگان نگه داشتند.", "بازداشتگاه دستگیرشدگان"),
        ("او دو سال در زندان اسیران ماند.", "زندان اسیران"),
    ],
)
def test_who_is_held_there_names_no_prison(text: str, wrong: str) -> None:
    assert wrong not in annotated(text, "place")
