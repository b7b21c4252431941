"""Persian places, round 23: after در and what befell someone (در X دستگیر شد), a time of life,
a state one is in, a way or a journey names no town (در کودکی، در تبعید، در راه). Sentences
written for these tests."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    "text",
    [
        "چند تن از آن خانواده که در کودکی دستگیر شده‌اند هنوز زنده‌اند.",
        "عمویم در جوانی درگذشت.",
        "این شاعر در نوجوانی بازداشت شد.",
        "نویسنده‌ی کتاب در تبعید درگذشت.",
        "پیرمرد در خواب جان سپرد.",
        "برادرش سال‌ها بعد در غربت درگذشت.",
        "آن فعال در خفا دستگیر شد.",
        "سه سرباز در اسارت کشته شدند.",
        "دو زندانی در حبس درگذشت.",
        "خبرنگار در راه بازداشت شد.",
        "مسافران در سفر ناپدید شدند.",
    ],
)
def test_a_time_of_life_or_a_state_is_no_town(text: str) -> None:
    assert proposed(text, "place") == []


def test_a_town_after_the_same_cue_stays_a_town() -> None:
    assert proposed("خواهرش در ورنالیسک دستگیر شد.", "place") == ["ورنالیسک"]
