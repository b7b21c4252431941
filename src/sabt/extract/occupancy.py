"""Positions held: "X, the Tehran Prosecutor", "X was Deputy Prosecutor in Tehran, became
Attorney General in 2014 and was named Head of the Judiciary in March 2019", "Secretary General
Agnès Callamard", "X، دادستان تهران", "X … به ریاست قوه قضاییه منصوب شد".

Chains of command are built from these, so each is only a suggestion, with its excerpt and the
date its clause gives (the first date after the position and before the next one).
"""

import re
from dataclasses import dataclass
from datetime import date

from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.quantities import DateSpan
from sabt.extract.sentences import Sentence

ANNOTATOR = "occupancy-rules"
VERSION = "1"

_HEADS = (
    r"[Pp]rosecutor(?:[- ][Gg]eneral)?|[Aa]ttorney[- ][Gg]eneral|[Mm]inister|[Jj]udge|[Hh]ead|"
    r"[Cc]hief(?: [Jj]ustice)?|[Pp]resident(?:-elect)?|[Dd]irector|[Gg]overnor|"
    r"[Cc]ommander(?:-in-[Cc]hief)?|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary|[Rr]apporteur|"
    r"[Ll]eader|[Cc]hairman|[Cc]hair|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|"
    r"[Cc]ommissioner|[Ww]arden|[Dd]eputy|[Ii]nterrogator|[Rr]epresentative|[Ss]uccessor|"
    r"[Mm]ember|[Cc]ommander|General|Colonel|Brigadier|Lieutenant|Captain|[Oo]fficer|[Mm]ayor|"
    r"[Ff]ounder|[Cc]oordinator|[Aa]dvis[eo]r|[Ii]nspector|[Ss]uperintendent|Major|[Mm]arshal|"
    r"[Jj]ournalist|[Rr]eporter|[Cc]ameraman|[Pp]hotographer|[Ll]awyer"
)
# A capitalised word, or an ordinal that opens a unit's name ("the 58th Division").
_CAPITAL = r"(?:[A-Z]|\d+(?:st|nd|rd|th)\b)[\w’'\-]*"
# "of" and what the post is of: a name ("of the Northern Bureau").
_OF_NAME = rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITAL}(?:\s+(?:of|on|in|the|{_CAPITAL})){{0,8}}"
_OF = rf"(?:{_OF_NAME})?"
# In apposition, where the end of the position must follow, also one or two lower-case words:
# "head of state", "head of the secret police", "head of a military junta".
# A named thing may open it: "chief of the S-21 security centre", "commander of the army's
# special forces regiment".
_OF_WORDS = (
    rf"(?:{_OF_NAME}|\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z]+|[\w\-]+[’']s|[A-Z][\w]*-\d+)"
    r"(?:\s+[a-z]+){0,3})?"
)
# A position as a title: capitalised words (and a few lower-case ones) ending in a head noun.
_TITLE = (
    rf"(?:(?:{_CAPITAL}|[Dd]eputy|[Ss]upreme|[Ss]haria|of|for|on|the)\s+){{0,5}}(?:{_HEADS}){_OF}"
)
# A position in apposition may open with ordinary words: "the German government’s human
# rights commissioner", "the religious judge".
# ("who was director of …" and "and as head of …" belong to another clause.)
_NOT_IN_POST = r"(?!(?:who|which|was|is|and|as|or|but)\b)"
_DESCRIBED = rf"(?:{_NOT_IN_POST}[\w’'\-]+\s+){{0,4}}?(?:{_HEADS})\b{_OF_WORDS}"
_END = r"(?=\s*[,;.)”]|\s+(?:in|at|and|who|which|from|since|until|between|before|after|now)\b)"
# "Kaing Guek Eav, alias Duch, the chief of …": a second name between the name and its post.
_ALIAS = r"(?:,\s+(?:alias|also known as|known as|a\.k\.a\.)\s+[^,.;]{1,40})?"
_ALIAS_BETWEEN = re.compile(r",\s+(?:alias|also known as|known as|a\.k\.a\.)\s+")
_APPOSITION = re.compile(
    rf"{_ALIAS},\s+(?:(?:the|then|a|an|former|now)\s+|then-)*(?P<p>{_DESCRIBED}){_END}"
)
_JUXTAPOSED = re.compile(rf"\s+the\s+(?P<p>{_TITLE}){_END}")
_PREDICATE = re.compile(
    r"(?:,\s*who\s+(?:was|is)|\bwho\s+(?:was|is)|\bserved as|\bserves as|\bbecame|\bwas named|"
    r"\bwas appointed|\bwas made|\bwas elected|\btook office as|\bwas|\bis|\bhas been|\bhad been|"
    r"\b(?:led|ruled|governed|commanded|ran|headed|served)\b[^,.;]{0,40}?\bas)"
    r"\s+(?:(?:presently|currently|later|then|also|subsequently)\s+)?(?:as\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:[\w’']+’s\s+|[\w']+'s\s+)?"
    rf"(?:one of (?:the\s+|\w+\s+)?(?P<m>members)\s+of|(?P<p>{_TITLE}))"
)
# Appointments take a post in lower case too: "served as interior minister", "was later
# promoted to Chief of Police".
_APPOINTED = re.compile(
    r"\s+(?:(?:was|were|had been|has been)\s+)?(?:(?:later|then|subsequently|also)\s+)?"
    r"(?:served as|serves as|became|named|appointed|promoted to|made|elected|took office as)"
    rf"\s+(?:(?:the|a|an)\s+)?(?P<p>(?:[a-z]+\s+){{0,2}}?(?:{_TITLE}|(?:{_HEADS})\b{_OF_WORDS})){_END}"
)
# "who commanded the battalion" is the post "commander of the battalion".
_POST_OF_VERB = {"commanded": "commander", "headed": "head", "ran": "head",
                 "chaired": "chair", "directed": "director", "governed": "governor"}  # fmt: skip
