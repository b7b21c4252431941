"""Numbers and dates found in the text, behind one small interface for the claim annotators.

The parsing belongs to `sabt.text` (numbers, Persian digits, spelled-out figures, Jalali and
partial dates); this module only adapts its results to the two shapes the annotators use.
"""

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class NumberSpan:
    """A number in the text: a single value, or a range when `high` is set."""

    start: int
    end: int
    text: str
    value: float
    high: float | None = None


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


_DIGITS = re.compile(
    r"(?<![\w.,٬])[0-9۰-۹٠-٩]{1,3}(?:[,٬][0-9۰-۹٠-٩]{3})+(?![\w])|(?<![\w.,٬])[0-9۰-۹٠-٩]+(?![\w])"
)
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬,", "01234567890123456789__")


def find_numbers(text: str) -> list[NumberSpan]:
    """Numbers written in digits (placeholder until `sabt.text.numbers` lands)."""
    out = []
    for match in _DIGITS.finditer(text):
        value = float(match.group().translate(_TO_ASCII).replace("_", ""))
        out.append(NumberSpan(match.start(), match.end(), match.group(), value))
    return out


def find_dates(text: str, reference: date | None = None) -> list[DateSpan]:
    """Dates in the text (none until `sabt.text.dates` lands)."""
    del text, reference
    return []
