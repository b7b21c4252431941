"""Quantities in English and Persian text: "about 30,000", "بیش از پنج هزار", "hundreds".

A figure in a source is rarely exact, and how it is hedged is part of the claim: "at least
5,000" and "about 30,000" must not be averaged into one number. `find_numbers` returns what the
number is (`value`, None when the source gave none), the bounds its wording implies (`low`,
`high`, None where unbounded) and the hedge (`qualifier`), with the span it came from.

Dates are not quantities: spans the date finder claims ("in 1988", "24 مرداد ۱۳۶۷") are
skipped (pass `skip_dates=False` to keep them).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from sabt.text import number_words as w
from sabt.text.date_words import fold as fold_date_text
from sabt.text.dates import claimed_spans
from sabt.text.spans import SpanSet


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as a source states it; see the module docstring for the fields."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Number:
    value: float
    scale: int  # the scale word it carried (1000 for "30 thousand"), 1 if none
    start: int
    end: int


_SEPARATORS = str.maketrans({"٬": ",", "٫": ".", "،": ",", "\u00a0": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Digits to ASCII, Persian separators to , and . — one character for one."""
    return fold_date_text(text).translate(_SEPARATORS)


_SCALE = "|".join(sorted(w.SCALES, key=len, reverse=True))
_DIGITS = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:(?P<sep>[,.\u2009])\d{3})(?:(?P=sep)\d{3})*|\d+)"
    r"(?:(?P<dec>[.,])(?P<frac>\d+))?(?![\w]|[.,]\d)"
    rf"(?:[\s\u200c]*(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)


def _starts(*patterns: str) -> str:
    """A lookahead on the first letters the words (or "a|b" alternatives) can start with: the
    scans below try many alternatives at each position, and skipping the positions no word
    starts at makes them several times faster on long texts."""
    words = [word for pattern in patterns for word in pattern.split("|")]
    letters = {c for word in words for c in (word[0].lower(), word[0].upper())}
    return "(?=[" + re.escape("".join(sorted(letters))) + "])"


_NUMBER_WORD = "|".join(
    sorted([*w.ENGLISH_UNITS, *w.PERSIAN_UNITS, *w.SCALES, *w.MULTIPLIERS], key=len, reverse=True)
)
_WORDS = re.compile(
    _starts(*w.ENGLISH_UNITS, *w.PERSIAN_UNITS, *w.SCALES, *w.MULTIPLIERS)
    # A word glued by a ZWNJ to the letters before it is part of another word: سی in بی‌بی‌سی.
    + rf"\b(?<!\u200c)(?:{_NUMBER_WORD})\b"
    # Persian joins the parts of a compound with و, spaced or glued by a ZWNJ: "چهل و پنج",
    # "چهل‌وپنج", "سیصد‌و‌بیست"
    + rf"(?:(?:[\s-]+(?:and[\s-]+)?|[\s\u200c]+و[\s\u200c]*|[\s\u200c]+)(?:{_NUMBER_WORD})\b)*",
    re.IGNORECASE,
)
_UNIT = "|".join(sorted([*w.ENGLISH_UNITS, *w.PERSIAN_UNITS], key=len, reverse=True))
_FRACTION_WORDS = list(w.FRACTIONS)
_FRACTION = re.compile(
    _starts(*"0123456789", *w.ENGLISH_UNITS, *w.PERSIAN_UNITS, *w.FRACTIONS)
    + rf"(?<!\w)(?:(?P<whole>\d+|{_UNIT})\s+(?:and\s+a|و)\s+)?"
    r"(?P<part>" + "|".join(f"(?P<f{i}>{p})" for i, p in enumerate(_FRACTION_WORDS)) + ")"
    rf"\s+(?P<scale>{_SCALE})\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    _starts(*w.VAGUE)
    + "(?:"
    + "|".join(f"(?P<v{i}>\\b(?:{p})\\b)" for i, p in enumerate(w.VAGUE))
    + ")",
    re.IGNORECASE,
)
# "4 or 5 prisoners", "۴ یا ۵ نفر": two figures offered as alternatives bound one count too.
_RANGE_LINK = re.compile(r"^\s*(?:-|–|—|to|تا|الی)\s*$|^\s+(?:or|یا)\s+$", re.IGNORECASE)
_AND_LINK = re.compile(r"^\s*(?:and|و)\s*$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:^|(?<=\s))(?:between|from|از|بین|میان)\s*$", re.IGNORECASE)
_COMPOUND_LINK = re.compile(r"^\s+و\s+$")
# "sentenced the four to 30 years", "condemned each of the 12 to 20 years": after a verb of
# sentencing the first figure counts the people, the second their term; "to" joins no range.
_SENTENCED_BEFORE = re.compile(
    r"\b(?:sentenced|sentencing|condemned|condemning|jailed|jailing)\s+"
    r"(?:(?:each|all|both)\s+of\s+)?(?:the\s+|them\s+|these\s+|those\s+)?$",
    re.IGNORECASE,
)


