"""دوشنبه is Monday and also the city Dushanbe: after a city word or a movement to a place it is
the city, no date. Every sentence was written for this test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "اعتراض در شهر دوشنبه آغاز شد.",
        "اتوبوس مسافران نیمه‌شب وارد دوشنبه شد.",
        "پس از انتقال به دوشنبه از او خبری نشد.",
    ],
)
def test_the_city_is_no_monday(text: str) -> None:
    assert find_dates(text, reference=REFERENCE) == []


def test_a_monday_alone_is_still_a_day() -> None:
    found = find_dates("سه نفر دوشنبه بازداشت شدند.", reference=REFERENCE)
    assert [(d.text, d.earliest) for d in found] == [("دوشنبه", date(2024, 4, 29))]
