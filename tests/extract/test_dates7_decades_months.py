"""Absolute dates with their values: decades in digits and words (English and Persian, Solar
Hijri or Gregorian by the era word), a Persian month with ماه joined (مهرماه، دی‌ماه), a Persian
season with a two-digit year, a Solar Hijri year in words (سال شصت و هفت); and a weekday placed
against an event keeps no value.

Sentences written for these tests, none taken from the gold sets."""

from datetime import date

import pytest
from tests.extract.helpers import REGISTRY

from sabt.extract import annotate


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    got = annotate(text, registry=REGISTRY, reference_date=date(2024, 1, 10))
    return [
        (d.text, d.earliest and d.earliest.isoformat(), d.latest and d.latest.isoformat())
        for d in got.dates
    ]


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        ("The camps were built in the eighties.", "the eighties", "1980-01-01", "1989-12-31"),
        (
            "Many were held during the late seventies.",
            "the late seventies",
            "1976-01-01",
            "1979-12-31",
        ),
        (
            "Guerrillas were active in the early sixties.",
            "the early sixties",
            "1960-01-01",
            "1963-12-31",
        ),
        ("The purges of the '50s left no records.", "the '50s", "1950-01-01", "1959-12-31"),
        ("اوایل دهه شصت زندان‌ها پر بود.", "اوایل دهه شصت", "1981-03-21", "1985-03-20"),
        ("در دهه‌ی هفتاد اعدام‌ها ادامه یافت.", "دهه‌ی هفتاد", "1991-03-21", "2001-03-20"),
        ("در سال‌های شصت زندان‌ها پر بود.", "سال‌های شصت", "1981-03-21", "1991-03-20"),
        ("در اواخر دهه‌ی ۱۳۵۰ زندان ساخته شد.", "اواخر دهه‌ی ۱۳۵۰", "1977-03-21", "1981-03-20"),
        ("در دهه‌ی ۸۰ میلادی جنگ ادامه داشت.", "دهه‌ی ۸۰ میلادی", "1980-01-01", "1989-12-31"),
        ("در دهه‌ی نود میلادی شهر محاصره شد.", "دهه‌ی نود میلادی", "1990-01-01", "1999-12-31"),
        ("در دهه ۶۰ هزاران نفر زندانی شدند.", "دهه ۶۰", "1981-03-21", "1991-03-20"),
        ("مأموران در مهرماه ۱۳۶۰ او را بازداشت کردند.", "مهرماه ۱۳۶۰", "1981-09-23", "1981-10-22"),
        ("او در دی‌ماه ۱۳۶۷ اعدام شد.", "دی‌ماه ۱۳۶۷", "1988-12-22", "1989-01-20"),
        ("او در ۵ شهریورماه ۱۳۵۸ تیرباران شد.", "۵ شهریورماه ۱۳۵۸", "1979-08-27", "1979-08-27"),
        ("در پاییز ۶۷ اعدام‌ها ادامه یافت.", "پاییز ۶۷", "1988-09-23", "1988-12-21"),
        ("در سال شصت و هفت هزاران زندانی اعدام شدند.", "سال شصت و هفت", "1988-03-21", "1989-03-20"),
        ("برادرم سال پنجاه و هفت به زندان افتاد.", "سال پنجاه و هفت", "1978-03-21", "1979-03-20"),
        # A year between a possessive and a noun, or alone in a title before its colon.
        ("The clinic printed the ruling in its 2019 handbook.", "2019", "2019-01-01", "2019-12-31"),
        (
            "Halabja, 1988: what the survivors saw\n\nThe town was gassed.",
            "1988",
            "1988-01-01",
            "1988-12-31",
        ),
        # A Solar Hijri year after از (since), after an event's noun, or in a title.
        ("او از ۱۳۷۰ در این زندان کار می‌کرد.", "۱۳۷۰", "1991-03-21", "1992-03-20"),
        ("پس از اعتراضات ۱۳۸۸ صدها نفر بازداشت شدند.", "۱۳۸۸", "2009-03-21", "2010-03-20"),
        ("اعدام‌های ۱۳۶۰ و ۱۳۶۱ هنوز ثبت نشده است.", "۱۳۶۰", "1981-03-21", "1982-03-20"),
        ("ارومیه، ۱۳۶۰: گزارشی از یک اعدام\n\nمتن گزارش.", "۱۳۶۰", "1981-03-21", "1982-03-20"),
    ],
)
def test_a_decade_a_joined_month_and_a_short_season_year_have_values(
    text: str, span: str, earliest: str, latest: str
) -> None:
    assert (span, earliest, latest) in _dates(text)


@pytest.mark.parametrize(
    ("text", "not_a_date"),
    [
        # An age, a temperature-like count and a count after a season are no decades or years.
        ("The woman, in her eighties, still waits for her son.", "eighties"),
        ("در تابستان ۳۰ نفر اعدام شدند.", "تابستان ۳۰"),
        ("The lawyers met on the 14th floor of the ministry.", "the 14th"),
        # An ordinal year ("the twenty-fifth year") and a count after سال are no years.
        ("در سال بیست و پنجم زندانش بیمار شد.", "بیست"),
        ("در آن سال سی نفر اعدام شدند.", "سال سی"),
        ("Their 2000 members marched to the court.", "2000"),
        # A count after از, or a range of counts, is no year.
        ("او یکی از ۱۳۰۰ زندانی آن بند بود.", "۱۳۰۰"),
        ("از ۱۳۰۰ تا ۱۴۰۰ نفر در این اعتراض شرکت کردند.", "۱۳۰۰"),
        ("بیش از ۱۳۵۰ نفر بازداشت شدند.", "۱۳۵۰"),
        ("از ۱۳۵۰ خانواده فقط ده خانواده پاسخ دادند.", "۱۳۵۰"),
    ],
)
def test_an_age_a_count_or_a_floor_is_no_date(text: str, not_a_date: str) -> None:
    assert not any(not_a_date in span for span, _, _ in _dates(text))


def test_a_weekday_placed_against_an_event_takes_no_value() -> None:
    found = _dates("He was arrested the following Monday and held for a week.")
    assert ("the following Monday", None, None) in found
    assert not any(value for span, value, _ in found if "Monday" in span)
