"""Date cells of victim lists as ranges, so partial dates compare at their precision.

A list may give the date of death as "1988", "1988-08" or "1988-08-27"; each becomes the range of
days it covers and a precision. Two ranges that overlap are consistent; only two day-precise dates
can be "a day apart".
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Span:
    """The days a date cell covers: earliest and latest (inclusive) and how precise it was."""

    earliest: date
    latest: date
    precision: Precision


_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


def date_range(value: str) -> Span | None:
    """The span of a date cell, or None when it holds no date we can read."""
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return Span(date(year, 1, 1), date(year, 12, 31), "year")
        if day is None:
            first = date(year, month, 1)
            after = date(year + (month == 12), month % 12 + 1, 1)
            return Span(first, after - timedelta(days=1), "month")
        return Span(date(year, month, day), date(year, month, day), "day")
    except ValueError:
        return None


def year_range(value: str) -> tuple[int, int] | None:
    """The Gregorian years a birth-year cell covers, or None when it holds none."""
    span = date_range(value)
    return (span.earliest.year, span.latest.year) if span else None
