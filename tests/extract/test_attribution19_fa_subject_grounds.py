"""A phrase of what a count rests on ("بر پایه‌ی …", "بنا بر …"), set off by a comma between a
Persian subject and its verb, is no part of the subject (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_our_centre_before_its_grounds_is_the_author() -> None:
    text = (
        "بیانیه‌ی مطبوعاتی – مرکز مستندسازی حلبچه\n۱۲ مهر ۱۴۰۳\n\n"
        "مرکز ما، بر پایه‌ی گواهی‌هایی که از بیمارستان‌ها گرد آورده، برآورد کرده است که "
        "دست‌کم ۸۴ نفر کشته شدند."
    )
    # the byline's body (how much of its name the name rules take is theirs to say)
    (party,) = attributions(text)
    assert party and party.startswith("مرکز مستندسازی")


def test_a_named_body_before_its_grounds_keeps_its_name() -> None:
    text = "کانون وکلای کرمانشاه، بنا بر پرونده‌های دادگاه، اعلام کرد که ۳۰ نفر بازداشت شدند."
    assert attributions(text) == ["کانون وکلای کرمانشاه"]


def test_a_word_of_grounds_with_no_comma_stays_in_the_subject() -> None:
    text = "مقام‌های ناظر بر زندان‌ها گفتند که ۱۲ زندانی ناپدید شدند."
    assert attributions(text) == ["مقام‌های ناظر بر زندان‌ها"]