_COMMANDED = re.compile(
    rf",?\s+who\s+(?P<verb>{'|'.join(_POST_OF_VERB)})\s+(?P<o>(?:the|a|an)\s+[^,.;()\n]{{2,60}}?)"
    r"(?=\s*[,.;)]|\s+(?:in|from|until|during|between|and|as|on|at)\b)"
)
_NAMED_BEFORE = re.compile(r"(?:named|appointed|promoted)\s*$")
_NAMED_AS = re.compile(rf"\s+(?:as\s+)?(?:the\s+)?(?P<p>{_TITLE})")
_TITLE_BEFORE = re.compile(
    rf"(?P<p>(?:[\w’'\-]+\s+){{0,3}}?(?:{_HEADS})(?:\s+(?:of|on)\s+[\w ]+?)?)\s*,?\s*$"
)
# Lower-case words that belong to a title written before a name ("EU foreign policy chief").
_TITLE_WORD_LIST = (
    "foreign policy human rights supreme deputy religious chief general prime minister leader "
    "prosecutor judge commissioner commander of for on in the"
)
_TITLE_WORDS = frozenset(_TITLE_WORD_LIST.split())
# "called for Senior General X": a preposition before the title is not part of it.
_LEADING_PREPOSITIONS = re.compile(r"^(?:(?:of|for|on|in|the)\s+)+")
_FA_HEADS = (
    r"دادستان|معاون|رئیس|رییس|وزیر|قاضی|حاکم شرع|دبیرکل|دبیر|فرمانده|رهبر|نماینده|مدیر|عضو|"
    r"قائم[\u200c ]?مقام|استاندار|فرماندار|امام جمعه|سخنگوی|جانشین|مشاور|سرپرست|والی|"
    r"نخست[\u200c ]?وزیر"
)
_FA_WORD = r"[\u0621-\u06cc\u200c]+"
# A head may be the first part of a word joined by a zero-width non-joiner (رئیس‌جمهور,
# رئیس‌کل) or take the ezafe ‌ی.
_FA_POSITION = (
    rf"(?:{_FA_HEADS})(?:\u200c[\u0621-\u06cc]+)?(?:\u200cی)?"
    rf"(?:\s+(?!منصوب|انتخاب|برگزیده){_FA_WORD}){{0,4}}?"
)
_FA_APPOSITION = re.compile(
    rf"\s*[،,]\s*(?P<p>{_FA_POSITION})(?=\s*[،,.؛]|\s+(?:بود|است|شد|در|و)\b)"
)
# "X که در آن زمان دادستان کرج بود": a phrase of time may stand before the post.
_FA_WHEN = r"(?:(?:در آن زمان|آن زمان|در آن هنگام|در آن سال‌ها|پیش‌تر|پیشتر|هنوز)\s+)?"
_FA_COPULA = re.compile(
    rf"\s+(?:که\s+)?{_FA_WHEN}(?:به عنوان\s+)?(?P<p>{_FA_POSITION})\s+(?:وقت\s+)?(?:بود|است|شد)"
)
_FA_APPOINTED = re.compile(
    r"(?:به عنوان|به)\s+(?P<p>(?:ریاست|دادستانی|وزارت|معاونت|فرماندهی|ریاست)"
    r"[\u0600-\u06ff\u200c ]{0,40}?)\s+(?:منصوب|انتخاب|برگزیده)\s+(?:شد|گردید)"
    rf"|\s+به عنوان\s+(?P<q>{_FA_POSITION})\s+(?:منصوب|انتخاب|برگزیده)\s+(?:شد|گردید)"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_STOP_TAIL = re.compile(rf"(?:\s+(?:in|at|on|of|the|and|{_MONTHS}))+$")
_STOP_HEAD = re.compile(r"^(?:(?:The|the|As|as|A|An|an|a|Then|then|and|former)\s+)+")


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
    index = MentionIndex(mentions)
    for sentence in sentences:
        inside = index.within(sentence.start, sentence.end)
        people = _without_aliases(text, [m for m in inside if m.type == "person"])
        for number, person in enumerate(people):
            stop = people[number + 1].start if number + 1 < len(people) else sentence.end
            for start, end, position in _positions(text, sentence, person, stop):
                raw = position
                position = _STOP_HEAD.sub("", _STOP_TAIL.sub("", raw.strip(" ,،")))
                if position and raw.find(position) >= 0:
                    start += raw.find(position)
                    end = start + len(position)
                key = (person.name or person.text, position)
                if not position or key in seen:
                    continue
                seen.add(key)
                out.append(_occupancy(sentence, person, start, end, position, inside, dates))
    return out


def _without_aliases(text: str, people: list[Mention]) -> list[Mention]:
    """People less the second names given right after a name ("Kaing Guek Eav, alias Duch"):
    the post that follows belongs to the person first named."""
    return [
        person
        for number, person in enumerate(people)
        if number == 0 or not _ALIAS_BETWEEN.fullmatch(text, people[number - 1].end, person.start)
    ]


def _positions(
    text: str, sentence: Sentence, person: Mention, stop: int
) -> list[tuple[int, int, str]]:
    """(start, end, position text) of each position the sentence gives `person`."""
    found: list[tuple[int, int, str]] = []

    def add(match: re.Match[str] | None, group: str = "p") -> None:
        if match and match.group(group):
            found.append((match.start(group), match.end(group), match.group(group)))

    for pattern in (_APPOSITION, _JUXTAPOSED, _FA_APPOSITION, _FA_COPULA):
        add(pattern.match(text, person.end, stop))
    for match in _PREDICATE.finditer(text, person.end, stop):
        if match.group("m"):
            found.append((match.start("m"), match.end("m"), "member"))
        else:
            add(match)
    for match in _FA_APPOINTED.finditer(text, person.end, stop):
        add(match, "q" if match.group("q") else "p")
    add(_APPOINTED.match(text, person.end, stop))
    commanded = _COMMANDED.match(text, person.end, stop)
    if commanded:
        post = f"{_POST_OF_VERB[commanded['verb']]} of {commanded['o']}"
        found.append((commanded.start("verb"), commanded.end("o"), post))
    if _NAMED_BEFORE.search(text, max(sentence.start, person.start - 30), person.start):
        add(_NAMED_AS.match(text, person.end, stop))
    title = _TITLE_BEFORE.search(text, max(sentence.start, person.start - 120), person.start)
    if title:
        words = title.group("p").split()
        keep = len(words)
        while keep > 0 and (words[keep - 1][:1].isupper() or words[keep - 1] in _TITLE_WORDS):
            keep -= 1
        position = _LEADING_PREPOSITIONS.sub("", " ".join(words[keep:]))
        if re.search(_HEADS, position):
            found.append((title.end("p") - len(position), title.end("p"), position))
    return found


def _occupancy(
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
            if m.type in ("organization", "place") and start <= m.start and m.end <= end + 15
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
