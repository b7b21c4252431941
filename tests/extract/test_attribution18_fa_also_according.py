"""A Persian sentence no one asserts that adds «نیز» to an account opened by "according to X"
goes on with X's account (sentences written for these tests)."""

from tests.extract.helpers import parties

_BODY = "کانون مدافعان حقوق بشر در سال ۱۳۸۰ تشکیل شد. "
_ACCORDING = "به گفته‌ی این کانون، ده زندانی در بامداد ۵ مرداد در زندان اعدام شدند. "


def test_persian_also_after_according_to_a_body_is_its_account() -> None:
    text = _BODY + _ACCORDING + "دو روز پیش از آن نیز سه زندانی دیگر در همان زندان اعدام شده بودند."
    assert parties(text) == [(10.0, "کانون مدافعان حقوق بشر"), (3.0, "کانون مدافعان حقوق بشر")]


def test_persian_a_sentence_without_also_stays_the_texts_own() -> None:
    text = _BODY + _ACCORDING + "دو روز پیش از آن سه زندانی دیگر در همان زندان اعدام شده بودند."
    assert parties(text)[-1] == (3.0, None)


def test_persian_also_after_an_account_not_opened_by_according_to_is_left_alone() -> None:
    text = (
        "وزارت کشور گفت که ده زندانی در بامداد ۵ مرداد در زندان اعدام شدند. "
        "دو روز پیش از آن نیز سه زندانی دیگر در همان زندان اعدام شده بودند."
    )
    assert parties(text)[-1] == (3.0, None)
