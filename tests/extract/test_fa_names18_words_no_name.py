"""Persian words that look like a name's in a name's slot and are none: an age after a kinship
word (دختری هفده‌ساله), an opinion's «به نظر» (not «زیر نظر X», held under X's oversight), fire
opened after a place's head (پل آتش گشودند). Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    "text",
    [
        "ماموران دختری هفده‌ساله را در بازار بازداشت کردند.",
        "او پسری بیست‌ساله داشت که در جنگ کشته شد.",
    ],
)
def test_an_age_after_a_kinship_word_is_no_name(text: str) -> None:
    assert not [name for name in proposed(text, "person") if "ساله" in name]


def test_a_relative_s_given_name_is_still_found() -> None:
    assert "حسین" in proposed("برادرم حسین، که بیست سال داشت، بازگشت.", "person")


def test_an_opinion_names_no_leader() -> None:
    assert proposed("به نظر من بیش از نیمی از خانه‌ها خالی بود.", "person") == []


def test_oversight_names_its_holder() -> None:
    assert "کامران نیک‌پور" in proposed("بازجویی‌ها زیر نظر کامران نیک‌پور انجام می‌شد.", "person")


@pytest.mark.parametrize(
    "text",
    ["نگهبانان از بالای پل آتش گشودند.", "ماموران به سوی جمعیت در میدان آتش گشودند."],
)
def test_fire_opened_is_no_place_s_name(text: str) -> None:
    assert not [name for name in proposed(text, "place") if "آتش" in name]


def test_a_bridge_s_name_is_still_found() -> None:
    assert proposed("سربازان از روی پل ورسک به سوی جمعیت آتش گشودند.", "place") == ["پل ورسک"]


@pytest.mark.parametrize(
    "text",
    [
        "هنگامی که کاروان به پل مارون رسید، باران گرفت.",
        "کاروان از پل مارون گذشت و به شهر رفت.",
        "خانه‌ها روی پل مارون بر رود کارون ساخته شده بود.",
    ],
)
def test_a_bridge_s_name_ends_before_a_past_verb_or_a_preposition(text: str) -> None:
    assert "پل مارون" in proposed(text, "place")


def test_a_place_named_with_its_head_is_found_again_bare() -> None:
    text = "پرونده‌ی مارون هنوز باز است. هنگامی که کاروان به پل مارون رسید، باران گرفت."
    assert "مارون" in proposed(text, "place")


def test_a_body_s_name_may_hold_a_preposition() -> None:
    text = "کمیته‌ی نظارت بر انتخابات نتایج را اعلام کرد."
    assert proposed(text, "organization") == ["کمیته\u200cی نظارت بر انتخابات"]


def test_a_farming_company_s_name_holds_kasht() -> None:
    text = "کارگران شرکت کشت و صنعت کارون دست به اعتصاب زدند."
    assert any(name.startswith("شرکت کشت") for name in proposed(text, "organization"))


def test_a_centre_named_once_in_a_body_s_slot_is_found_again_whole() -> None:
    text = "مرکز حقوق بشر تاران اعلام کرد که ده نفر کشته شدند. مرکز حقوق بشر تاران ۱۳۸۰ بنیاد شد."
    assert proposed(text, "organization") == ["مرکز حقوق بشر تاران"] * 2


def test_a_crowd_of_two_words_is_not_found_again() -> None:
    text = "جمعیت کارون اعلام کرد که راهپیمایی لغو شد. فردا جمعیت کارون به میدان می‌آید."
    assert proposed(text, "organization") == ["جمعیت کارون"]
