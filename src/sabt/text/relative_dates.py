"""Relative dates: "yesterday", "last year", "two weeks ago", "that winter", پارسال، امسال.

Reports often date an event against the document's own date ("last year", "this summer",
"three days ago", امسال, ماه گذشته); those are placed against the reference date and skipped
without one. A season named against a date the text gave before ("arrested in May 1988 …
that winter") takes that date's year. Anaphoric days and shifts ("that day", "ten days
later", همان روز, چند روز بعد) and counts back beyond twelve ("forty years ago", چهل سال پیش)
get no value here: `extract/event_dates` keeps them as spans, as the gold convention asks, since
a wrong anchor would give a confident wrong date.
"""

import re
from bisect import bisect_left
from datetime import date, timedelta

from sabt.text.calendars import GREGORIAN, JALALI, month_range, season_range, today_in, year_range
from sabt.text.date_reading import DAY, MONTH, RANGE, SEASON, YEAR, Found
from sabt.text.date_words import ENGLISH_MONTH_NAMES, ENGLISH_MONTHS, SEASONS, lookup
from sabt.text.number_words import ENGLISH_UNITS, PERSIAN_UNITS

WEEK = "week"
_FA = r"(?<![\u0600-\u06ff\u200c])"  # a Persian word starts here
_FA_END = r"(?![\w\u200c])"  # and ends here: a letter or joiner may not follow ("امسال،" ends)
# How many units a count word means, as (fewest, most).
_COUNTS = {
    **{word: (n, n) for word, n in {**ENGLISH_UNITS, **PERSIAN_UNITS}.items() if 0 < n <= 12},
    "an": (1, 1), "a few": (2, 5), "several": (3, 9), "چند": (2, 5),
}  # fmt: skip
_UNITS = {
    "day": "day", "days": "day", "روز": "day", "week": "week", "weeks": "week", "هفته": "week",
    "month": "month", "months": "month", "ماه": "month", "year": "year", "years": "year",
    "سال": "year",
}  # fmt: skip
_COUNT_EN = (
    r"(?<![\w-])(?P<n>\d{1,2}|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
)
_COUNT_FA = (
    r"(?P<n_fa>\d{1,2}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند)\s+(?P<unit_fa>روز|هفته|ماه|سال)\s+"
)
_SEASON = "|".join(SEASONS)
# "This week marks ten years since …", "Today marks the anniversary of …": the period that
# marks an anniversary is the moment of writing, the subject of the sentence, not a date the
# report gives to an event.
_MARKS = r"(?!\s+(?:marks|marked|will\s+mark)\b)"
_MONTH_NAMES = "|".join(ENGLISH_MONTH_NAMES)
# "در یک هفته‌ی گذشته", "سه سال گذشته": a count before the unit makes a span of time back
# from when it was said (a duration), not the calendar week or year before the document.
# Every number word counts ("چهل سال پیش" is forty years back, no "last year").
_COUNT_BEFORE_FA = re.compile(
    r"(?:\d|(?<![\u0600-\u06ff\u200c])(?:"
    + "|".join(sorted((*PERSIAN_UNITS, "چند", "چندین"), key=len, reverse=True))
    + r"))\s+$"
)
_PATTERN = re.compile(
    "|".join(
        (
            # Against the document's date.
            r"\b(?P<today>today|tonight)\b"
            + _MARKS
            + "|"
            + _FA
            + r"(?P<today_fa>امروز|امشب)"
            + _FA_END,
            r"\b(?P<yesterday>yesterday|last\s+night)\b|"
            + _FA
            + r"(?P<yesterday_fa>دیروز|دیشب)"
            + _FA_END,
            r"(?<!the\s)\b(?P<this>this|last|next)\s+(?P<deictic>week|month|year|"
            + _SEASON
            + r")\b(?!\s+of\b|['’]s\b)"
            + _MARKS,
            _FA + r"(?P<this_year_fa>امسال|سال\s+جاری)" + _FA_END,
            _FA + r"(?P<last_year_fa>پارسال)" + _FA_END,
            r"(?<!\d\s)"
            + _FA
            + r"(?P<deictic_fa>سال|ماه|هفته)(?:\s+|\u200c)(?:ی\s+)?(?P<past_fa>گذشته|پیش)"
            + _FA_END
            + r"(?!\s+از"
            + _FA_END
            + ")",
            _COUNT_EN + r"(?P<ago>ago)\b",
            # (not the end of a compound count: "چهل و پنج سال پیش" is no "پنج سال پیش")
            _FA
            + r"(?<!و\s)"
            + _COUNT_FA
            + r"(?P<ago_fa>پیش)"
            + _FA_END
            + r"(?!\s+از"
            + _FA_END
            + ")",
            # Against the last date the text gave.
            r"\bthat\s+(?P<that>" + _SEASON + r")\b",
            _FA + r"(?:همان|ان)\s+(?P<that_fa>" + _SEASON + r")" + _FA_END,
            # "the winter of that year", زمستان همان سال
            r"\b(?:the\s+)?(?P<of_that>" + _SEASON + r")\s+of\s+that\s+year\b",
            _FA
            + r"(?P<of_that_fa>"
            + _SEASON
            + r")(?:\s+|\u200c)(?:ی\s+)?(?:همان|ان)\s+سال"
            + _FA_END,
            # "hanged that December" (a capitalised month: "that may" is a verb)
            r"\b(?-i:that|That)\s+(?P<that_month>(?-i:" + _MONTH_NAMES + r"))\b",
            # "freed last September", "due next March": against the document's date
            r"\b(?P<step_month>last|next)\s+(?P<named_month>(?-i:" + _MONTH_NAMES + r"))\b",
        )
    ),
    re.IGNORECASE,
)

