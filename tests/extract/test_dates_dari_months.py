"""Afghan (Dari) solar month names: dates only before a solar year.

حمل … حوت are the months فروردین … اسفند under their Afghan names; most are common words as well
(میزان an amount, سرطان cancer, اسد a name), so a name counts only before a year. Every sentence
was written for this test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "روستاییان در ۳ جوزا ۱۳۹۸ به شهر رفتند.",
            [("۳ جوزا ۱۳۹۸", date(2019, 5, 24), date(2019, 5, 24))],
        ),
        (
            "در عقرب ۱۳۷۵ جنگ به دره رسید.",
            [("عقرب ۱۳۷۵", date(1996, 10, 22), date(1996, 11, 20))],
        ),
        ("میزان آب رود ۲۰ درصد کم شد.", []),
        ("سرطان ۱۵ نفر از کارگران معدن را کشت.", []),
        # a quantity after the word, no year: an amount, a load, people counted
        ("هزینه‌ی ساخت پل به میزان ۱۲۰۰ میلیارد ریال رسید.", []),
        ("قطار حمل ۱۳۰۰ تن سیمان را به پایان برد.", []),
        ("در این شهرستان سرطان ۱۴۲۰ نفر را گرفتار کرده است.", []),
        # "به میزان" is "to the amount of", before a year too
        (
            "صادرات فرش به میزان سال ۱۳۹۶ بازگشت.",
            [("سال ۱۳۹۶", date(2017, 3, 21), date(2018, 3, 20))],
        ),
    ],
)
def test_dari_month_before_a_year(text: str, found: list[tuple[str, date, date]]) -> None:
    dates = find_dates(text, reference=REFERENCE)
    assert [(d.text, d.earliest, d.latest) for d in dates] == found
    assert all(d.calendar == "jalali" for d in dates)
