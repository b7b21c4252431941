"""A Persian "according to this same report / this same body" after other parties spoke: the
report named before, and a body named before rather than people (sentences written for these
tests)."""

from tests.extract.helpers import parties


def test_persian_according_to_the_same_report_is_the_party_of_the_report_before() -> None:
    text = (
        "در گزارش انجمن آمده است که دست‌کم ۲۰ نفر ناپدید شدند. بنا بر همین گزارش، "
        "بیش از ۵۰۰ نفر بازداشت شدند."
    )
    assert [p for _, p in parties(text)] == ["انجمن", "انجمن"]


def test_persian_the_same_body_is_the_body_named_before_not_the_researchers() -> None:
    text = (
        "سازمان عفو بین‌الملل شمار کشته‌شدگان را ۸۰ نفر اعلام کرده است؛ پژوهشگران مستقل "
        "شمار کشته‌ها را نزدیک به ۹۰ نفر می‌دانند. به گفته‌ی همین نهاد، بیش از ۵۰۰ نفر "
        "بازداشت شدند."
    )
    assert [p for _, p in parties(text)][-1] == "سازمان عفو بین‌الملل"
