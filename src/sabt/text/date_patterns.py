"""The date patterns `find_dates` runs, each with the reader that turns a match into a range.

Patterns run on text folded by `date_words.fold` (ASCII digits, one Persian spelling per
letter), case-insensitively. A reader returns (earliest, latest, precision, calendar); None to
claim the span without reporting a date (a blocker: "2000 prisoners" is not a year); or
NOT_MINE to pass. Where a pattern has a "core" group, only that part is the date's span.

What a reader returns is in `date_reading`; the Persian bare years (a period of two years, a
year after a preposition) are their own table in `date_years_fa`, run here in its place.
"""

import re
from datetime import date, timedelta

from sabt.text.calendars import (
    GREGORIAN,
    HIJRI,
    JALALI,
    BadDate,
    day,
    month_range,
    season_range,
    today_in,
    year_range,
)
from sabt.text.date_decades import DECADES
from sabt.text.date_reading import (
    CONTEXT_YEARS,
    COUNTED,
    DAY,
    JALALI_YEARS,
    MONTH,
    NOT_MINE,
    RANGE,
    SEASON,
    YEAR,
    Found,
    Pass,
    Reader,
    calendar_of_year,
)
from sabt.text.date_words import (
    DARI_MONTHS,
    ENGLISH_MONTH_NAMES,
    MONTHS,
    SEASONS,
    WEEKDAYS,
    alternation,
    lookup,
)
from sabt.text.date_years_fa import PERSIAN_BARE_YEARS
from sabt.text.number_words import SCALES

_G = r"(?P<y>1[89]\d\d|20\d\d|2100)"
_J = r"(?P<y>1[234]\d\d)"
_H = r"(?P<y>1[345]\d\d)"
_ANY_Y = r"(?P<y>1[2-9]\d\d|20\d\d)"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_MAH = r"(?:\s+ماه|\u200c?ماه)?"  # مهر ماه، مهرماه، دی‌ماه
_TO = r"(?:-|to|through|until|and|تا|و)"
_ERA_WORD = (
    r"a\.?d\.?|c\.?e\.?|a\.?h\.?|s\.?h\.?|میلادی|هجری(?:\s+(?:قمری|شمسی))?|قمری|شمسی|خورشیدی"
    r"|ه\.?\s?[قش]\.?"
)
_ERA = rf"(?:\s*(?:{_ERA_WORD})(?!\w))?"


def _year(match: re.Match[str]) -> int:
    year = int(match["y"])
    return 1300 + year if year < 100 else year  # سال ۶۷ is 1367


def _ymd(calendar: str) -> Reader:
    def read(match: re.Match[str], reference: date | None) -> Found:
        month = int(lookup(MONTHS[calendar], match["mon"]))
        when = day(calendar, _year(match), month, int(match["d"]))
        return when, when, DAY, calendar

    return read


def _ym(calendar: str) -> Reader:
    def read(match: re.Match[str], reference: date | None) -> Found:
        month = int(lookup(MONTHS[calendar], match["mon"]))
        return (*month_range(calendar, _year(match), month), MONTH, calendar)

    return read


def _day_span(calendar: str) -> Reader:
    """19-20 July 1988, ۱۹ تا ۲۰ مرداد ۱۳۶۷: the days from the first to the last."""

    def read(match: re.Match[str], reference: date | None) -> Found:
        month = int(lookup(MONTHS[calendar], match["mon"]))
        first = day(calendar, _year(match), month, int(match["d1"]))
        last = day(calendar, _year(match), month, int(match["d"]))
        if first > last:
            raise BadDate(f"{match.group(0)} runs backwards")
        return first, last, RANGE, calendar

    return read


def _month_span(calendar: str) -> Reader:
    """July-September 1988, تیر تا شهریور ۱۳۶۷: the first month's first day to the last's last."""

    def read(match: re.Match[str], reference: date | None) -> Found:
        first = int(lookup(MONTHS[calendar], match["mon1"]))
        last = int(lookup(MONTHS[calendar], match["mon"]))
        if first > last:
            raise BadDate(f"{match.group(0)} runs backwards")
        year = _year(match)
        return (
            month_range(calendar, year, first)[0],
            month_range(calendar, year, last)[1],
            RANGE,
            calendar,
        )

    return read


def _end_of(match: re.Match[str], calendar: str, suffix: str) -> tuple[date, date]:
    """The first and last day of one end of a span: its day, else its whole month."""
    year = int(match["y" + suffix])
    month = int(lookup(MONTHS[calendar], match["mon" + suffix]))
    if match["d" + suffix]:
        when = day(calendar, year, month, int(match["d" + suffix]))
        return when, when
    return month_range(calendar, year, month)


def _dated_span(calendar: str) -> Reader:
    """From March 1982 to August 1983, between 3 May and 9 June 1990, از مهر ۱۳۶۰ تا مرداد
    ۱۳۶۱: one period from the first end's first day to the last end's last."""

    def read(match: re.Match[str], reference: date | None) -> Found | Pass:
        first, last = _end_of(match, calendar, "1")[0], _end_of(match, calendar, "2")[1]
        # Written backwards, it is left to be read as two dates.
        return (first, last, RANGE, calendar) if first <= last else NOT_MINE

    return read


_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# "Towards the end of January", "at the beginning of May": a month's edge is its early or late
# part, as "early" and "late" are.
_EDGES = {"beginning": "early", "start": "early", "middle": "mid", "end": "late", "close": "late"}
_EDGE = r"(?:(?:towards?|at|by|until|till|near|around|from|since|before|after)\s+)?the\s+"


def _part_of_month(match: re.Match[str], reference: date | None) -> Found | Pass:
    """Early, mid or late March (1982): days 1-10, 11-20, 21 to the end; without a year, the
    latest such month begun by the document's date (reports tell what already happened)."""
    month = int(lookup(MONTHS[GREGORIAN], match["mon"]))
    if match["y"]:
        year = int(match["y"])
    elif reference is None:
        return NOT_MINE
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    first_day, last_day = _MONTH_PARTS[_EDGES.get(match["part"].lower(), match["part"].lower())]
    start, end = month_range(GREGORIAN, year, month)
    return (
        start.replace(day=first_day),
        end.replace(day=min(last_day, end.day)),
        RANGE,
        GREGORIAN,
    )


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|till|by|during|through)\s+$", re.I)


def _month_alone(match: re.Match[str], reference: date | None) -> Found | Pass:
    """ "In May", "since July": the latest such month begun by the document's date. The month
    is capitalised ("in may" is a verb) and follows one of these prepositions."""
    before = match.string[max(0, match.start() - 8) : match.start()]
    if reference is None or not _PREPOSITION_BEFORE.search(before):
        return NOT_MINE
    month = ENGLISH_MONTH_NAMES.index(match["mon"]) + 1
    year = reference.year if month <= reference.month else reference.year - 1
    return (*month_range(GREGORIAN, year, month), MONTH, GREGORIAN)


def nearest(candidates: list[date], reference: date) -> date:
    """The candidate closest to `reference` (the earlier one on a tie)."""
    return min(candidates, key=lambda d: (abs((d - reference).days), d))


# "The May 18 Memorial Foundation", "the April 6 Youth Movement", "the 26 July Movement": a day
# and month between "the" and a capitalised word are part of a name, not a date.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")


def _names_a_body(match: re.Match[str]) -> bool:
    """Whether a day and month stand inside a proper name: "the" before, a capital after."""
    text = match.string
    return bool(
        _THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
        and _CAPITAL_AFTER.match(text, match.end())
    )


