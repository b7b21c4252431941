"""Numbers and dates found in the text, as the claim and occupancy annotators use them.

The parsing is `sabt.text`'s (digits in any script, spelled-out and vague figures with their
hedges and bounds, Gregorian, Jalali and partial dates); extract parses neither itself. Dates
are copied into extract's own `DateSpan` so that the annotators' output is plain dataclasses.
"""

from dataclasses import dataclass
from datetime import date

from sabt.extract.event_dates import UNKNOWN, find_event_dates
from sabt.text import dates as text_dates
from sabt.text import numbers as text_numbers
from sabt.text.numbers import Quantity

__all__ = ["DateSpan", "Quantity", "find_dates", "find_numbers"]


def find_numbers(text: str) -> list[Quantity]:
    """Quantities in `text` (dates included: the claim annotator sets them aside itself)."""
    return text_numbers.find_numbers(text, skip_dates=False)


@dataclass(frozen=True)
class DateSpan:
    """A date in the text as a range [earliest, latest] with its precision and calendar."""

    start: int
    end: int
    text: str
    earliest: date | None
    latest: date | None
    precision: str
    calendar: str
    annotator: str = "sabt.text.dates"
    annotator_version: str = "1"


def find_dates(text: str, reference: date | None = None) -> list[DateSpan]:
    """Dates in `text`; those without a year are placed against `reference`. Dates relative
    to another event ("four days later", همان روز) and seasons without a year are spans with
    no value (`event_dates`)."""
    dated = [
        DateSpan(d.start, d.end, d.text, d.earliest, d.latest, d.precision, d.calendar)
        for d in text_dates.find_dates(text, reference=reference)
    ]
    relative = [
        DateSpan(start, end, text[start:end], None, None, UNKNOWN, calendar)
        for start, end, calendar in find_event_dates(text, [(d.start, d.end) for d in dated])
    ]
    return sorted([*dated, *relative], key=lambda d: d.start) if relative else dated
