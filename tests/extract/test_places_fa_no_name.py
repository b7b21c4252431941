"""Words that stand where a Persian place's name would and name none: the first half of a
compound verb of going or gathering after a town's head, which part of a land or how it is
ruled, a site's head alone after a cue, a report's kind before a dateline's dash."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "آمبولانس‌های شهر دیر رسیدند و چند زخمی در راه جان باختند.",
        "جوانان از میدان به سوی مرکز شهر راه افتادند و شعار دادند.",
        "خانواده‌ها هر سال در بیرون شهر گرد می‌آیند.",
        "سربازان اهالی را کنار رودخانه گرد آوردند.",
    ],
)
def test_a_compound_verbs_first_half_after_a_town_is_no_name(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_word_of_a_towns_name_before_no_verb_stays() -> None:
    text = "خانواده‌اش سال‌ها در شهر راه‌آهن زندگی کرد و بعد به شهر دیر الزور رفت."
    assert "شهر دیر الزور" in annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("کوه‌های جنوب گواتمالا پناهگاه آوارگان بود.", ["گواتمالا"]),
        ("کشاورزان روستاهای حاشیه رودخانه‌ها آب نداشتند.", []),
        ("نیروها به مرکز استان خودمختار نخجوان رسیدند.", ["نخجوان"]),
        ("آن سال شهر حکومت نظامی بود و کسی بیرون نمی‌رفت.", []),
    ],
)
def test_a_part_of_a_land_or_how_it_is_ruled_is_no_name(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    "text",
    [
        "انفجار در نزدیکی فرودگاه رخ داد و دو نفر کشته شدند.",
        "گوری دسته‌جمعی در نزدیکی مقر قدیمی پیدا شد.",
    ],
)
def test_a_sites_head_alone_after_a_cue_is_no_name(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_reports_kind_before_a_datelines_dash_is_no_town() -> None:
    text = "گفت‌وگو – کرمانشاه، ۲ مهر ۱۴۰۲\n\nسی سال پیش در این روستا چه گذشت؟"
    assert annotated(text, "place") == ["کرمانشاه"]
