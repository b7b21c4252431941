"""Persian relative dates before Persian punctuation: "امسال،" is امسال.

The Arabic comma (،), semicolon (؛) and question mark (؟) lie in the Arabic block, so an end of
word written as "no Arabic-script character follows" refused every relative date that a
Persian comma closes (امروز، ... ; در سال گذشته، ...). The word ends where no letter or joiner
follows. Every sentence was written for this test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("امسال، مانند هر سال، خانواده‌ها در میدان گرد آمدند.", ["امسال"]),
        ("امروز، ۱۲ اردیبهشت ۱۴۰۳، نام‌ها بر دیوار نوشته شد.", ["امروز", "۱۲ اردیبهشت ۱۴۰۳"]),
        ("در مراسم امسال، نام قربانیان خوانده شد.", ["امسال"]),
        ("به گفته‌ی دادستان در سال گذشته، دو گور گشوده شد.", ["سال گذشته"]),
        ("چه کسی دیروز؟ هیچ‌کس پاسخ نداد.", ["دیروز"]),
        ("پارسال؛ خانواده‌ها دوباره نامه نوشتند.", ["پارسال"]),
        # the word still ends only where no letter or joiner follows
        ("امروزه کمتر کسی از آن روزها سخن می‌گوید.", ["آن روزها"]),
        ("سال‌گذشته‌ها را کسی به یاد ندارد.", []),
    ],
)
def test_a_relative_date_ends_before_persian_punctuation(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans
