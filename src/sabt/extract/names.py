"""Names not yet in the registry, proposed by rules: titles, honorifics, organisation words.

Each rule names itself in the `annotator` field, so a reviewer can see why it fired. The rules
favour precision: a capitalised word alone is never proposed, only one with a cue (a title or
role before it, a speech verb after it, an organisation or prison word in it, a place
preposition before it). A person proposed with a full name is then also found by surname
elsewhere in the document ("Agnès Callamard" … "Callamard said"). spaCy would add recall but is
not a dependency; see docs/extraction.md.
"""

import re
from collections.abc import Iterator

from sabt.extract.mentions import Mention

VERSION = "1"

_CAP = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?|Al-[A-Z][a-z]+)"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
_TITLES = (
    r"Mrs?\.|Ms\.|Dr\.|Madam|Ayatollah|Grand Ayatollah|Hojatoleslam|Hojjatoleslam|Sheikh|Judge|"
    r"Prosecutor|Secretary General|Secretary-General|Prime Minister|Minister|President|"
    r"Commander|Rapporteur|Ambassador|Senator|Secretary of State|"
    r"leader|chief|tyrant|cleric|commissioner|spokesman|spokeswoman|prisoner|witness|"
    r"survivor|lawyer|activist|judge|prosecutor|dissident|journalist|mullahs such as"
)
_PERSON_TITLE = re.compile(rf"\b(?:{_TITLES})\s+(?P<name>{_NAME})")
_PERSON_APPOSITION = re.compile(
    rf"(?<![\w’'])(?P<name>{_CAP}\s+{_CAP}),\s+(?:the|a|an|former|who)\b"
)
_PERSON_SPEECH = re.compile(
    rf"(?:\b[Aa]ccording to\s+(?P<name>{_NAME})\b(?!\s+(?:{_CAP}))|"
    rf"(?<![\w’'])(?P<name2>{_NAME})\s+(?:said|added|noted|stated|tweeted|wrote|concluded|told)\b)"
)
_ORG_WORDS = (
    "Ministry|Court|Council|Organization|Organisation|Commission|Committee|Assembly|Agency|"
    "Office|Party|Front|Army|Corps|Guards|Police|Parliament|Tribunal|Watch|Centre|"
    "Center|Institute|Foundation|Association|Union|Service|Department|Bureau|Group|Network|"
    "Congress|Treasury"
)
_ORG = re.compile(
    rf"(?P<name>(?:(?:[A-Z]{{2,}}|{_CAP})\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?)*"
    rf"(?:{_ORG_WORDS})\b(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)?)"
)
_PLACE_WORDS = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+{_CAP})?\s+(?:Prison|Cemetery|Province|City|Camp|Square))\b"
)
_PLACE_CUE = re.compile(rf"\b(?:in|near|at|from)\s+(?P<name>{_CAP}(?:\s+{_CAP})?)\b")
_STOP_WORDS = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those His Her "
    "Their Its A An In On At If As But And Or Human Rights God Twitter Facebook YouTube Justice "
    "Iranian Syrian Iraqi Western Inquiry Chief Head Deputy Supreme Leader "
    "President Secretary Minister Senior Former Then He She They We It Most Many Some Under "
    "Reporting According Source Tags Copyright"
)
_STOP = frozenset(_STOP_WORDS.split())
_NO_PLACE = frozenset(_ORG_WORDS.split("|")) | {"Judiciary", "UN", "Prime", "General"}

_FA_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+(?:\u200c[\u0621-\u06cc]+)*"
_FA_PERSON = re.compile(
    rf"(?:آیت[‌ ]?الله|حجت[‌ ]?الاسلام|آقای|خانم|دکتر|سرتیپ|سردار)\s+(?P<name>{_FA_WORD}"
    rf"(?:\s+{_FA_WORD})?)"
)
_FA_ORG = re.compile(rf"(?P<name>(?:وزارت|دادگاه|شورای|سازمان|دادستانی|سپاه)\s+{_FA_WORD})")
_FA_PLACE = re.compile(rf"(?P<name>(?:زندان|شهر|استان|گورستان)\s+{_FA_WORD})")

_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (_PERSON_TITLE, "person", "title"),
    (_PERSON_APPOSITION, "person", "apposition"),
    (_PERSON_SPEECH, "person", "speech-verb"),
    (_FA_PERSON, "person", "honorific-fa"),
    (_PLACE_WORDS, "place", "place-word"),
    (_FA_PLACE, "place", "place-word-fa"),
    (_ORG, "organization", "organization-word"),
    (_FA_ORG, "organization", "organization-word-fa"),
    (_PLACE_CUE, "place", "place-preposition"),
)


def propose_names(text: str) -> Iterator[Mention]:
    """New-name candidates, possibly overlapping each other and registered mentions."""
    surnames: set[str] = set()
    for pattern, kind, rule in _RULES:
        for match in pattern.finditer(text):
            group = "name2" if match.groupdict().get("name2") else "name"
            span = _trim(text, *match.span(group))
            if span is None:
                continue
            start, end = span
            words = text[start:end].split()
            if kind == "organization" and len(words) < 2:
                continue
            if kind == "place" and (set(words) & _NO_PLACE):
                continue
            if kind == "person" and (set(words) & _NO_PLACE or len(words) > 3):
                continue
            if kind == "person" and len(words) > 1:
                surnames.add(words[-1])
            yield Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
    if surnames:
        surname = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
        for match in surname.finditer(text):
            start, end = match.span()
            yield Mention(None, None, "person", match.group(), start, end, "names:surname", VERSION)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop possessives, stop words and connectives at either end; refuse what is left empty."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group().rstrip("’'s") in _STOP or words[0].group().endswith("’s")):
        words.pop(0)
    while words and (
        words[-1].group() in _STOP or words[-1].group() in ("of", "for", "on", "and", "the")
    ):
        words.pop()
    if not words:
        return None
    first, last = start + words[0].start(), start + words[-1].end()
    for suffix in ("’s", "'s"):
        if text[first:last].endswith(suffix):
            last -= len(suffix)
    return (first, last) if any(ch.isalpha() for ch in text[first:last]) else None
