"""A Persian body described in apposition by its kind ("X، نهادی …") is named by every word
from the sentence's start to the comma when they open on a body's head noun, not by the last
word alone; words that open on no head (a clause, a time, a subject before its object) are no
name. Every sentence and name here is invented."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "گزارش تازه.\nمرکز اسناد کردهای کوهستان در سنندج، نهادی مستقل، گفت ۳۰ نفر کشته شدند.",
            "مرکز اسناد کردهای کوهستان در سنندج",
        ),
        (
            "کانون یادمان کشتگان در بوکان، نهادی محلی، نام ۲۰ کشته را داد.",
            "کانون یادمان کشتگان در بوکان",
        ),
        (
            "روز شنبه اعلام شد. انجمن یادمان دره‌ی سبز، گروهی داوطلب، فهرستی داد.",
            "انجمن یادمان دره‌ی سبز",
        ),
    ],
)
def test_the_words_opening_the_sentence_name_the_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "پس از این حادثه، گروهی مسلح وارد شهر شد.",
        "در همان روزها، سازمانی تازه در شهر پا گرفت.",
        "ماموران بازداشت خبرنگار پیک کوهستان، روزنامه‌ای محلی، را تأیید کردند.",
    ],
)
def test_a_clause_before_the_subject_is_no_body(text: str) -> None:
    opening = text.split("،")[0]
    assert all(opening not in name for name in annotated(text, "organization") if " " in name)


def test_a_head_inside_a_sentence_opens_no_body() -> None:
    # انجمن stands seven words before the apposition, but after words of the sentence's own.
    text = "او گفت که اعضای انجمن در خانه‌ی پدری او جمع می‌شدند، گروهی کوچک که هر هفته دیدار داشتند."
    assert not any(name.startswith("انجمن") for name in annotated(text, "organization"))


def test_the_opening_is_taken_whole_up_to_seven_words() -> None:
    seven = "کانون یادمان کشتگان در شهر کوچک بوکان"
    eight = "کانون یادمان کشتگان جنگ در شهر کوچک بوکان"
    assert seven in annotated(f"{seven}، نهادی محلی، نام ۲۰ کشته را داد.", "organization")
    assert eight not in annotated(f"{eight}، نهادی محلی، نام ۲۰ کشته را داد.", "organization")
