"""A date relative to an event ends its line: a title closing on "forty years later" (چهل سال
بعد) keeps its span though the next paragraph opens on a date (today, امروز، 3 May 2024).

Only a space, "the" or "on" joins such a span to the date after it, which then dates it ("two
days after 5 May 1972"); a line break ends the phrase. Every sentence was written for this
test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 3)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "روستای سوخته، چهل سال بعد\n\nامروز، ۱۴ اردیبهشت ۱۴۰۳، خانواده‌ها گرد آمدند.",
            ["چهل سال بعد", "امروز", "۱۴ اردیبهشت ۱۴۰۳"],
        ),
        (
            "The burned village, forty years later\n\nToday the families gathered.",
            ["forty years later", "Today"],
        ),
        # on one line the date after the span still dates it
        ("Two days after 5 May 1972 the camp was closed.", ["5 May 1972"]),
    ],
)
def test_a_line_break_joins_no_date_to_the_span_before(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans
