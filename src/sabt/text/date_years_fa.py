"""Bare years in Persian text: a period of two years, a year after a preposition of time, after
an event's noun or in a title, a year in words after سال (سال شصت و هفت).

A Persian report names a year with no month or era (از ۱۳۹۳ تا ۱۳۹۹, در ۱۳۶۷, پس از 1988), and
the same four digits also count people or villages; these patterns decide by the years a modern
report names (`REPORT_YEARS`, which the claim finder shares) and by the words around. They run
inside `date_patterns`' table, at the place `PERSIAN_BARE_YEARS` stands there.
"""

import re
from datetime import date

from sabt.text.calendars import GREGORIAN, JALALI, year_range
from sabt.text.date_reading import COUNTED, NOT_MINE, TENS_FA, YEAR, Found, Pass, Reader

# Bare years in a Persian period: the Solar Hijri years a modern report names, or Gregorian ones
# (also what the claim finder takes for a period rather than a count), and their digits.
REPORT_YEARS = ((1300, 1420, JALALI), (1900, 2030, GREGORIAN))
REPORT_YEAR_DIGITS = r"1[34]\d\d|19\d\d|20[0-3]\d"
PERIOD_LONGEST_YEARS = 50  # years: "از ۱۹۰۰ تا ۲۰۰۰" is more likely a count than a period


def _fa_period_end(match: re.Match[str], reference: date | None) -> Found | Pass:
    """One end of از ۱۳۹۳ تا ۱۳۹۹, سال‌های ۱۳۶۰ تا ۱۳۶۴, بین ۲۰۰۵ و ۲۰۰۹: each end is a year
    (the gold writes a period of bare years as two dates) when both ends are years of one
    calendar, in order and no more than a lifetime apart, and not both round fifties ("بین ۱۳۵۰
    تا ۱۴۰۰ معترض" counts protesters); else the pair is a range of counts."""
    ends = match.groupdict()
    first, second = int(ends.get("y1") or ends["y"]), int(ends.get("y2") or ends["y"])
    if first % 50 == 0 and second % 50 == 0:
        return NOT_MINE
    for low, high, calendar in REPORT_YEARS:
        if low <= first < second <= high and second - first <= PERIOD_LONGEST_YEARS:
            return (*year_range(calendar, int(match["y"])), YEAR, calendar)
    return NOT_MINE


def _fa_period_patterns() -> list[tuple[str, Reader]]:
    """The two ends of a Persian period of bare years, each its own pattern ("core" = the end).

    It opens with از, بین, میان, سال‌های or در ("در ۱۹۷۸ و ۱۹۷۹", in both years; not بیش از /
    کمتر از: "more than 1350 to …" is a count), and no counted noun follows it ("از ۱۳۰۰ تا
    ۱۴۰۰ نفر")."""
    opening = (
        r"(?<![\u0600-\u06ff\u200c])(?<!بیش\s)(?<!کمتر\s)"
        r"(?:از|بین|میان|در|سال(?:\u200c?ها(?:ی)?))\s+(?:سال\s+)?"
    )
    link = r"\s+(?:تا|و)\s+(?:سال\s+)?"
    closing = r"\b(?!\s*(?:" + COUNTED + r"))"
    return [
        (rf"{opening}(?P<core>(?P<y>\d{{4}}))(?={link}(?P<y2>\d{{4}}){closing})", _fa_period_end),
        (rf"{opening}(?P<y1>\d{{4}}){link}(?P<core>(?P<y>\d{{4}})){closing}", _fa_period_end),
    ]


def _fa_year_after_preposition(match: re.Match[str], reference: date | None) -> Found | Pass:
    """در ۱۳۶۷, پس از ۱۳۵۷, تا ۱۳۶۰, در 1988: a bare year after a Persian preposition of time,
    when it is a year a modern report names (Solar Hijri 1300-1420, Gregorian 1900-2030).

    "تا 2000 معترض" is "up to 2000 protesters": after تا a Gregorian year is one only where
    no noun follows it, the clause going on with a preposition, an adverb or a stop ("تا 1989
    در تبعید ماند", until 1989)."""
    year = int(match["y"])
    for low, high, calendar in REPORT_YEARS:
        if not low <= year <= high:
            continue
        until = calendar == GREGORIAN and match[0].startswith("تا")
        if until and not _CLAUSE_GOES_ON.match(match.string, match.end()):
            return NOT_MINE
        return (*year_range(calendar, year), YEAR, calendar)
    return NOT_MINE


# What may follow a year that closes "until …" where a counted noun would follow a count.
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[،,؛;.:)»]|(?:در|به|از|بر|با|حتی|هم|نیز|هنوز|همچنان)(?![\w\u200c]))"
)


def _report_year(match: re.Match[str], reference: date | None) -> Found | Pass:
    """A year a modern report names, of the calendar its digits say (REPORT_YEARS)."""
    year = int(match["y"])
    for low, high, calendar in REPORT_YEARS:
        if low <= year <= high:
            return (*year_range(calendar, year), YEAR, calendar)
    return NOT_MINE


# Nouns a count in year range may count after در or تا ("در ۱۳۵۰ روستا", "تا ۲۰۰۰ مورد"):
# then it is no year.
_FA_COUNTED_THINGS = r"مورد|روستا|خانه|خانوار|خانواده|پرونده|نقطه|شهر|کیلومتر|متر|ریال|تومان|دلار"
_FA_YEAR_AFTER_PREPOSITION = (
    # (not "۱۳۱۰ تا ۱۳۲۰ زخمی": تا after a figure links a range)
    r"(?<![\w\u200c])(?<!\d\s)(?:در|تا|(?:پس|بعد|پیش|قبل)\s+از|اواخر|اوایل|اواسط)\s+"
    rf"(?P<core>(?P<y>{REPORT_YEAR_DIGITS}))\b(?![.,/]\d)"
    r"(?!\s*(?:" + COUNTED + "|" + _FA_COUNTED_THINGS + r")(?![\w\u200c]))"
)

# A Solar Hijri year (a Gregorian one there is as likely a count) after از with no تا after it
# ("از ۱۳۶۴ قائم‌مقام بود", since 1364), after an event's noun ("بازداشت‌های ۱۳۶۱"، "انقلاب
# ۱۳۵۷"، "کشتار ۱۳۶۷"), or alone between a comma and a colon in a title ("گنبد، ۱۳۵۸: …").
_EVENT_NOUNS = (
    r"انقلاب|کودتا|کشتار|قتل\u200c?عام|اعدام|اعتراض|اعتراضات|انتخابات|جنگ|قیام|زلزله|بازداشت"
    r"|سرکوب|اعتصاب|اعتصابات|ناارامی|تظاهرات|جنبش|رویداد|حوادث|وقایع|درگیری|فاجعه|محاکمه"
)
_JALALI_YEAR_IN_CONTEXT = (
    r"(?:(?<![\w\u200c])(?<!بیش\s)(?<!کمتر\s)(?<!یکی\s)از\s+(?=\d{4}\b(?!\s+(?:تا|و|-)\s))"
    rf"|(?<![\w\u200c])(?:{_EVENT_NOUNS})(?:\u200c?ها(?:ی)?)?\s+|،\s*(?=\d{{4}}\s*[:؛\n]))"
    r"(?P<core>(?P<y>13\d\d|14[01]\d))\b(?![.,/]\d)"
    r"(?!\s*(?:" + COUNTED + "|" + _FA_COUNTED_THINGS + r")(?![\w\u200c]))"
)


# A year that a noun takes in the singular ezafe ("خاطره‌ی ۱۳۷۰", "گزارش سالانه‌ی ۱۹۷۵",
# "زاده‌ی ۱۳۱۲": the memory, report, born of that year); a count comes before its noun, not after
# an ezafe. Nouns that number things take any figure (قطعنامه‌ی ۱۳۲۵ is a resolution's number).
_NUMBERING_NOUNS = r"قطعنامه|شماره|ماده|بند|اصل|پلاک|کد|صفحه|پرونده|ردیف"
_YEAR_AFTER_EZAFE = (
    rf"(?<![\w\u200c])(?!(?:{_NUMBERING_NOUNS})(?:\u200c|\s))[\w\u200c]*\w(?:\u200cی|ه\s+ی)\s+"
    rf"(?P<core>(?P<y>{REPORT_YEAR_DIGITS}))\b(?![.,/]\d)"
    r"(?!\s*(?:" + COUNTED + "|" + _FA_COUNTED_THINGS + r")(?![\w\u200c]))"
)


def _fa_jalali_year(match: re.Match[str], reference: date | None) -> Found:
    return (*year_range(JALALI, int(match["y"])), YEAR, JALALI)


# A year in words after سال, as memoirs and testimony say it: سال شصت و هفت is 1367.
_UNITS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9}
_YEAR_IN_WORDS = (
    rf"(?<![\w\u200c])سال\s+(?P<tens>{'|'.join(TENS_FA)})"
    rf"(?:[\s\u200c]*و[\s\u200c]*(?P<unit>{'|'.join(_UNITS)}))?(?![\w\u200c])"
    r"(?![\s\u200c]*و[\s\u200c]*\w)"  # (not سال بیست و پنجم, the twenty-fifth year)
    r"(?!\s*(?:" + COUNTED + r")(?![\w\u200c]))"
)


def _fa_year_in_words(match: re.Match[str], reference: date | None) -> Found:
    """سال شصت و هفت, سال پنجاه و هفت: the Solar Hijri year 13xx said in words."""
    year = 1300 + TENS_FA[match["tens"]] + (_UNITS[match["unit"]] if match["unit"] else 0)
    return (*year_range(JALALI, year), YEAR, JALALI)


PERSIAN_BARE_YEARS: list[tuple[str, Reader]] = [
    *_fa_period_patterns(),
    (_FA_YEAR_AFTER_PREPOSITION, _fa_year_after_preposition),
    (_YEAR_IN_WORDS, _fa_year_in_words),
    (_JALALI_YEAR_IN_CONTEXT, _fa_jalali_year),
    (_YEAR_AFTER_EZAFE, _report_year),
]
