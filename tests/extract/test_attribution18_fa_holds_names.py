"""A Persian body that holds the list or names of N people («فهرست نام N نفر را در اختیار
دارد») counts them; holding people asserts nothing (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_persian_a_body_named_back_holds_a_list_of_names() -> None:
    text = (
        "انجمن مادران خاوران در سال ۱۳۷۰ در تهران تشکیل شد. این انجمن فهرست نام ۴۵۰ نفر را در "
        "اختیار دارد که از آن سال‌ها ناپدید شده‌اند."
    )
    assert parties(text) == [(450.0, "انجمن مادران خاوران")]


def test_persian_a_body_holds_the_names_of_the_missing() -> None:
    text = "انجمن مادران خاوران فهرست نام ۴۵۰ نفر ناپدیدشده را در اختیار دارد."
    assert parties(text) == [(450.0, "انجمن مادران خاوران")]


def test_persian_forces_holding_prisoners_assert_no_count() -> None:
    assert parties("نیروهای امنیتی ۵۰ زندانی بازداشت‌شده را در اختیار دارند.") == [(50.0, None)]
