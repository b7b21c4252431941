"""A Persian body's short name given as such in quotation marks (که به نام اختصاری «X» شناخته
می‌شود) is the body's, and X alone names it again; a plan's or a law's short name, with no
body's head before it in its sentence, is none, nor is a common word or more than one word in
the marks. Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


def test_a_body_s_short_name_is_read_and_found_again() -> None:
    text = (
        "کمیته‌ی خانواده‌های قربانیان آن روزها که به نام اختصاری «کافاتو» شناخته می‌شود، گفت صدها"
        " نفر کشته شدند. به گفته‌ی کافاتو، گورها پنهان ماند."
    )
    assert proposed(text, "organization").count("کافاتو") == 2


def test_a_plan_s_short_name_is_no_body() -> None:
    text = "ارتش آمد. این طرح به اختصار «آرامش» نام گرفت."
    assert "آرامش" not in proposed(text, "organization")


@pytest.mark.parametrize(
    ("short", "text"),
    [
        # A common word given as the short name (the committee) names no body of its own.
        ("کمیته", "کمیته‌ی خانواده‌های قربانیان که به نام اختصاری «کمیته» شناخته می‌شود، بیانیه داد."),
        # Words more than one are no short name, only a name spelt out.
        (
            "کافاتو ملی",
            "کمیته‌ی خانواده‌های قربانیان که به نام اختصاری «کافاتو ملی» شناخته می‌شود، بیانیه داد.",
        ),
    ],
)
def test_a_common_word_or_words_more_than_one_are_no_short_name(short: str, text: str) -> None:
    assert short not in proposed(text, "organization")
