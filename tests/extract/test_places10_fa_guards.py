"""Persian places, round 10: words that stand where a place's name would and name none (an
adverb after a camp's head, the body that holds a detention centre, a compound verb's noun
after a place's cue, what a camp or a market is for), and the named sites of the region's
capitals written down whole. Sentences written for these tests."""

import pytest
from tests.extract.helpers import REGISTRY, proposed

from sabt.extract.annotate import matcher_for, merge_mentions


def places(text: str) -> list[str]:
    """The places found by the registry and the gazetteers with the name rules."""
    found = merge_mentions(matcher_for(REGISTRY).find(text), [])
    return [m.text for m in found if m.type == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "پس از آن اردوگاه بارها هدف موشک قرار گرفت.",
        "زندان همیشه پر از زندانی بود.",
        "اردوگاه هنوز در محاصره است.",
        "بازداشتگاه رسماً تعطیل شد.",
        "اردوگاه نیز از آب محروم بود.",
        # (an adverb in the tanwin, listed or not)
        "اردوگاه موقتاً تعطیل شد.",
        "زندان فعلاً بسته است.",
    ],
)
def test_an_adverb_after_a_head_names_no_place(text: str) -> None:
    assert proposed(text, "place") == []


@pytest.mark.parametrize(
    "text",
    [
        "او را دو ماه در بازداشتگاه اطلاعات نگه داشتند.",
        "برادرش در زندان سپاه شکنجه شد.",
        "زندانیان را به بازداشتگاه شهربانی بردند.",
        "او سه هفته در سلول‌های ساواک بود.",
    ],
)
def test_the_body_holding_a_detention_centre_names_none(text: str) -> None:
    assert proposed(text, "place") == []


@pytest.mark.parametrize(
    "text",
    [
        "او را به کمپ ترک اعتیاد بردند.",
        "هزاران نفر در اردوگاه کار اجباری مردند.",
        "خانواده‌ها در اردوگاه اسکان موقت ماندند.",
        "قیمت دلار در بازار ارز بالا رفت.",
        "زنان در بازار کار کمتر دیده می‌شوند.",
    ],
)
def test_a_camp_or_a_market_named_by_its_use_is_no_place(text: str) -> None:
    assert proposed(text, "place") == []


def test_a_camp_named_by_its_head_kamp() -> None:
    assert proposed("پناهندگان را به کمپ موریا در یونان فرستادند.", "place")[0] == "کمپ موریا"


@pytest.mark.parametrize(
    "text",
    [
        "به گفته‌ی ساکنان رخ داده است که نیروها شلیک کردند.",
        "درگیری‌ها در نزدیکی روی داده بود.",
        "تیراندازی میان اهالی رخ داد.",
        # (light verbs the heads' rules do not list: صورت گرفت، رخ نمود)
        "تیراندازی میان اهالی صورت گرفت.",
        "درگیری در نزدیکی رخ نمود.",
    ],
)
def test_a_compound_verbs_noun_after_a_cue_is_no_place(text: str) -> None:
    assert proposed(text, "place") == []


def test_a_town_before_a_bare_participle_stays_a_place() -> None:
    text = "او خانه‌ای در نزدیکی سرخه‌ده ساخته و همان‌جا ماند."  # (no auxiliary: built, and)
    assert "سرخه\u200cده" in proposed(text, "place")


def test_a_town_before_a_verb_of_moving_stays_a_place() -> None:
    assert "دهکلان" in proposed("ساکنان دهکلان آمدند و گفتند.", "place")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("کامیون‌های ارتش از سمت سبزه‌میدان رسیدند.", "سبزه\u200cمیدان"),
        ("ساکنان اشرف به کمپ لیبرتی منتقل شدند.", "کمپ لیبرتی"),
        ("تظاهرکنندگان در میدان ارک جمع شدند.", "میدان ارک"),
        ("بازاریان بازار تبریز را بستند.", "بازار تبریز"),
        ("او در زندان دستگرد اصفهان بود.", "زندان دستگرد"),
        ("انفجار در خیرخانه رخ داد.", "خیرخانه"),
        ("معترضان در میدان تکسیم بازداشت شدند.", "میدان تکسیم"),
        ("ساختمان سفارت در منطقه سبز بغداد است.", "منطقه سبز"),
    ],
)
def test_named_sites_of_the_regions_capitals(text: str, site: str) -> None:
    assert site in places(text)


def test_artillery_is_no_square() -> None:
    assert places("توپخانه‌ی ارتش شهر را گلوله‌باران کرد؛ توپخانه شلیک کرد.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("حدیثه صادقی، دانشجوی بیست ساله، بازداشت شد.", "حدیثه"),
        ("این شهر مسقط الرأس شاعر بود.", "مسقط"),
        ("جنگجویان چچنی به شهر حمله کردند.", "چچنی"),
        ("به من گفت خبری نیس و برگشت.", "نیس"),
    ],
)
def test_a_town_that_is_a_common_word_is_no_place_without_a_cue(text: str, word: str) -> None:
    assert word not in places(text)


def test_a_town_that_is_a_common_word_is_one_after_a_preposition() -> None:
    assert "حدیثه" in proposed("نیروهای عراقی در حدیثه مستقر شدند.", "place")


@pytest.mark.parametrize(
    "text",
    [
        "او آن روز هیچ کاری نکرد.",
        "دیوار حائل را بالا بردند.",
        "پزشکان به قصور متهم شدند.",
        "مردم در آستانه‌ی سالگرد بازداشت شدند.",
        "او به جرم آزادی اندیشه زندانی شد.",
        "تراز تجاری منفی شد.",
        "در عرصه‌ای در طراز جهانی کار کرد.",
    ],
)
def test_a_common_word_geonames_spells_as_a_town_is_no_place(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("پیکرها سال‌ها بعد به دهکلان بازگردانده شدند.", "دهکلان"),
        ("آوارگان پس از آتش‌بس به سرخه‌ده بازگشتند.", "سرخه\u200cده"),
        ("خانواده‌ها به گلشیخان برگشتند.", "گلشیخان"),
    ],
)
def test_a_town_returned_to_is_a_place(text: str, town: str) -> None:
    assert town in proposed(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "او پس از آزادی به کار بازگشت.",
        "حزب دوباره به قدرت بازگشت.",
        "او به هنگام بازگشت دستگیر شد.",
        "پس از سال‌ها به وطن برگشت.",
        "او پس از ده سال به آزادی بازگشت.",  # (a word that may name none: freedom)
    ],
)
def test_what_is_returned_to_that_is_no_place(text: str) -> None:
    assert proposed(text, "place") == []
