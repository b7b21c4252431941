"""Short Persian country names that are also words, and foreign towns placed by a cue.

A country's Persian name under four letters (چاد; کره, butter or a sphere; قطر, a diameter) is
left out of the world gazetteer; it is the country after a preposition, a quarter of the
compass, a border or a heading (در چاد، شرق چاد، مرز قطر، به سوی چاد), not before the word
that makes it the noun (کره زمین) nor a measure (به قطر ۳ متر). A town placed by nearness in
apposition after a preposition (در X، در حومه‌ی Y) is a place.
"""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("خبرنگاران در اردوگاه‌های شرق چاد با آوارگان گفت‌وگو کردند.", "چاد"),
        ("خانواده‌ها شبانه به سوی چاد راه افتادند.", "چاد"),
        ("کامیون‌های کمک در مرز قطر متوقف ماندند.", "قطر"),
        ("پناهندگان از شمال‌غرب کره به جنوب رفتند.", "کره"),
        ("هیئت تحقیق دو هفته در پرو ماند.", "پرو"),
    ],
)
def test_short_country_after_a_place_cue(text: str, country: str) -> None:
    assert country in annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("هیچ جانوری در کره زمین چنین نمی‌کند.", "کره"),
        ("فضانوردان به کره ماه رفتند.", "کره"),
        ("ستونی به قطر ۳ متر در میدان ساختند.", "قطر"),
        ("ستونی به قطر دو متر در میدان ساختند.", "قطر"),
        ("نان را با کره و عسل خوردند.", "کره"),
    ],
)
def test_short_word_as_the_noun(text: str, word: str) -> None:
    assert word not in annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("دومین حمله در کالوندا، در حومه‌ی نیالا رخ داد.", "کالوندا"),
        ("شورشیان به بورامو، در شمال هرگیسا رسیدند.", "بورامو"),
    ],
)
def test_town_placed_by_nearness_in_apposition(text: str, town: str) -> None:
    assert town in annotated(text, "place")


def test_no_preposition_before_the_apposition() -> None:
    text = "ماموران او را گرفتند، در نزدیکی بازار رهایش کردند."
    assert "گرفتند" not in annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("رئیس این انجمن در واشینگتن زندگی می‌کند.", "واشینگتن"),
        ("کارگران در کارخانه‌ای در جنوب گوانگ‌دونگ کار می‌کردند.", "گوانگ‌دونگ"),
        ("مهاجرانی که از سن‌پدرو سولا راهی شمال شدند بازنگشتند.", "سن‌پدرو سولا"),
        ("اسیران را به آسکران بردند.", "آسکران"),
        ("سربازان هنوز در خان‌کندی مستقر بودند.", "خان‌کندی"),
    ],
)
def test_foreign_towns_by_their_persian_spelling(text: str, town: str) -> None:
    assert town in annotated(text, "place")


def test_migrants_are_no_town() -> None:
    text = "مهاجران در مرز منتظر ماندند."
    assert "مهاجران" not in annotated(text, "place")


def test_no_name_word_before_the_apposition() -> None:
    text = "از دیروز، در شمال شهر درگیری ادامه دارد."
    assert "دیروز" not in annotated(text, "place")


def test_a_perfect_verb_after_a_head_names_no_place() -> None:
    text = "همسایگان او را آخرین بار در مسجد دیده‌اند، اما خبری از او ندارند."
    assert not any(p.startswith("مسجد") for p in annotated(text, "place"))
