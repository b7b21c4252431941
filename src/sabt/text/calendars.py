"""Calendar arithmetic: a day, month, season or year of any calendar as Gregorian bounds.

Persian sources date events in the Solar Hijri (Jalali) calendar and religious or Arabic ones in
the lunar Hijri calendar; sabt stores every date as a Gregorian [earliest, latest] range.
Jalali conversion is jdatetime's (the arithmetic calendar Iran uses). Hijri conversion is
hijridate's Umm al-Qura tables, valid for 1343-1500 AH (1924-2077); outside them, and for a
month the tables do not reach, sabt reports no date rather than guess (the sighting-based
calendars of the time differ from any table by a day or two anyway).
"""

from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

from sabt.errors import BadInput

GREGORIAN, JALALI, HIJRI = "gregorian", "jalali", "hijri"

# Northern-hemisphere seasons by their usual astronomical dates.
_SEASONS = {"spring": (3, 20, 6, 20), "summer": (6, 21, 9, 22), "autumn": (9, 23, 12, 20)}
# Jalali seasons are whole months: spring = Farvardin-Khordad, and so on.
JALALI_SEASONS = {"spring": 1, "summer": 4, "autumn": 7, "winter": 10}


class BadDate(BadInput):
    """A date that does not exist in its calendar (30 Esfand of a common year, month 13)."""


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise BadDate(f"{what} is not a date in its calendar")


def day(calendar: str, year: int, month: int, dom: int) -> date:
    """The Gregorian date of one day of `calendar`."""
    try:
        if calendar == JALALI:
            return jdatetime.date(year, month, dom).togregorian()  # type: ignore[no-any-return]
        if calendar == HIJRI:
            g = Hijri(year, month, dom).to_gregorian()
            return date(g.year, g.month, g.day)
        return date(year, month, dom)
    except (ValueError, OverflowError) as exc:
        raise BadDate(f"{year}-{month}-{dom} ({calendar}) is not a date sabt can place") from exc


def month_range(calendar: str, year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of one month of `calendar`."""
    _check(1 <= month <= 12, f"month {month}")
    first = day(calendar, year, month, 1)
    if calendar == HIJRI:
        try:
            length = Hijri(year, month, 1).month_length()
        except (ValueError, OverflowError) as exc:
            raise BadDate(f"{year}-{month} (hijri) is outside sabt's Hijri tables") from exc
        return first, first + timedelta(days=length - 1)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return first, day(calendar, *following, 1) - timedelta(days=1)


def year_range(calendar: str, year: int) -> tuple[date, date]:
    return month_range(calendar, year, 1)[0], month_range(calendar, year, 12)[1]


def season_range(calendar: str, year: int, season: str) -> tuple[date, date]:
    """A season of `year`.

    Jalali seasons are three whole months. A Gregorian "winter of 1988" is read both ways
    English uses it (January-March 1988, or the winter that begins in December 1988), so the
    range runs from 1 January 1988 to 20 March 1989 and never excludes the intended winter.
    """
    if calendar == JALALI:
        first = JALALI_SEASONS[season]
        return month_range(JALALI, year, first)[0], month_range(JALALI, year, first + 2)[1]
    if season == "winter":
        return date(year, 1, 1), date(year + 1, 3, 20)
    m1, d1, m2, d2 = _SEASONS[season]
    return date(year, m1, d1), date(year, m2, d2)


def today_in(calendar: str, when: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in `calendar`, to place a date written without
    its year."""
    if calendar == JALALI:
        j = jdatetime.date.fromgregorian(date=when)
        return j.year, j.month, j.day
    if calendar == HIJRI:
        h = Gregorian(when.year, when.month, when.day).to_hijri()
        return h.year, h.month, h.day
    return when.year, when.month, when.day
