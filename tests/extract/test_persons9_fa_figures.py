"""Round 9 Persian persons: the Pahlavi state's officials and the opponents killed in exile are
listed public figures, and a listed figure's last word names the person again alone, even where
it is also a given name, but not after a determiner that makes it a common noun."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("امیرعباس هویدا پس از انقلاب در تهران اعدام شد.", "امیرعباس هویدا"),
        ("در آن سال‌ها نعمت‌الله نصیری ریاست ساواک را داشت.", "نعمت‌الله نصیری"),
        ("به فرمان پرویز ثابتی ده‌ها دانشجو بازداشت شدند.", "پرویز ثابتی"),
        ("عبدالرحمن برومند در پاریس با چاقو کشته شد.", "عبدالرحمن برومند"),
        ("ترور کاظم رجوی در ژنو بازتاب گسترده‌ای داشت.", "کاظم رجوی"),
    ],
)
def test_pahlavi_era_and_exile_figures_are_persons(text: str, person: str) -> None:
    assert person in annotated(text, "person")


def test_a_listed_figures_given_name_shaped_surname_names_him_again() -> None:
    text = (
        "تیمور بختیار، رئیس پیشین ساواک، در عراق کشته شد. "
        "بختیار سال‌ها در تبعید زندگی کرد. یاران بختیار پراکنده شدند."
    )
    assert annotated(text, "person").count("بختیار") == 2


def test_a_listed_figures_surname_after_a_determiner_is_a_common_noun() -> None:
    text = "مهدی بازرگان به دیدار رفت. او با یک بازرگان سخن گفت."
    assert "بازرگان" not in annotated(text, "person")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("امیرعباس هویدا، نخست‌وزیر دوران پهلوی، اعدام شد.", "دوران پهلوی"),
        ("علی امینی، نخست‌وزیر عصر محمدرضا شاه، استعفا داد.", "عصر محمدرضا"),
        ("او، پادشاه سلسله قاجار، تبعید شد.", "سلسله قاجار"),
    ],
)
def test_the_era_a_leader_served_is_no_person(text: str, wrong: str) -> None:
    assert wrong not in annotated(text, "person")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("ما ساعت‌ها منتظر بودیم که خبری برسد.", "منتظر بودیم"),
        ("همه خوشحال شدیم که او آزاد شد.", "خوشحال شدیم"),
    ],
)
def test_a_given_names_word_before_a_light_verb_is_no_person(text: str, wrong: str) -> None:
    assert wrong not in annotated(text, "person")


def test_a_second_post_in_apposition_is_no_name() -> None:
    text = "دادستانی کل سوئد پرونده را گشود و کارل لارسون، دادستان ارشد، کیفرخواست را خواند."
    persons = annotated(text, "person")
    assert "کارل لارسون" in persons
    assert "دادستان ارشد" not in persons
