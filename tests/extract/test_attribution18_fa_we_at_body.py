"""A Persian "we at X" («ما در X») names the body whose count the first person gives
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_persian_we_at_a_body_gathered_its_names() -> None:
    text = (
        "در آن سال‌ها صدها نفر ناپدید شدند. ما در کانون حقوق بشر کردستان تاکنون نام ۳۱۲ نفر "
        "را گرد آورده‌ایم که در آن سال‌ها ناپدید شدند."
    )
    assert parties(text)[-1] == (312.0, "کانون حقوق بشر کردستان")


def test_persian_we_at_a_body_registered_a_count() -> None:
    assert parties("ما در انجمن مادران صلح ثبت کرده‌ایم که ۴۰ نفر در زندان شکنجه شدند.") == [
        (40.0, "انجمن مادران صلح")
    ]


def test_persian_we_in_a_street_names_no_body() -> None:
    text = (
        "در آن سال‌ها صدها نفر ناپدید شدند. ما در خیابان خودمان دیدیم که ۱۲ نفر را بردند و "
        "آنان ناپدید شدند."
    )
    assert parties(text)[-1] == (12.0, None)
