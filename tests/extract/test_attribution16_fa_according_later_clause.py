"""Persian "according to X" in a clause opened by و and a phrase of time or place speaks of
that clause, not of the figure of the closed clause before (sentences written for these
tests)."""

from tests.extract.helpers import parties


def test_according_to_after_a_fronted_phrase_speaks_of_its_own_clause() -> None:
    text = (
        "در سال ۱۳۹۵ انفجاری در بازار جان ده‌ها نفر را گرفت، و در سال ۱۳۹۷ در حمله به "
        "مسجد، به گفته‌ی مقام‌ها، دست‌کم ۱۸ نفر کشته شدند."
    )
    assert parties(text) == [(None, None), (18.0, "مقام‌ها")]


def test_according_to_closing_a_sentence_of_two_clauses_speaks_of_both() -> None:
    text = "ارتش ۱۲ روستایی را بازداشت کرد و سه روز بعد آنان را آزاد کرد، به گفته‌ی شاهدان."
    assert parties(text) == [(12.0, "شاهدان")]
