"""Counts of victims and acts ("at least 5,000 prisoners were executed"), each with its asserter.

A figure becomes a claim when an act (executed, killed, arrested, disappeared, sentenced …)
is named in its clause and a victim word or the act itself follows it closely. Years, percents
and durations are not counts. The qualifier ("at least", "about", "up to", range) sets the
low/high bounds; the value is never rounded or merged with another source's figure.
"""

import re
from dataclasses import dataclass

from sabt.extract.attribution import Cue, attribute, find_cues, quote_speakers
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.quantities import DateSpan, NumberSpan
from sabt.extract.sentences import Sentence

ANNOTATOR = "claim-rules"
VERSION = "1"

_ACTS: tuple[tuple[str, str], ...] = (
    ("executed", r"execut\w*|hanged|hanging|hangings|gallows|اعدام"),
    (
        "killed",
        r"kill\w*|murder\w*|death toll|dead|died|slain|massacred|massacre of|کشته|کشتند|قتل|"
        r"جان باخت\w*",
    ),
    ("arrested", r"arrest\w*|بازداشت\w*|دستگیر\w*"),
    ("detained", r"detain(?:ed|ing|s)?\b|detention|imprisoned|زندانی شد\w*"),
    ("disappeared", r"disappear\w*|never seen again|whereabouts (?:are )?unknown|ناپدید\w*"),
    ("sentenced", r"sentenc\w*|محکوم\w*"),
    ("tortured", r"tortur\w*|شکنجه\w*"),
)
_ACT = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _ACTS), re.I)
_VICTIMS = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,2}?(?:people|persons|prisoners|individuals|protesters|demonstrators|"
    r"dissidents|members|supporters|men|women|children|detainees|civilians|inmates|activists|"
    r"victims|bodies|students|villagers|refugees|opponents|نفر|تن|زندانی\w*|معترض\w*|فعال\w*|"
    r"کودک\w*|زن|مرد|هوادار\w*|عضو|اعضای|قربانی\w*|جسد|غیرنظامی\w*|دانشجو\w*)\b",
    re.I,
)
_NOT_COUNT = re.compile(
    r"^\s*(?:%|percent|per cent|years?|days?|months?|minutes?|hours?|times|درصد|سال|روز|ماه)", re.I
)
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("at least", r"at least|no fewer than|not less than|a minimum of|دست[‌ ]?کم|حداقل"),
    ("more than", r"more than|over|in excess of|upwards of|بیش از|بالغ بر|بیشتر از"),
    ("at most", r"up to|as many as|at most|fewer than|less than|حداکثر|کمتر از"),
    (
        "approximately",
        r"about|around|approximately|some|nearly|almost|roughly|an estimated|estimated|"
        r"حدود|حدودا|حدوداً|نزدیک به|تقریبا|تقریباً|قریب به",
    ),
)
_QUALIFIER = re.compile(
    "(?:" + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(_QUALIFIERS)) + r")\s*$", re.I
)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|–|—|تا|و)\s*$")
_ABOUT_STOP = re.compile(
    r"\b(?:were|was|are|is|have|had|has|who|that|in|on|at|to|by|during|from|of|and|across)\b|[,.;:،؛()]|اعدام|کشته|بازداشت|ناپدید|محکوم|در|که|را"
)


@dataclass(frozen=True)
class Claim:
    """A sourced count: property, value or bounds, what is counted, who asserts it, where."""

    property: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    about: str
    attributed_to: str | None
    excerpt: str
    start: int
    end: int
    annotator: str = ANNOTATOR
    annotator_version: str = VERSION


def _is_year(number: NumberSpan) -> bool:
    return number.text.isdigit() and len(number.text) == 4 and 1900 <= number.value <= 2100


def _act(sentence: Sentence, start: int, end: int) -> str | None:
    """The act nearest to the figure in its sentence, within a short window."""
    lo, hi = max(sentence.start, start - 90), min(sentence.end, end + 110)
    best: tuple[int, str] | None = None
    for match in _ACT.finditer(sentence.text, lo - sentence.start, hi - sentence.start):
        at = sentence.start + match.start()
        distance = at - end if at >= end else start - (sentence.start + match.end())
        name = match.lastgroup or ""
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def _merge_ranges(text: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """ "between 2,800 and 5,000", "۲۸۰۰ تا ۵۰۰۰": two numbers joined into one range."""
    out: list[NumberSpan] = []
    for number in numbers:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.high is None
            and _RANGE_JOIN.match(text[previous.end : number.start])
            and previous.value < number.value
        ):
            out[-1] = NumberSpan(
                previous.start,
                number.end,
                text[previous.start : number.end],
                previous.value,
                number.value,
            )
        else:
            out.append(number)
    return out


def find_claims(
    text: str,
    sentences: list[Sentence],
    numbers: list[NumberSpan],
    dates: list[DateSpan],
    mentions: list[Mention],
) -> list[Claim]:
    """Counts of victims and acts in `text`, each attributed to whoever the text says asserts it."""
    index_of_mentions = MentionIndex(mentions)
    quotes = quote_speakers(text, index_of_mentions)
    taken = [(d.start, d.end) for d in dates]
    numbers = [n for n in numbers if not any(s < n.end and n.start < e for s, e in taken)]
    numbers = _merge_ranges(text, [n for n in numbers if not _is_year(n)])
    claims = []
    index = 0
    for sentence in sentences:
        cues = None
        while index < len(numbers) and numbers[index].start < sentence.end:
            number = numbers[index]
            index += 1
            if number.start < sentence.start:
                continue
            after = text[number.end : min(sentence.end, number.end + 50)]
            if _NOT_COUNT.match(after):
                continue
            act = _act(sentence, number.start, number.end)
            before = text[max(sentence.start, number.start - 30) : number.start]
            soon = " ".join(after.split()[:5])
            if act is None or not (
                _ACT.search(soon)
                or _VICTIMS.match(after)
                or _ACT.match(after.strip())
                or _ACT.search(before)
            ):
                continue
            if cues is None:
                cues = find_cues(text, sentence, index_of_mentions)
            claims.append(_claim(text, sentence, number, act, cues, quotes))
    return claims


def _claim(
    text: str,
    sentence: Sentence,
    number: NumberSpan,
    act: str,
    cues: list[Cue],
    quotes: list[tuple[int, int, str]],
) -> Claim:
    start = number.start
    qualifier = ""
    match = _QUALIFIER.search(text, max(sentence.start, number.start - 30), number.start)
    if match:
        qualifier = next(q for i, (q, _) in enumerate(_QUALIFIERS) if match.group(f"q{i}"))
        start = match.start()
    if text[max(sentence.start, start - 8) : start].lower().rstrip().endswith("between"):
        start = text.rfind("between", sentence.start, start)
    value, low, high = _bounds(number, qualifier)
    if number.high is not None:
        qualifier = qualifier or "range"
    tail = text[number.end : min(sentence.end, number.end + 60)]
    stop = _ABOUT_STOP.search(tail)
    about = tail[: stop.start() if stop else len(tail)].strip()
    return Claim(
        act, value, low, high, qualifier, about,
        attribute(number.start, sentence, cues, quotes),
        sentence.text, start, number.end,
    )  # fmt: skip


def _bounds(number: NumberSpan, qualifier: str) -> tuple[float | None, float | None, float | None]:
    if number.high is not None:
        return None, number.value, number.high
    if qualifier in ("at least", "more than"):
        return number.value, number.value, None
    if qualifier == "at most":
        return number.value, None, number.value
    return number.value, None, None
