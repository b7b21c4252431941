"""Positions held: "X, the Tehran Prosecutor", "X was Deputy Prosecutor in Tehran", "named X
Head of the Judiciary in March 2019", "Secretary General Agnès Callamard", "X، دادستان تهران".

Chains of command are built from these, so each is only a suggestion with its excerpt and the
dates its sentence gives (the first date after the position, else the sentence's only date).
"""

import re
from dataclasses import dataclass
from datetime import date

from sabt.extract.mentions import Mention
from sabt.extract.quantities import DateSpan
from sabt.extract.sentences import Sentence

ANNOTATOR = "occupancy-rules"
VERSION = "1"

_HEADS = (
    r"[Pp]rosecutor|[Mm]inister|[Jj]udge|[Hh]ead|[Cc]hief|[Pp]resident(?:-elect)?|[Dd]irector|"
    r"[Gg]overnor|[Cc]ommander|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary|[Rr]apporteur|[Ll]eader|"
    r"[Cc]hairman|[Cc]hair|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Cc]ommissioner|"
    r"[Ww]arden|[Dd]eputy|[Ii]nterrogator|[Mm]ember"
)
_WORD = r"(?:[A-Z][\w’'\-]*|of|for|on|the|[Dd]eputy|[Ss]upreme|[Ss]haria|[Rr]evolutionary)"
_CAPITAL = r"[A-Z][\w’'\-]*"
_POSITION = (
    rf"(?:{_WORD}\s+){{0,5}}(?:{_HEADS})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITAL}(?:\s+(?:of|on|in|the|{_CAPITAL})){{0,8}})?"
)
_APPOSITION = re.compile(
    rf"^,\s+(?:the\s+|then\s+|then-|a\s+)?(?P<p>{_POSITION})\s*(?=[,;.)]|\s+(?:in|at|and|who|from)\b)"
)
_COPULA = re.compile(
    rf"^\s+(?:was|is|became|served as|has been|had been|was named|was appointed|"
    rf"was made|, who was|, who is)\s+(?:as\s+)?"
    rf"(?:the\s+|a\s+|an\s+|Iran’s\s+|Iran's\s+)?(?P<p>{_POSITION})"
)
_NAMED = re.compile(r"(?:named|appointed|promoted)\s*$")
_AS = re.compile(rf"^\s+(?:as\s+)?(?:the\s+)?(?P<p>{_POSITION})")
_TITLE_BEFORE = re.compile(
    rf"(?P<p>(?:[A-Z][\w’'\-]*\s+){{0,3}}(?:{_HEADS})(?:\s+(?:of|on)\s+[\w ,]+?)?)\s*,?\s*$"
)
_FA_HEADS = r"دادستان|معاون|رئیس|رییس|وزیر|قاضی|حاکم شرع|دبیرکل|فرمانده|رهبر|نماینده|مدیر|عضو"
_FA_POSITION = rf"(?:{_FA_HEADS})(?:\s+[\u0600-\u06ff\u200c]+){{0,4}}?"
_FA_APPOSITION = re.compile(
    rf"^\s*[،,]\s*(?P<p>{_FA_POSITION})(?=\s*[،,.؛]|\s+(?:بود|است|شد|در|و)\b)"
)
_FA_COPULA = re.compile(
    rf"^\s+(?:که\s+)?(?:به عنوان\s+)?(?P<p>{_FA_POSITION})\s+(?:وقت\s+)?(?:بود|است|شد|منصوب شد)"
)
_LOWER_START = ("the ", "a ", "an ")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_STOP_TAIL = re.compile(rf"(?:\s+(?:in|at|on|of|the|and|{_MONTHS}))+$")
_STOP_HEAD = re.compile(r"^(?:(?:The|the|As|as|A|An|Then|then)\s+)+")


@dataclass(frozen=True)
class Occupancy:
    """A suggestion that `person` held `position` (in `organization`) between the dates."""

    person: str
    position: str
    organization: str | None
    earliest: date | None
    latest: date | None
    excerpt: str
    start: int
    end: int
    annotator: str = ANNOTATOR
    annotator_version: str = VERSION


def find_occupancies(
    text: str, sentences: list[Sentence], mentions: list[Mention], dates: list[DateSpan]
) -> list[Occupancy]:
    """Occupancy suggestions for the person mentions of `text`."""
    out: list[Occupancy] = []
    seen: set[tuple[str, str]] = set()
    people = [m for m in mentions if m.type == "person"]
    for sentence in sentences:
        for person in (p for p in people if sentence.start <= p.start < sentence.end):
            for start, end in _positions(text, sentence, person):
                position = _STOP_HEAD.sub("", _STOP_TAIL.sub("", text[start:end].strip(" ,")))
                key = (person.name or person.text, position)
                if not position or key in seen:
                    continue
                seen.add(key)
                out.append(
                    _occupancy(text, sentence, person, start, end, position, mentions, dates)
                )
    return out


def _positions(text: str, sentence: Sentence, person: Mention) -> list[tuple[int, int]]:
    after = text[person.end : sentence.end]
    before = text[sentence.start : person.start]
    found = []
    for pattern in (_APPOSITION, _COPULA, _FA_APPOSITION, _FA_COPULA):
        match = pattern.match(after)
        if match:
            found.append((person.end + match.start("p"), person.end + match.end("p")))
    if _NAMED.search(before):
        match = _AS.match(after)
        if match:
            found.append((person.end + match.start("p"), person.end + match.end("p")))
    match = _TITLE_BEFORE.search(before)
    if match and not match.group("p").startswith(_LOWER_START):
        found.append((sentence.start + match.start("p"), sentence.start + match.end("p")))
    return found


def _occupancy(
    text: str,
    sentence: Sentence,
    person: Mention,
    start: int,
    end: int,
    position: str,
    mentions: list[Mention],
    dates: list[DateSpan],
) -> Occupancy:
    organization = next(
        (
            m.name or m.text
            for m in mentions
            if m.type in ("organization", "place")
            and start <= m.start
            and m.end <= end + 15
            and m is not person
        ),
        None,
    )
    in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
    chosen = next((d for d in in_sentence if d.start >= end), None)
    if chosen is None and len(in_sentence) == 1:
        chosen = in_sentence[0]
    return Occupancy(
        person.name or person.text,
        position,
        organization,
        chosen.earliest if chosen else None,
        chosen.latest if chosen else None,
        sentence.text,
        min(start, person.start),
        max(end, person.end),
    )
