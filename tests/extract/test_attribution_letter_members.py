"""A letter whose writers say whose members they are ("ما، اعضای «X»") speaks as that body,
its name in quote marks whole whether a name rule reads it or not (sentences written for
these tests)."""

from tests.extract.helpers import parties

_PERSON = "سارا کریمی، سخنگوی کمیته‌ی پیگیری، گفت که نام‌های بیشتری در راه است. "


def test_we_in_a_letter_by_the_members_of_a_quoted_body_is_that_body() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر کشور\n\n"
        "ما، اعضای «حلقه‌ی مادران دره‌ی سبز»، این نامه را برای شما می‌نویسیم.\n\n"
        + _PERSON
        + "در سال‌های جنگ ۹ نفر از فرزندان ما ناپدید شدند."
    )
    assert parties(text) == [(9, "حلقه‌ی مادران دره‌ی سبز")]


def test_members_of_a_body_not_in_quote_marks_name_no_body() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر کشور\n\n"
        "ما، اعضای خانواده‌های کارگران «معدن سبز»، این نامه را برای شما می‌نویسیم.\n\n"
        + _PERSON
        + "در سال‌های جنگ ۹ نفر از فرزندان ما ناپدید شدند."
    )
    # (no body: the person who spoke last, as before)
    assert parties(text) == [(9, "سارا کریمی")]
