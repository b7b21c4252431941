"""A Persian letter's byline "از سوی X" names the body its "we" is, and "در اسناد X آمده است"
is what X's records state (sentences written for these tests)."""

from tests.extract.helpers import attributions

_LETTER = (
    "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
    "از سوی کانون مدافعان حقوق کارگر\n"
    "کرمانشاه، ۱۰ آبان ۱۴۰۲\n\n"
    "به گفته‌ی وزارت کشور، ۹ نفر در این درگیری کشته شدند. "
)


def test_our_records_in_a_letter_are_the_bylines_body() -> None:
    text = _LETTER + "در اسناد کانون ما آمده است که ۱۴ نفر بازداشت شدند."
    # the byline's body (how much of its name the name rules take is theirs to say)
    party = attributions(text)[-1]
    assert party and party.startswith("کانون مدافعان")


def test_a_bodys_records_state_what_it_asserts() -> None:
    text = (
        "به گفته‌ی وزارت کشور، ۹ نفر در این درگیری کشته شدند. "
        "در اسناد کانون مدافعان حقوق کارگر آمده است که ۱۴ نفر بازداشت شدند."
    )
    assert attributions(text)[-1] == "کانون مدافعان حقوق کارگر"