def _digits_value(match: re.Match[str]) -> float:
    integer = match["int"]
    if match["sep"]:
        integer = integer.replace(match["sep"], "")
    return float(f"{integer}.{match['frac']}") if match["frac"] else float(integer)


_NOR_BEFORE = re.compile(r"(?<![\w\u200c])و\s+$")
# Between the words of a number phrase; a و glued to the next word ("چهل‌وپنج") goes with it.
_WORD_SPLIT = re.compile(r"[\s\u200c-]+(?:و(?=[^\s\u200c]))?")


def _words_value(phrase: str, after: str = "", before: str = "") -> tuple[float, int] | None:
    """The value of a phrase of number words and its scale; None for a word that is a number
    only with another ("a", نه, ده), unless `after` (the text that follows) opens with a
    counted noun (ده زن, نه عضو; یک only before نفر or تن) and, for نه, `before` (the text
    before) does not end in و ("نه زن و نه مرد": neither … nor)."""
    words = [t for t in _WORD_SPLIT.split(phrase.lower()) if t not in ("and", "و")]
    if len(words) == 1 and words[0] in w.NOT_ALONE:
        counted = w.COUNTED_AFTER_ONE if words[0] == "یک" else w.COUNTED_AFTER_ALONE
        nor = words[0] == "نه" and _NOR_BEFORE.search(before)
        if words[0].isascii() or nor or not counted.match(after):
            return None
    total, current, scale = 0, 0, 1
    for word in words:
        if word in w.SCALES:
            scale = w.SCALES[word]
            total += (current or 1) * scale
            current = 0
        elif word in w.MULTIPLIERS:
            current = (current or 1) * w.MULTIPLIERS[word]
        else:
            current += w.ENGLISH_UNITS.get(word, w.PERSIAN_UNITS.get(word, 0))
    return float(total + current), scale


def _fraction(match: re.Match[str]) -> _Number:
    """ "two and a half million" as 2,500,000: the whole, its part, times the scale."""
    scale = w.SCALES[match["scale"].lower()]
    whole = match["whole"] or "0"
    unit = float(whole) if whole.isdigit() else w.ENGLISH_UNITS.get(whole.lower(), 0)
    unit = unit or w.PERSIAN_UNITS.get(whole, 0)
    part = next(w.FRACTIONS[p] for i, p in enumerate(_FRACTION_WORDS) if match[f"f{i}"])
    return _Number((unit + part) * scale, scale, match.start(), match.end())


def _numbers(folded: str) -> list[_Number]:
    """Digits and number words; a number glued to a letter (19th, G20, ۲۴ام) is none."""
    found = []
    digits = SpanSet()
    for match in _FRACTION.finditer(folded):
        found.append(_fraction(match))
        digits.add(match.start(), match.end())
    for match in _DIGITS.finditer(folded):
        if digits.overlaps(match.start(), match.end()):
            continue
        scale = w.SCALES[match["scale"].lower()] if match["scale"] else 1
        found.append(_Number(_digits_value(match) * scale, scale, match.start(), match.end()))
        digits.add(match.start(), match.end())
    for match in _WORDS.finditer(folded):
        parsed = _words_value(
            match.group(0),
            folded[match.end() : match.end() + 60],
            folded[max(0, match.start() - 3) : match.start()],
        )
        if parsed is not None and not digits.overlaps(match.start(), match.end()):
            found.append(_Number(parsed[0], parsed[1], match.start(), match.end()))
    return sorted(found, key=lambda n: n.start)


