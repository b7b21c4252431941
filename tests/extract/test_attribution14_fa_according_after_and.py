"""Persian "according to X" after و that follows a finished clause ("… بازداشت کرد و به گفته‌ی
شاهدان، …") opens the next clause: it speaks of what follows, not of the figure before it
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_according_to_after_a_closed_clause_is_not_the_figure_before() -> None:
    text = "ارتش ۱۲ روستایی را بازداشت کرد و به گفته‌ی شاهدان، دست‌کم ۳ نفر از آنان کشته شدند."
    assert parties(text) == [(12.0, None), (3.0, "شاهدان")]


def test_according_to_at_the_end_of_the_clause_is_its_party() -> None:
    assert parties("ارتش ۱۲ روستایی را بازداشت کرد، به گفته‌ی شاهدان.") == [(12.0, "شاهدان")]


def test_a_speaker_after_and_still_speaks_of_the_figure_before() -> None:
    text = (
        "فرانک لوری، سخنگوی دفتر حقوق بشر، در بیانیه‌ای اعدام دست‌کم ۲۰ زندانی را محکوم کرد"
        " و گفت این اعدام‌ها غیرقانونی بود."
    )
    assert parties(text) == [(20.0, "فرانک لوری")]
