"""A letter's or a release's own first person is the body that writes it: the body its writers
say they are members of, the body a release's headline or first paragraph opens on, the body
"we" received information as (texts written for these tests)."""

import pytest
from tests.extract.helpers import attributions


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
            "ما، اعضای انجمن مدافعان حقوق زندانیان، این نامه را می‌نویسیم.\n"
            "به شمارش ما، دست‌کم ۳۱ نفر از روستاهای دره در سال ۱۳۹۸ بازداشت شدند.",
            "انجمن مدافعان حقوق زندانیان",
        ),
        (
            "Open letter to the Minister of Justice\n\n"
            "We, the members of the Halden Families Association, write to you today.\n"
            "By our count, at least 31 people from the valley were detained in 2019.",
            "Halden Families Association",
        ),
    ],
)
def test_a_letters_we_the_members_of_is_its_author(text: str, author: str) -> None:
    assert attributions(text)[-1] == author


def test_a_releases_headline_names_the_body_our_teams_belong_to() -> None:
    text = (
        "PRESS RELEASE\n\n"
        "Brenna Rights Watch calls for an inquiry into the valley raids\n\n"
        "Our teams have documented the detention of at least 31 people in the valley."
    )
    assert attributions(text)[-1] == "Brenna Rights Watch"


def test_a_persian_releases_first_paragraph_names_our_centre() -> None:
    text = (
        "اطلاعیه‌ی مطبوعاتی\n\n"
        "مرکز مستندسازی حقوق زندانیان امروز گزارش تازه‌ای منتشر کرد.\n"
        "مرکز ما دست‌کم ۳۱ نفر از اهالی دره را شناسایی کرده است که بازداشت شدند."
    )
    assert attributions(text)[-1] == "مرکز مستندسازی حقوق زندانیان"


def test_a_text_not_titled_a_release_names_no_author_by_its_first_body() -> None:
    # a news story's opening body is a subject of the story, not its writer: no party
    text = (
        "Valley raids\n\n"
        "Brenna Rights Watch calls for an inquiry into the valley raids.\n"
        "Our teams have documented the detention of at least 31 people in the valley."
    )
    assert attributions(text)[-1] is None


def test_information_that_reached_us_is_the_letters_author() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
        "ما، اعضای انجمن مدافعان حقوق زندانیان، این نامه را می‌نویسیم.\n"
        "بنا بر اطلاعاتی که به دست ما رسیده است، دست‌کم ۳۱ نفر از اهالی دره به وکیلانشان "
        "گفته‌اند که در زندان شکنجه شده‌اند."
    )
    assert attributions(text)[-1] == "انجمن مدافعان حقوق زندانیان"


def test_a_list_we_compiled_is_the_letters_author_not_the_list() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
        "ما، اعضای انجمن مدافعان حقوق زندانیان، این نامه را می‌نویسیم.\n"
        "سیاهه‌ای که ما از روی گواهی همسایگان گردآوری کرده‌ایم، نام ۳۱ کشته را دربر دارد."
    )
    assert attributions(text)[-1] == "انجمن مدافعان حقوق زندانیان"


_LETTER = (
    "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
    "ما، اعضای انجمن مدافعان حقوق زندانیان، این نامه را می‌نویسیم.\n"
)


def test_a_sentence_after_our_own_count_goes_on_with_the_author() -> None:
    text = (
        _LETTER + "ما تاکنون نام ۳۱ کشته را ثبت کرده‌ایم. "
        "نام دست‌کم ۹ نفر دیگر در شمار ناپدیدشدگان آمده است."
    )
    assert attributions(text) == ["انجمن مدافعان حقوق زندانیان"] * 2


def test_a_sentence_after_another_partys_count_is_not_the_authors() -> None:
    text = (
        _LETTER + "دولت در سال ۱۳۹۸ سه زندان تازه ساخت. "
        "نام دست‌کم ۹ نفر دیگر در شمار ناپدیدشدگان آمده است."
    )
    assert attributions(text) == [None]


def test_our_own_count_with_no_author_found_has_no_party() -> None:
    text = (
        "ما تاکنون نام ۳۱ کشته را ثبت کرده‌ایم. نام دست‌کم ۹ نفر دیگر در شمار ناپدیدشدگان آمده است."
    )
    assert attributions(text) == [None, None]