def _day_month(calendar: str) -> Reader:
    """A day and month without a year: the one nearest the document's date."""

    def read(match: re.Match[str], reference: date | None) -> Found | Pass | None:
        if _names_a_body(match):
            return None  # the span is claimed, so that its day is no count either
        if reference is None:
            return NOT_MINE
        month = int(lookup(MONTHS[calendar], match["mon"]))
        year = today_in(calendar, reference)[0]
        options = []
        for y in (year - 1, year, year + 1):
            try:
                options.append(day(calendar, y, month, int(match["d"])))
            except BadDate:
                continue  # 29 February, 30 Esfand in a common year
        when = nearest(options, reference)
        return when, when, DAY, calendar

    return read


def _numeric(match: re.Match[str], reference: date | None) -> Found:
    year = int(match["y"])
    calendar = calendar_of_year(year)
    when = day(calendar, year, int(match["m"]), int(match["d"]))
    return when, when, DAY, calendar


def _season(match: re.Match[str], reference: date | None) -> Found:
    year = _year(match)
    calendar = calendar_of_year(year)
    season = str(lookup(SEASONS, match["season"]))
    return (*season_range(calendar, year, season), SEASON, calendar)


def _era_calendar(era: str, year: int) -> str:
    """AH, قمری, ه.ق → Hijri; SH, شمسی, خورشیدی, ه.ش → Jalali; AD, CE, میلادی → Gregorian.
    A bare هجری is either Hijri; the year decides, Solar Hijri where both fit."""
    era = re.sub(r"[.\s]", "", era.lower())
    if era in ("ah", "هق") or "قمری" in era:
        return HIJRI
    if era in ("sh", "هش") or "شمسی" in era or "خورشیدی" in era:
        return JALALI
    if era == "هجری":
        return JALALI if JALALI_YEARS[0] <= year <= JALALI_YEARS[1] else HIJRI
    return GREGORIAN


def _year_with_era(match: re.Match[str], reference: date | None) -> Found:
    year = int(match["y"])
    calendar = _era_calendar(match["era"], year)
    return (*year_range(calendar, year), YEAR, calendar)


def _year_after_sal(match: re.Match[str], reference: date | None) -> Found:
    year = _year(match)
    calendar = calendar_of_year(year)
    return (*year_range(calendar, year), YEAR, calendar)


def _context_year(match: re.Match[str], reference: date | None) -> Found | Pass:
    year = int(match["y"])
    if not CONTEXT_YEARS[0] <= year <= CONTEXT_YEARS[1]:
        return NOT_MINE
    return (*year_range(GREGORIAN, year), YEAR, GREGORIAN)


_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _part_of_year(match: re.Match[str], reference: date | None) -> Found:
    first, last = _YEAR_PARTS[match["part"].lower()]
    year = int(match["y"])
    earliest, latest = month_range(GREGORIAN, year, first)[0], month_range(GREGORIAN, year, last)[1]
    return earliest, latest, RANGE, GREGORIAN


_FIRST_HALF = frozenset(("first", "اول", "نخست"))


def _half_year(match: re.Match[str], reference: date | None) -> Found:
    """The first or second half of 1988, نیمه‌ی دوم / شش ماه دوم سال ۱۳۶۰: six whole months."""
    year = _year(match)
    calendar = calendar_of_year(year)
    first = 1 if match["half"].lower() in _FIRST_HALF else 7
    return (
        month_range(calendar, year, first)[0],
        month_range(calendar, year, first + 5)[1],
        RANGE,
        calendar,
    )


def _years(match: re.Match[str]) -> Found | None:
    first, second = int(match["y1"]), int(match["y2"])
    if second < 100:
        second += first - first % 100
    if not (CONTEXT_YEARS[0] <= first < second <= CONTEXT_YEARS[1]):
        return None
    return year_range(GREGORIAN, first)[0], year_range(GREGORIAN, second)[1], RANGE, GREGORIAN


def _year_span(match: re.Match[str], reference: date | None) -> Found | Pass:
    """1988-89, 1988–1990: a range when both ends are years."""
    found = _years(match)
    return NOT_MINE if found is None else found


def _between_years(match: re.Match[str], reference: date | None) -> Found | None:
    """Between 1987 and 1989 is a range; between 2000 and 3000 (prisoners) is no date at all."""
    return _years(match)


def weekday_on(reference: date, weekday: int, relation: str) -> date:
    """The weekday a text means: "next" after its date, "last" before it, and a bare weekday
    the most recent one on or before it (reports tell what already happened)."""
    if relation == "next":
        return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    back = (reference.weekday() - weekday) % 7
    if relation == "last" and back == 0:
        back = 7
    return reference - timedelta(days=back)


# نماز جمعه (Friday prayers) and امام جمعه (who leads them) name no day; "the following
# Monday" is placed against an event, and "Easter Sunday" is a feast (spans with no value).
# After a city or a movement to a place (شهر دوشنبه، وارد دوشنبه شدند، انتقال به دوشنبه) the
# word is the city Dushanbe, no Monday.
_NO_WEEKDAY_BEFORE = re.compile(
    r"(?:(?:نماز|امام)[\s\u200c]|\b(?:following|previous|preceding|same|that|the\s+next"
    r"|easter|palm|good|holy)\s+"
    r"|(?<![\w\u200c])(?:شهر|وارد|پایتخت|(?:انتقال|سفر|تبعید|اعزام)\s+به)\s+)$",
    re.IGNORECASE,
)


def _weekday(match: re.Match[str], reference: date | None) -> Found | Pass:
    before = match.string[max(0, match.start() - 16) : match.start()]
    if reference is None or _NO_WEEKDAY_BEFORE.search(before):
        return NOT_MINE
    relation = (match["rel"] or "").lower()
    when = weekday_on(reference, int(lookup(WEEKDAYS, match["wd"])), relation)
    return when, when, DAY, GREGORIAN


def _blocked(match: re.Match[str], reference: date | None) -> None:
    return None


def _month_patterns(calendar: str, year: str) -> list[tuple[str, Reader]]:
    months = alternation(MONTHS[calendar])
    # A Persian month name may carry the ezafe (ژانویه‌ی ۲۰۱۰); joined to another word it is
    # part of that word.
    name = rf"(?P<mon>{months})(?:\b(?:\u200cی\b)?(?!\u200c(?!ماه))|(?=ماه))\.?"
    short = r"(?P<y>\d\d)" if calendar == JALALI else None
    out: list[tuple[str, Reader]] = [
        (rf"\b{_D}\s*(?:of\s+)?{name}{_MAH},?\s+(?:سال\s+)?{year}\b{_ERA}", _ymd(calendar)),
        (rf"\b{name}\s+{_D},?\s+{year}\b{_ERA}", _ymd(calendar)),
        (rf"\b{name}{_MAH},?\s+(?:of\s+|سال\s+)?{year}\b{_ERA}", _ym(calendar)),
        (
            rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*{_TO}\s*{_D}\s*(?:of\s+)?{name}{_MAH},?"
            rf"\s+(?:سال\s+)?{year}\b{_ERA}",
            _day_span(calendar),
        ),
        (
            rf"\b(?P<mon1>{months})\b\.?{_MAH}\s*{_TO}\s*{name}{_MAH},?\s+(?:of\s+|سال\s+)?{year}"
            rf"\b{_ERA}",
            _month_span(calendar),
        ),
    ]
    # Both ends written with their month and year, each perhaps with its day (a Hijri period
    # across years is rare enough not to scan for).
    ends = [
        rf"(?:(?P<d{n}>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon{n}>{months})\b\.?{_MAH}"
        rf",?\s+(?:of\s+|سال\s+)?{year.replace('(?P<y>', f'(?P<y{n}>')}\b{_ERA}"
        for n in (1, 2)
    ]
    if calendar != HIJRI:
        out.append(
            (
                rf"\b(?:from|between|از)\s+{ends[0]}\s*(?:to|until|till|through|and|-|تا)\s+"
                rf"{ends[1]}",
                _dated_span(calendar),
            )
        )
    if short:
        out += [
            (rf"\b{_D}\s*{name}{_MAH}\s+سال\s+{short}\b", _ymd(calendar)),
            (rf"\b{name}{_MAH}\s+سال\s+{short}\b", _ym(calendar)),
        ]
    if calendar == GREGORIAN:
        out.append((rf"\b(?P<part>early|mid|late)[- ]\s*{name}(?:,?\s+{year}\b)?", _part_of_month))
        out.append(
            (
                rf"\b{_EDGE}(?P<part>{'|'.join(_EDGES)})\s+of\s+(?-i:(?P<mon>"
                rf"{'|'.join(ENGLISH_MONTH_NAMES)}))\b(?:,?\s+{year}\b)?",
                _part_of_month,
            )
        )
        # Case-sensitive, so the scan runs on capitals: the preposition is checked by the reader.
        out.append((rf"\b(?-i:(?P<mon>{'|'.join(ENGLISH_MONTH_NAMES)}))\b", _month_alone))
    if calendar != HIJRI:
        out += [
            (rf"\b{_D}\s*(?:of\s+)?{name}", _day_month(calendar)),
            (rf"\b{name}\s+{_D}\b(?!\s*[,/.-]?\s*\d)", _day_month(calendar)),
        ]
    return out


