"""Relative dates: against the document's date, and a season against the date before it."""

from datetime import date

import pytest

from sabt.text.dates import find_dates

REFERENCE = date(2024, 3, 5)  # a Tuesday; 15 Esfand 1402


def _read(text: str, reference: date | None = REFERENCE) -> list[tuple[str, date, date, str]]:
    return [
        (d.text, d.earliest, d.latest, d.precision) for d in find_dates(text, reference=reference)
    ]


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest", "precision"),
    [
        ("Talks resumed today.", "today", date(2024, 3, 5), date(2024, 3, 5), "day"),
        ("She was released yesterday.", "yesterday", date(2024, 3, 4), date(2024, 3, 4), "day"),
        ("Last year the camp closed.", "Last year", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("raids this month", "this month", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("arrests last week", "last week", date(2024, 2, 26), date(2024, 3, 3), "week"),
        ("They fled this summer.", "this summer", date(2024, 6, 21), date(2024, 9, 22), "season"),
        ("released four days ago", "four days ago", date(2024, 3, 1), date(2024, 3, 1), "day"),
        ("a few weeks ago", "a few weeks ago", date(2024, 1, 30), date(2024, 2, 20), "range"),
        ("امسال دادگاه تشکیل شد", "امسال", date(2023, 3, 21), date(2024, 3, 19), "year"),
        ("پارسال آزاد شد", "پارسال", date(2022, 3, 21), date(2023, 3, 20), "year"),
        ("در ماه گذشته", "ماه گذشته", date(2024, 1, 21), date(2024, 2, 19), "month"),
        ("دیروز بازداشت شد", "دیروز", date(2024, 3, 4), date(2024, 3, 4), "day"),
        ("freed last October", "last October", date(2023, 10, 1), date(2023, 10, 31), "month"),
        ("Last March he fled.", "Last March", date(2023, 3, 1), date(2023, 3, 31), "month"),
        ("a trial next June", "next June", date(2024, 6, 1), date(2024, 6, 30), "month"),
        ("دو روز پیش آزاد شد", "دو روز پیش", date(2024, 3, 3), date(2024, 3, 3), "day"),
    ],
)
def test_dates_against_the_documents_date(
    text: str, span: str, earliest: date, latest: date, precision: str
) -> None:
    assert _read(text) == [(span, earliest, latest, precision)]


def test_without_a_reference_nothing_is_guessed() -> None:
    assert _read("Last year and two days ago", reference=None) == []


def test_phrases_that_only_look_relative_are_no_dates() -> None:
    assert _read("in the last year of the war, this year's harvest") == []
    assert _read("Forty-two years ago") == []
    assert _read("در ۳۰ سال گذشته و چند روز پیش از آن") == []


def test_a_season_named_after_a_date_takes_that_dates_year() -> None:
    assert _read("He was taken in March 1990. That winter he wrote once.")[1] == (
        "That winter",
        date(1990, 1, 1),
        date(1991, 3, 20),
        "season",
    )
    assert _read("در مهر ۱۳۶۰ بازداشت شد و همان زمستان اعدام شد.")[1][:3] == (
        "همان زمستان",
        date(1981, 12, 22),
        date(1982, 3, 20),
    )
    assert _read("That winter he wrote once.") == []


def test_anaphoric_days_and_shifts_are_not_read() -> None:
    assert [d[0] for d in _read("Arrested on 2 May 1990; ten days later, that day, همان روز")] == [
        "2 May 1990"
    ]


def test_a_month_or_the_season_of_that_year_after_a_date() -> None:
    assert _read("He was seized in March 1990 and hanged that December.")[1] == (
        "that December",
        date(1990, 12, 1),
        date(1990, 12, 31),
        "month",
    )
    assert _read("در مهر ۱۳۶۰ بازداشت شد و در زمستان همان سال منتقل شد.")[1][:3] == (
        "زمستان همان سال",
        date(1981, 12, 22),
        date(1982, 3, 20),
    )
    assert [d[0] for d in _read("In 1990 he said that may happen.")] == ["1990"]


def test_a_count_before_the_past_week_makes_a_duration_not_last_week() -> None:
    assert [d[0] for d in _read("در دو هفته‌ی گذشته ۴۰ نفر بازداشت شدند.")] == []
    assert [d[0] for d in _read("هفته‌ی گذشته ۴۰ نفر بازداشت شدند.")] == ["هفته‌ی گذشته"]