def _compounds(folded: str, numbers: list[_Number]) -> list[_Number]:
    """ "۱۳ هزار و ۱۶۰", "دو هزار و ۵۰۰", "۱ میلیون و ۲۰۰ هزار": a figure with a scale word and
    a smaller one joined to it by و are one figure (13,160), as Persian writes digits with
    words; "بین ۳ و ۵ هزار" (no scale on the first) stays a range."""
    out: list[_Number] = []
    for number in numbers:
        last = out[-1] if out else None
        if (
            last is not None
            and last.scale > 1
            and 0 < number.value < last.scale
            and _COMPOUND_LINK.match(folded[last.end : number.start])
        ):
            # what may still join is below the smaller scale: "۱ میلیون و ۲۰۰ هزار و ۵۰۰"
            scale = number.scale if number.scale > 1 else last.scale
            out[-1] = _Number(last.value + number.value, scale, last.start, number.end)
        else:
            out.append(number)
    return out


def _bounds(qualifier: str, low: float, high: float) -> tuple[float | None, float | None]:
    if qualifier in (w.AT_LEAST, w.MORE_THAN):
        return low, None
    if qualifier in (w.NEARLY, w.UP_TO, w.FEWER_THAN, w.AT_MOST):
        return None, high
    return low, high


def _hedged(folded: str, start: int, end: int) -> tuple[str, int, int]:
    """The qualifier around [start, end) and the span widened to take it in."""
    # bounded slices: the qualifier tables read 40 characters back and 20 on, and copying the
    # whole text around each number made long texts quadratic
    before = w.qualifier_before(folded[max(0, start - 40) : start])
    after = w.qualifier_after(folded[end : end + 20])
    qualifier = w.EXACT
    if before:
        qualifier, start = before[0], start - before[1]
    if after:
        qualifier, end = after[0], end + after[1]
    return qualifier, start, end


def _ranges(folded: str, numbers: list[_Number]) -> tuple[list[Quantity], set[int]]:
    """ "between 20 and 30", "20 to 30 thousand", "از ۱۰ تا ۲۰": pairs read as one range."""
    out: list[Quantity] = []
    used: set[int] = set()
    for i, (a, b) in enumerate(pairwise(numbers)):
        if i in used:
            continue
        link = folded[a.end : b.start]
        opener = _RANGE_OPENER.search(folded[max(0, a.start - 12) : a.start])
        if not (_RANGE_LINK.match(link) or (opener and _AND_LINK.match(link))):
            continue
        if link.strip().lower() == "to" and _SENTENCED_BEFORE.search(
            folded, max(0, a.start - 40), a.start
        ):
            continue
        low = a.value * b.scale if a.scale == 1 and a.value * b.scale <= b.value else a.value
        if low > b.value:
            continue
        start = a.start - len(opener.group(0)) if opener else a.start
        out.append(Quantity(None, low, b.value, w.BETWEEN, "", start, b.end))
        used.update((i, i + 1))
    return out, used


def _vague(folded: str) -> list[Quantity]:
    out = []
    for match in _VAGUE.finditer(folded):
        assert match.lastgroup is not None
        low, high = list(w.VAGUE.values())[int(match.lastgroup[1:])]
        qualifier, start, end = _hedged(folded, match.start(), match.end())
        low_bound, high_bound = _bounds(qualifier, low, high)
        out.append(
            Quantity(None, low_bound, high_bound, qualifier or w.VAGUE_AMOUNT, "", start, end)
        )
    return out


def _span_set(spans: Iterable[tuple[int, int]]) -> SpanSet:
    out = SpanSet()
    for start, end in spans:
        out.add(start, end)
    return out


def find_numbers(text: str, *, skip_dates: bool = True) -> list[Quantity]:
    """Every quantity in `text`, in order, with its hedge and bounds."""
    folded = fold(text)
    vague = _vague(folded)
    # "several hundred", "ده‌ها هزار": the vague reading wins over the number word inside it.
    vague_spans = _span_set((v.start, v.end) for v in vague)
    numbers = [n for n in _numbers(folded) if not vague_spans.overlaps(n.start, n.end)]
    numbers = _compounds(folded, numbers)
    found, used = _ranges(folded, numbers)
    for i, number in enumerate(numbers):
        if i in used:
            continue
        qualifier, start, end = _hedged(folded, number.start, number.end)
        low, high = _bounds(qualifier, number.value, number.value)
        found.append(Quantity(number.value, low, high, qualifier, "", start, end))
    found += vague
    if skip_dates:
        dates = _span_set(claimed_spans(text))
        found = [q for q in found if not dates.overlaps(q.start, q.end)]
    return [
        Quantity(q.value, q.low, q.high, q.qualifier, text[q.start : q.end], q.start, q.end)
        for q in sorted(found, key=lambda q: q.start)
    ]