# Every relative date holds one of these words; scanning for them first and trying the whole
# pattern only around them keeps the pass cheap (the alternation is slow to run everywhere).
_TRIGGER_WORDS = "today tonight yesterday ago week month year spring summer autumn fall winter"
# Written out in lower, title and upper case: a case-blind scan is several times slower.
_TRIGGER = re.compile(
    "|".join(w for word in _TRIGGER_WORDS.split() for w in (word, word.title(), word.upper()))
    + "|(?:[Tt]hat|[Ll]ast|[Nn]ext) (?:"
    + _MONTH_NAMES
    + ")|امروز|امشب|دیروز|دیشب|امسال|جاری|پارسال|گذشته|پیش|بهار|تابستان|پاییز|پائیز|زمستان"
)
_REACH = 40  # characters a relative date may run before or after its trigger word
_STEPS = {"this": 0, "last": -1, "next": 1}  # "last week" is the week one step back
Anchor = tuple[date, date, str, str]


def find_relative(
    folded: str, taken: list[tuple[int, int]], dates: list[tuple[int, Anchor]],
    reference: date | None,
) -> list[tuple[int, int, Found]]:  # fmt: skip
    """Relative dates in `folded` text outside the `taken` spans (sorted), each with its value.

    `dates` are the dates found before, as (start, value) in order: "that winter" takes the
    year of the last one before it.
    """
    starts = [at for at, _ in dates]
    out: list[tuple[int, int, Found]] = []
    for match in _around_triggers(folded):
        start, end = match.span()
        at = bisect_left(taken, (end, end))
        if at > 0 and taken[at - 1][1] > start:
            continue
        if match["deictic_fa"] and _COUNT_BEFORE_FA.search(folded, max(0, start - 12), start):
            continue
        before = bisect_left(starts, start)
        found = _read(match, reference, dates[before - 1][1] if before else None)
        if found is not None:
            out.append((start, end, found))
    return out


def _around_triggers(folded: str) -> list[re.Match[str]]:
    """The matches of the whole pattern that hold a trigger word, in order, not overlapping."""
    out: list[re.Match[str]] = []
    for trigger in _TRIGGER.finditer(folded):
        if out and out[-1].end() >= trigger.end():
            continue
        low = max(trigger.start() - _REACH, out[-1].end() if out else 0)
        # The window reaches well past the trigger, so a match holding it ends inside.
        for match in _PATTERN.finditer(folded, low, min(len(folded), trigger.end() + _REACH)):
            if match.start() <= trigger.start() and match.end() >= trigger.end():
                out.append(match)
                break
    return out


def _read(match: re.Match[str], reference: date | None, anchor: Anchor | None) -> Found | None:
    """The value of one relative date, or None when what it is relative to is not known."""
    season = match["that"] or match["that_fa"] or match["of_that"] or match["of_that_fa"]
    if season or match["that_month"]:
        if anchor is None:
            return None
        return _season_of(anchor, season) if season else _month_of(anchor, match["that_month"])
    if reference is None:
        return None
    if match["today"] or match["today_fa"] or match["yesterday"] or match["yesterday_fa"]:
        when = reference - timedelta(days=0 if match["today"] or match["today_fa"] else 1)
        return when, when, DAY, GREGORIAN
    if match["named_month"]:
        return _named_month(reference, match["named_month"], match["step_month"].lower())
    if match["ago"] or match["ago_fa"]:
        return _ago(reference, match["n"] or match["n_fa"], match["unit"] or match["unit_fa"])
    return _deictic(match, reference)


