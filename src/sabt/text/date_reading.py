"""What every date reader shares: the precisions, a reader's answers and a bare year's calendar.

The pattern tables (`date_patterns`, with the Persian bare years in `date_years_fa`) and the
relative dates all report a `Found`; keeping its parts here lets each table live apart from the
others without importing them.
"""

import re
from collections.abc import Callable
from datetime import date
from enum import Enum

from sabt.text.calendars import GREGORIAN, JALALI, BadDate
from sabt.text.number_words import PERSIAN_UNITS

DAY, MONTH, SEASON, YEAR, DECADE, RANGE = "day", "month", "season", "year", "decade", "range"
GREGORIAN_YEARS = (1800, 2100)
JALALI_YEARS = (1200, 1499)
# A year alone needs a date context and a plausible modern year.
CONTEXT_YEARS = (1900, 2100)

Found = tuple[date, date, str, str]


class Pass(Enum):
    """A reader's answer for "this match is not a date I report or block"."""

    NOT_MINE = 0


NOT_MINE = Pass.NOT_MINE
Reader = Callable[[re.Match[str], date | None], Found | Pass | None]

# The nouns a number counts, so that a four-digit number before them is no year.
COUNTED = (
    r"people|persons|prisoners|victims|men|women|children|individuals|members|bodies"
    r"|detainees|inmates|families|نفر|زندانی|تن"
)
# The tens in Persian words (بیست … نود), for decades and years said in words.
TENS_FA = {word: n for word, n in PERSIAN_UNITS.items() if n in range(20, 100, 10)}


def calendar_of_year(year: int) -> str:
    """The calendar a bare four-digit year is in: 1200-1499 Solar Hijri, 1800-2100 Gregorian."""
    if JALALI_YEARS[0] <= year <= JALALI_YEARS[1]:
        return JALALI
    if GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        return GREGORIAN
    raise BadDate(f"year {year}")
