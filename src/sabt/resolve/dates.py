"""Date cells of victim lists as ranges, so partial dates compare at their precision.

`sabt.text.dates.parse_date` reads Gregorian and Solar Hijri cells ("1988", "1367/05/06",
"۱۳۶۷/۰۵") as the range of days they cover; here that range becomes what linkage compares.
A Solar Hijri birth year (1339) covers parts of two Gregorian years (1960-1961), and linkage keeps
both rather than guess.
"""

from sabt.text.dates import DateRange, parse_date


def date_range(value: str) -> DateRange | None:
    """The span of a date cell, or None when it holds no date we can read."""
    return parse_date(value) if value.strip() else None


def year_range(value: str) -> tuple[int, int] | None:
    """The Gregorian years a birth-year cell covers, or None when it holds none."""
    span = date_range(value)
    return (span.earliest.year, span.latest.year) if span else None
