"""The first word of a foreign name no list knows, by which the text goes on naming the person
(`foreign_firsts_fa`): a Thai's given name, a witness's made-up given name."""

from tests.extract.helpers import annotated


def test_a_titled_names_first_word_again() -> None:
    text = (
        "ژنرال پراسیت کامونوات، فرمانده‌ی ارتش، برکنار شد. پراسیت بعدها به زندان رفت و "
        "خانواده‌ی پراسیت به خارج گریخت."
    )
    assert annotated(text, "person").count("پراسیت") == 2


def test_a_made_up_names_first_word_again() -> None:
    text = (
        "آیدوس کارابکوف (نام ساختگی)، ۳۰ ساله، گفت که کتک خورده است. آیدوس پس از آزادی به "
        "خانه بازگشت."
    )
    assert "آیدوس" in annotated(text, "person")


def test_a_short_first_word_is_not_lent() -> None:
    # نان (bread) opens the next sentence as a common word.
    text = "ژنرال نان کامونوات، فرمانده‌ی ارتش، برکنار شد. نان گران شد."
    assert "نان" not in annotated(text, "person")


def test_only_a_name_the_text_marks_lends_its_first_word() -> None:
    # A speaker's post and family name: the post (inspector) is no given name.
    text = "بازرس کریمی‌زاده گفت که پرونده بسته شد. بازرس دیگری آمد."
    assert "بازرس" not in annotated(text, "person")
