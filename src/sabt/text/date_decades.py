"""Decades, in digits and in words, in English and Persian: a date with a value of ten years.

Reports place repression and wars by decade more often than by year: "the 1980s", "the late
nineties", "the '70s", دهه‌ی ۶۰، اوایل دهه‌ی شصت، سال‌های شصت، دهه‌ی ۸۰ میلادی. A decade is
absolute (its century is the one a modern report means), so each gets its ten years, and an
early, mid or late part three or four of them. A Persian decade in two digits or in words is
Solar Hijri (دهه‌ی شصت is 1360-1369) unless میلادی follows it. These patterns run inside
`date_patterns`' table, at the place `DECADES` stands there.
"""

import re
from datetime import date

from sabt.text.calendars import GREGORIAN, JALALI, BadDate, year_range
from sabt.text.date_reading import (
    DECADE,
    NOT_MINE,
    RANGE,
    TENS_FA,
    Found,
    Pass,
    Reader,
    calendar_of_year,
)

# Early, mid, late: which years of the decade, as offsets from its first year.
_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
_PARTS_FA = {"اوایل": "early", "اواسط": "mid", "میانه": "mid", "اواخر": "late"}
_PART_FA = r"(?:(?P<part_fa>اوایل|اواسط|اواخر|میانه)(?:\u200cی|\s+ی)?\s+)?"
# The tens in words: the twentieth century's decades in English, Persian's 1320s to 1390s.
_TENS_EN = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_EZAFE = r"(?:\u200cی|\s+ی)?"
_GREGORIAN_ERA = r"(?:\s+(?P<era>میلادی))?"
_FA_END = r"(?![\w\u200c])"


def _range(start: int, calendar: str, part: str | None) -> Found:
    """The decade from `start` in `calendar`, or its early, mid or late part."""
    if start % 10:
        raise BadDate(f"decade {start}")
    first, last = _PARTS[part] if part else (0, 9)
    earliest = year_range(calendar, start + first)[0]
    latest = year_range(calendar, start + last)[1]
    return earliest, latest, RANGE if part else DECADE, calendar


def _digits(match: re.Match[str], reference: date | None) -> Found:
    """The 1980s, the late 1990s, دهه‌ی ۱۳۶۰، دهه‌ی ۶۰ (1360s), دهه‌ی ۸۰ میلادی (1980s)."""
    start = int(match["dec"])
    part = match["part"] or _PARTS_FA.get(match["part_fa"] or "")
    if start >= 100:
        return _range(start, calendar_of_year(start), part and part.lower())
    if match["era"] or match.groupdict().get("english") is not None:
        return _range(1900 + start, GREGORIAN, part and part.lower())
    return _range(1300 + start, JALALI, part)


# "The eighties" is a decade after a preposition of time ("in her eighties" is an age).
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|through|throughout|from|to|of|into|before|after)\s+$",
    re.IGNORECASE,
)


def _words(match: re.Match[str], reference: date | None) -> Found | Pass:
    """The eighties, the early seventies (1900s); دهه‌ی شصت، سال‌های هفتاد (1300s Solar Hijri)."""
    if match["tens_en"]:
        before = match.string[max(0, match.start() - 12) : match.start()]
        if not _PREPOSITION_BEFORE.search(before):
            return NOT_MINE
        part = match["part"].lower() if match["part"] else None
        return _range(1900 + _TENS_EN[match["tens_en"].lower()], GREGORIAN, part)
    part = _PARTS_FA.get(match["part_fa"] or "")
    tens = TENS_FA[match["tens_fa"]]
    if match["era"]:
        return _range(1900 + tens, GREGORIAN, part)
    return _range(1300 + tens, JALALI, part)


_DECADE_FA = rf"{_PART_FA}(?:دهه|سال\u200c?های){_EZAFE}\s+"
DECADES: list[tuple[str, Reader]] = [
    (
        r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ]?)?(?P<dec>1[89]\d0|20\d0)['’]?s\b"
        r"(?P<era>)(?P<part_fa>)",
        _digits,
    ),
    # "the '80s", "the late 70s": the twentieth century's (a "the" before, so no age or count)
    (
        r"\bthe\s+(?:(?P<part>early|mid|late)[- ]?)?['’]?(?P<dec>[2-9]0)['’]?s\b"
        r"(?P<era>)(?P<part_fa>)(?P<english>)",
        _digits,
    ),
    (
        r"\bthe\s+(?:(?P<part>early|mid|late)[- ]?)?(?P<tens_en>"
        + "|".join(_TENS_EN)
        + r")\b(?P<era>)(?P<part_fa>)(?P<tens_fa>)",
        _words,
    ),
    # دهه‌ی ۶۰، دهه‌ی ۱۳۶۰، اواخر دهه‌ی ۵۰، دهه‌ی ۸۰ میلادی (سال‌های takes two digits only)
    (
        rf"{_PART_FA}دهه{_EZAFE}\s+(?P<dec>\d0|1[239]\d0|20\d0)\b{_GREGORIAN_ERA}(?P<part>)",
        _digits,
    ),
    (
        rf"(?<![\w\u200c]){_PART_FA}سال\u200c?های{_EZAFE}\s+(?P<dec>[2-9]0)\b(?!\s*(?:تا|-|و)\s*\d)"
        rf"{_GREGORIAN_ERA}(?P<part>)",
        _digits,
    ),
    (
        rf"(?<![\w\u200c]){_DECADE_FA}(?P<tens_fa>{'|'.join(TENS_FA)}){_FA_END}"
        rf"(?!\s+(?:و|تا)\s)(?:{_GREGORIAN_ERA}){_FA_END}(?P<part>)(?P<tens_en>)",
        _words,
    ),
]
