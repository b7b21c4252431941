"""A Persian body that voices concern over a count, or speaks of a count named after other
words in its از-phrase, asserts it (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_persian_concern_voiced_over_a_count_asserts_it() -> None:
    text = "سازمان عفو بین‌الملل در بیانیه‌ای از بازداشت صدها نفر در این شهر ابراز نگرانی کرد."
    assert parties(text) == [(None, "Amnesty International")]


def test_persian_spoke_of_a_count_written_in_words_after_a_quoted_noun() -> None:
    text = (
        "پنج نفر بازداشت شدند. دفتر سازمان ملل در روزهای بعد از «خبرهای نگران‌کننده» "
        "درباره‌ی بازداشت این پنج نفر در زندان سخن گفت."
    )
    assert parties(text)[-1] == (5.0, "United Nations")


def test_persian_spoke_of_a_count_in_digits_far_into_the_phrase() -> None:
    text = (
        "دفتر سازمان ملل در روزهای بعد از «خبرهای نگران‌کننده» درباره‌ی بازداشت ۵ نفر در "
        "زندان سخن گفت."
    )
    assert parties(text) == [(5.0, "United Nations")]


def test_persian_a_number_word_inside_a_word_is_no_count_spoken_of() -> None:
    # «سه» inside «مدرسه»: the teachers spoke of a school, not of the dead.
    text = "در آن روز ۳۰ نفر کشته شدند و معلمان از مدرسه‌ی ویران‌شده‌ی شهر سخن گفتند."
    assert parties(text) == [(30.0, None)]


def test_persian_na_as_not_is_no_count_spoken_of() -> None:
    text = "در آن روز ۳۰ نفر کشته شدند و معلمان از اینکه نه دولت و نه ارتش پاسخی دادند سخن گفتند."
    assert parties(text) == [(30.0, None)]
