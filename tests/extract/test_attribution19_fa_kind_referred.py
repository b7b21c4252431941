"""A Persian reference back by a kind of body ("این مرکز", "همین سازمان") is to the body whose
name holds that word, not to a body named since in passing (sentences written for these
tests)."""

from tests.extract.helpers import attributions


def test_this_centre_is_the_centre_not_the_army_named_since() -> None:
    text = (
        "مرکز پژوهش‌های جنگ شهری گزارشی تازه منتشر کرد. در آن سال‌ها نیروهای ارتش ملی روستاهای "
        "دره را زیر آتش گرفتند. در گزارش این مرکز آمده است که دست‌کم ۲۴۰۰ نفر کشته شدند."
    )
    assert attributions(text) == ["مرکز پژوهش‌های جنگ شهری"]


def test_a_kind_no_body_holds_still_takes_the_last_body() -> None:
    text = (
        "به گفته‌ی وزارت کشور، ۱۰ نفر کشته شدند. عفو بین‌الملل هیئتی به منطقه فرستاد. "
        "این سازمان اعلام کرد که دست‌کم ۷۰ نفر بازداشت شدند."
    )
    assert attributions(text)[-1] == "Amnesty International"
