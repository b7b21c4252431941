"""Dates in English and Persian text, in three calendars, as ranges with a precision.

Sources rarely give a day: "the summer of 1988", "مرداد ۱۳۶۷", "in the 1980s". sabt keeps what
was said and how precisely, as a Gregorian [earliest, latest] range with the precision and the
calendar it was written in, so that a claim is never made more exact than its source.

`find_dates` scans running text; `parse_date` reads one cell of a victim list. Patterns live in
`date_patterns`, calendar arithmetic in `calendars`.
"""

import re
from dataclasses import dataclass
from datetime import date

from sabt.text import date_patterns as p
from sabt.text.calendars import BadDate, day, month_range, year_range
from sabt.text.date_reading import DAY, MONTH, YEAR, Pass, calendar_of_year
from sabt.text.date_words import fold
from sabt.text.relative_dates import find_relative
from sabt.text.spans import SpanSet


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date as said in a source: Gregorian bounds, how precise, which calendar, where."""

    earliest: date
    latest: date
    precision: str  # a value of the date_precision vocabulary
    calendar: str  # gregorian | jalali | hijri: the calendar the source wrote it in
    text: str
    start: int
    end: int


def find_dates(text: str, *, reference: date | None = None) -> list[DateRange]:
    """Every date in `text`, in order, non-overlapping, the longest reading winning.

    Dates written without a year ("on June 19", "۲۴ مرداد") and weekdays ("on Saturday") are
    placed against `reference` (the document's date) and skipped without one. A year alone is
    a date only in a date context ("in 1988", "سال ۶۷", "1367 ش"), so that "2000 prisoners"
    is left to the number finder. Relative dates ("last year", "two weeks ago", پارسال, "that
    winter") are read after, against `reference` or the date before them (`relative_dates`).
    """
    folded = fold(text)
    candidates: list[tuple[int, int, tuple[date, date, str, str] | None]] = []
    for pattern, reader in p.PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span("core") if "core" in pattern.groupindex else match.span()
            try:
                found = reader(match, reference)
            except BadDate:
                found = None  # "31 June 1988" is no date, and not June 1988 either
            except (ValueError, KeyError):
                continue
            if not isinstance(found, Pass):
                candidates.append((start, end, found))
    taken: list[tuple[int, int, tuple[date, date, str, str] | None]] = []
    spans = SpanSet()
    for start, end, found in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if spans.add(start, end):
            taken.append((start, end, found))
    dated = sorted(((s, e, f) for s, e, f in taken if f is not None), key=lambda c: c[0])
    relative = find_relative(
        folded, sorted((s, e) for s, e, _ in taken), [(s, f) for s, _, f in dated], reference
    )
    return [
        DateRange(found[0], found[1], found[2], found[3], text[start:end], start, end)
        for start, end, found in sorted([*dated, *relative], key=lambda c: c[0])
    ]


def claimed_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` the date finder reads as dates, for a number finder to leave alone.

    A reference date is supplied so that dates without a year ("on 19 June") and weekdays
    claim their spans too; the dates themselves are not used.
    """
    return [(d.start, d.end) for d in find_dates(text, reference=date(2000, 1, 1))]


_YMD = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YM = re.compile(r"(\d{4})[/.-](\d{1,2})")
_MY = re.compile(r"(\d{1,2})[/.-](\d{4})")


def _parse_cell(value: str) -> tuple[date, date, str, str] | None:
    if value.isdigit() and len(value) == 4:
        calendar = calendar_of_year(int(value))
        return (*year_range(calendar, int(value)), YEAR, calendar)
    if m := _YMD.fullmatch(value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.fullmatch(value):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := _YM.fullmatch(value) or _MY.fullmatch(value):
        first, second = int(m[1]), int(m[2])
        y, mo = (first, second) if first > 99 else (second, first)
        calendar = calendar_of_year(y)
        return (*month_range(calendar, y, mo), MONTH, calendar)
    else:
        return None
    calendar = calendar_of_year(y)
    when = day(calendar, y, mo, d)
    return when, when, DAY, calendar


def parse_date(value: str) -> DateRange | None:
    """One cell of a victim list as a date, or None when it is not one.

    Numeric cells: a year alone ("1367", "1988"), year-month-day or day-month-year with / - or .
    ("1367/5/24", "24/5/1367", "1988-08-15"), year-month. A four-digit year 1200-1499 is Solar
    Hijri, 1800-2100 Gregorian: Iranian lists write numeric dates in the Solar Hijri calendar,
    so a numeric lunar Hijri date is not recognised (written with its month name, it is).
    Anything else is read with `find_dates` and accepted when one date makes up the cell.
    """
    stripped = value.strip()
    folded = fold(stripped)
    try:
        parsed = _parse_cell(folded)
    except (BadDate, ValueError):
        return None
    if parsed is not None:
        return DateRange(*parsed, stripped, 0, len(stripped))
    found = find_dates(stripped)
    if len(found) == 1:
        rest = stripped[: found[0].start] + stripped[found[0].end :]
        if not re.sub(r"[\W_]|\b(?:on|in|of|the|سال|ماه)\b", "", rest, flags=re.I):
            return found[0]
    return None
