"""A Persian clause opened by «، و» with a plural subject of its own is that subject's, whatever
verb closed the clause before it (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_a_plural_subject_after_comma_and_speaks_for_its_own_clause() -> None:
    text = (
        "وزارت بهداشت اعلام کرد که ۱۲ نفر جان باخته‌اند، و پرستاران بیمارستان شهر"
        " شمار کشته‌ها را ۴۰ نفر گزارش می‌کنند."
    )
    assert attributions(text) == ["وزارت بهداشت", "پرستاران بیمارستان شهر"]


def test_and_between_two_nouns_opens_no_clause() -> None:
    # «خانه‌ها و مسجدها»: no comma, no verb before و
    text = "وزارت بهداشت اعلام کرد که خانه‌ها و مغازه‌ها ویران شد و ۱۲ نفر کشته شدند."
    assert attributions(text) == ["وزارت بهداشت"]