def _dari(match: re.Match[str], reference: date | None) -> Found:
    """۱۸ میزان ۱۳۸۷، سرطان ۱۳۸۸: an Afghan month name, read only before a solar year."""
    month = int(lookup(DARI_MONTHS, match["mon"]))
    if match["d"]:
        when = day(JALALI, _year(match), month, int(match["d"]))
        return when, when, DAY, JALALI
    return (*month_range(JALALI, _year(match), month), MONTH, JALALI)


# The Dari names are common words, and a number after one is often a quantity, no year: "به
# میزان ۱۳۵۰ میلیارد ریال" (to the amount of), "حمل ۱۴۰۰ تن گندم" (carrying 1,400 tonnes), "سرطان
# ۱۴۰۰ نفر" (cancer, in 1,400 people). No such name after به, nor before a count's scale or unit.
_DARI_NOT_A_QUANTITY = (
    r"(?!\s*(?:"
    + "|".join(w for w in SCALES if not w.isascii())
    + r"|نفر|تن|تومان|ریال|دلار|افغانی|درصد|کیلو|متر)(?![\w\u200c]))"
)
_SEASON = rf"(?P<season>{alternation(SEASONS)})"
_RAW: list[tuple[str, Reader]] = [
    *_month_patterns(GREGORIAN, _G),
    *_month_patterns(JALALI, _J),
    (
        rf"\b(?:{_D}\s*)?(?<!به\s)(?P<mon>{alternation(DARI_MONTHS)}){_MAH}\s+(?:سال\s+)?{_J}\b"
        + _DARI_NOT_A_QUANTITY
        + _ERA,
        _dari,
    ),
    *_month_patterns(HIJRI, _H),
    (
        r"(?<![\d/.-])(?P<y>\d{4})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/]|[.-]\d)",
        _numeric,
    ),
    (
        r"(?<![\d/.-])(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d/]|[.-]\d)",
        _numeric,
    ),
    (rf"\b(?:the\s+)?{_SEASON}\s+(?:of\s+)?(?:سال\s+)?{_ANY_Y}\b", _season),
    (rf"\b{_SEASON}\s+سال\s+(?P<y>\d\d)\b", _season),
    # پاییز ۶۷ (a Persian season and two digits, not a count: "تابستان ۳۰ نفر")
    (
        r"(?<![\w\u200c])(?P<season>بهار|تابستان|پاییز|پائیز|زمستان)\s+(?P<y>\d\d)\b(?![.,/]\d)"
        r"(?!\s*(?:" + COUNTED + r"|هزار|صد|درصد|میلیون)(?![\w\u200c]))",
        _season,
    ),
    *DECADES,
    (rf"\b(?P<y>\d{{4}})\s*(?P<era>{_ERA_WORD})(?!\w)", _year_with_era),
    # سال ۱۳۶۰، سال‌های ۱۳۶۰ و ۱۳۶۱ (the years 1360 and 1361): each year after سال or its plural
    # ("سال‌های ۱۳۶۰ تا ۱۳۶۷" is a range, left to the range patterns)
    (
        r"سال(?:\u200c?ها(?:ی)?(?=\s+\d{4}\s+و\s))?\s+"
        r"(?P<y>1[2-9]\d\d|20\d\d|(?<=سال\s)\d\d)\b(?!\s*(?:" + COUNTED + "))",
        _year_after_sal,
    ),
    (
        r"و(?<=(?:سال|های)\s\d{4}\sو)\s+(?P<core>(?P<y>1[2-9]\d\d|20\d\d))\b"
        r"(?!\s*(?:" + COUNTED + "))",
        _year_after_sal,
    ),
    (
        r"\b(?:in|of|since|during|until|till|by|from|to|before|after|around|circa|c\.|ca\.|and"
        r"|through|throughout|year|the)\s+(?:the\s+)?(?:year\s+)?(?P<core>(?P<y>\d{4}))\b"
        r"(?![.,]\d)",
        _context_year,
    ),
    (r"\b(?P<part>early|mid|late)[- ]\s*(?P<y>19\d\d|20\d\d)\b", _part_of_year),
    (
        r"\b(?P<half>first|second|latter)\s+half\s+of\s+(?:the\s+year\s+)?"
        r"(?P<y>19\d\d|20\d\d)\b",
        _half_year,
    ),
    (
        r"(?:نیمه(?:\u200cی|\s+ی)?|شش\s+ماه(?:ه|\u200cی|\s+ی)?)\s+(?P<half>اول|دوم|نخست)\s+"
        r"(?:سال\s+)?(?P<y>1[234]\d\d|(?<=سال\s)\d\d)\b",
        _half_year,
    ),
    (r"\b(?P<y1>19\d\d|20\d\d)\s*-\s*(?P<y2>\d\d|19\d\d|20\d\d)\b(?![-/.]\d)", _year_span),
    (r"\bbetween\s+(?P<y1>\d{4})\s+and\s+(?P<y2>\d{4})\b", _between_years),
    *PERSIAN_BARE_YEARS,
    (rf"\b\d{{4}}\s+(?:{COUNTED})\b", _blocked),
    # "Friday prayers" are no date.
    (rf"\b(?:(?P<rel>last|next)\s+)?(?P<wd>{alternation(WEEKDAYS)})\b(?!\s+prayers?)", _weekday),
    # "the 1988 massacre", "its 1984 report", "© 2020": a year naming an event or a work.
    (
        r"\b(?P<core>(?P<y>19\d\d|20\d\d))\s+(?:massacres?|killings|uprising|revolution|"
        r"elections?|protests|coup|genocide|war|crackdown|reports?|constitution|referendum|"
        r"earthquake|famine|riots|purges?)\b",
        _context_year,
    ),
    (r"©\s*(?P<core>(?P<y>\d{4}))\b", _context_year),
    # "its 2017 casebook" (a possessive and one singular noun: "their 2000 members" counts),
    # "Srebrenica, 1995: …" (a year alone between a comma and a colon, a title's)
    (
        r"\b(?:its|their|his|her|our)\s+(?P<core>(?P<y>19\d\d|20\d\d))\s+(?-i:[a-z]+)(?<!s)\b",
        _context_year,
    ),
    (r",\s*(?P<core>(?P<y>19\d\d|20\d\d))\s*(?=:|\n)", _context_year),
]
PATTERNS = [(re.compile(pattern, re.IGNORECASE), reader) for pattern, reader in _RAW]