def _deictic(match: re.Match[str], reference: date) -> Found:
    """This week, last month, next year, this summer, امسال, ماه گذشته: against the document's
    date, in the calendar of the language it is written in."""
    if match["this_year_fa"] or match["last_year_fa"]:
        unit, step, calendar = "year", -1 if match["last_year_fa"] else 0, JALALI
    elif match["deictic_fa"]:
        unit, step, calendar = _UNITS[match["deictic_fa"]], -1, JALALI
    else:
        unit = match["deictic"].lower()
        step = _STEPS[match["this"].lower()]
        calendar = GREGORIAN
    if unit in _UNITS:
        return _period_of(_UNITS[unit], calendar, reference, step)
    season = str(lookup(SEASONS, unit))
    year = reference.year
    if step < 0 and season_range(GREGORIAN, year, season)[1] >= reference:
        year -= 1
    return (*season_range(GREGORIAN, year + max(step, 0), season), SEASON, GREGORIAN)


def _period_of(unit: str, calendar: str, when: date, step: int) -> Found:
    """The week, month or year (`unit`) holding `when`, `step` of them later (or earlier)."""
    if unit == "week":
        monday = when - timedelta(days=when.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), WEEK, GREGORIAN
    year, month, _ = today_in(calendar, when)
    if unit == "year":
        return (*year_range(calendar, year + step), YEAR, calendar)
    index = year * 12 + month - 1 + step
    return (*month_range(calendar, index // 12, index % 12 + 1), MONTH, calendar)


def _season_of(anchor: Anchor, word: str) -> Found:
    """ "That winter", همان تابستان: the season of the anchor's year (or years)."""
    earliest, latest = anchor[0], anchor[1]
    calendar = GREGORIAN if word.isascii() else JALALI
    first_year, last_year = today_in(calendar, earliest)[0], today_in(calendar, latest)[0]
    season = str(lookup(SEASONS, word.lower()))
    low = season_range(calendar, first_year, season)[0]
    high = season_range(calendar, last_year, season)[1]
    return low, high, SEASON if first_year == last_year else RANGE, calendar


def _month_of(anchor: Anchor, name: str) -> Found:
    """ "That December": the month in the anchor's (Gregorian) year, or years."""
    month = int(lookup(ENGLISH_MONTHS, name.lower()))
    first_year, last_year = anchor[0].year, anchor[1].year
    low = month_range(GREGORIAN, first_year, month)[0]
    high = month_range(GREGORIAN, last_year, month)[1]
    return low, high, MONTH if first_year == last_year else RANGE, GREGORIAN


def _named_month(reference: date, name: str, step: str) -> Found:
    """ "Last September": the latest September ended before the document's month; "next
    March": the first one after it."""
    month = int(lookup(ENGLISH_MONTHS, name.lower()))
    if step == "last":
        year = reference.year if month < reference.month else reference.year - 1
    else:
        year = reference.year if month > reference.month else reference.year + 1
    return (*month_range(GREGORIAN, year, month), MONTH, GREGORIAN)


def _ago(reference: date, count: str, unit: str) -> Found:
    """ "Three days ago", دو سال پیش: the document's date moved back; a vague count ("a few")
    gives the range of its fewest and most."""
    kind = _UNITS[unit.lower()]
    fewest, most = (
        (int(count),) * 2 if count.isdigit() else _COUNTS[" ".join(count.lower().split())]
    )
    low, high = _move(reference, kind, -most), _move(reference, kind, -fewest)
    return low, high, DAY if low == high else RANGE, GREGORIAN


def _move(when: date, kind: str, count: int) -> date:
    if kind == "day":
        return when + timedelta(days=count)
    if kind == "week":
        return when + timedelta(weeks=count)
    months = count * (12 if kind == "year" else 1)
    index = when.year * 12 + when.month - 1 + months
    year, month = index // 12, index % 12 + 1
    last_day = month_range(GREGORIAN, year, month)[1].day
    return when.replace(year=year, month=month, day=min(when.day, last_day))
