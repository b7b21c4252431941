"""Dates as a user types them for a post or a link ("1988", "1367", "1988-07", "2019-03-07").

A year alone is a period, not a day: "from 1988" means the post began somewhere in 1988, so the
start keeps both bounds and the precision says how sure the date is.
"""

from datetime import date

from sabt.errors import BadInput
from sabt.text.dates import DateRange, parse_date


def read_date(value: str | None, label: str) -> DateRange | None:
    """`value` as a date range (Gregorian or Solar Hijri), None when empty; BadInput otherwise."""
    if value is None or not value.strip():
        return None
    found = parse_date(value)
    if found is None:
        raise BadInput(
            f"{label} {value!r} is not a date", remedy="write 1988, 1988-07 or 1988-07-29"
        )
    return found


def check_order(start: DateRange | None, end: DateRange | None) -> None:
    """Refuse a period that ends before it begins."""
    if start is not None and end is not None and start.earliest > end.latest:
        raise BadInput(f"the period ends ({end.text}) before it begins ({start.text})")


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def precision_of(start: DateRange | None, end: DateRange | None) -> str:
    """How precise a period is: its start's precision, else its end's, else "unknown"."""
    known = start or end
    return known.precision if known is not None else "unknown"
