"""Who is NOT the party asserting a figure: the body that did the act, or one named inside it.

"At least 80 people died in clashes with the army, most at the hands of police units, Foo Watch
said": the span before "said" names three bodies, but the army and the police are objects of
prepositions (with, at the hands of, by, against, in …) inside the act's clause, and only Foo
Watch stands as the verb's subject. A name in apposition to such an object ("after its
chairman, X"; "each of the four — X, Y and Z") is governed by the same preposition.

When every name is governed, a nameless body the clause opens on is the subject ("کمیته‌ی
حقیقت‌یاب پس از گفت‌وگو با سازمان ملل اعلام کرد", "The committee after meeting UN officials
said"); a subject cut after a preposition's apposition gives way to the sentence's free name.
A collective head's "of" governs nothing: "a group of UN experts said" is the UN experts'.

A speech verb's subject is also a pronoun standing right before it ("the 80 people it found had
been killed"): "it" is the body the sentence already spoke of, never a name the clause holds in
passing. A named body that exhumed or recovered the remains of N people counts them; the
historical record at large ("according to historical accounts") is no party; a noun inside an
"according to" phrase ("the surviving records of X") is no verb.

attribution.find_cues asks this module before choosing among the names of a subject span.
"""

import itertools
import re
from collections.abc import Sequence

from sabt.extract.attribution_clause import Cue
from sabt.extract.attribution_discourse import is_anaphor
from sabt.extract.attribution_party import PERSIAN_LETTER, REMAINS, ROLES, party_in
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.occupancy_en_words import HEADS
from sabt.extract.word_edges import NOT_AFTER_PERSIAN

# Prepositions of agency, place, company and object: what follows one is no verb's subject.
_PREPOSITIONS = (
    r"by|with|against|from|in|into|inside|at|on|under|among|amongst|between|near|around|across|"
    r"through|toward|towards|behind|via|amid|alongside|of|for|to|after|as|upon|within|over|"
    r"without|beside|outside|throughout|during"
)
_DETERMINERS = (
    r"the|a|an|its|their|his|her|our|my|some|several|many|most|all|both|each|two|three|four|"
    r"five|six|seven|eight|nine|ten|these|those|this|that"
)
# Nouns of a document or an occasion: "In a statement, Foo Watch said" names the speaker after
# its comma, not an object of "in".
_OCCASIONS = (
    r"statement|report|letter|interview|press|conference|briefing|communiqu[eé]|message|post|"
    r"tweet|speech|address|testimony|submission|release|video|broadcast|filing|response|reply|"
    r"news|update|summary|note|bulletin|study|survey|review|investigation|inquiry|assessment"
)
# The text before a governed name: a preposition, its determiners, and (for a name in apposition
# to the object: "after its chairman, X", "of the three — X") a short common noun phrase closed by
# a comma or a dash. Persian: با، علیه، توسط، به دست، از، در، به، برای just before the name.
_GOVERNED_BEFORE = re.compile(
    rf"(?:\b(?i:{_PREPOSITIONS})|\b(?i:hands\s+of))\s+(?:(?i:{_DETERMINERS})\s+)*"
    rf"(?P<apposed>(?!(?:{_OCCASIONS})\b)(?:[a-z][\w\-]*\s+){{0,2}}(?!(?:{_OCCASIONS})\b)"
    r"[a-z][\w\-]*\s*(?:,|\s[—–-])\s*(?:(?:the|a|an)\s+)?)?$"
    rf"|{NOT_AFTER_PERSIAN}(?:با|علیه|ضد|توسط|به\s+دست|از|در|به|برای|بر|نزد|میان|بین|"
    r"درباره(?:\u200cی|ی|ٔ)?)\s+"
    # the nouns the name completes: "با نیروهای X", "به دست مأموران X"
    r"(?:[\u0600-\u06FF\u200c]+\s+){0,2}$"
)
# A name continuing a list whose first name is governed: "of the three — X, Y and Z".
_LIST_JOIN = re.compile(
    r"^\s*(?:[,،]\s*(?:(?:and|or)\s+)?|(?:and|or|و|یا)\s+)(?:(?:the|a|an|its|their)\s+)?$"
)
_AND_JOIN = re.compile(r"^\s*,?\s*(?:and|or|و|یا)\s+(?:(?:the|a|an|its|their)\s+)?$")
_LOOK_BEHIND = 80
_PARTIES = ("person", "organization")


def _governed(text: str, floor: int, end: int, mention: Mention) -> bool:
    before = text[max(floor, mention.start - _LOOK_BEHIND) : mention.start]
    found = _GOVERNED_BEFORE.search(before)
    # "killed by the army, Foo Watch said": a name right before the verb is its subject, not an
    # apposition to the object before its comma ("after its chairman, X, wrote" closes one).
    if found and found.group("apposed") and not text[mention.end : end].strip():
        return False
    return found is not None


def ungoverned_party(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """The party named in text[start:end] as a verb's subject, when that span also names a body
    governed by a preposition (the act's doer, its place or its object): a person before an
    organisation, as `party_in` chooses, among the names no preposition governs. None when no
    name there is governed (or none is free), so the caller's own choice stands."""
    parties = [m for m in mentions.within(start, end) if m.type in _PARTIES]
    closing = _closing_list(text, parties, end)
    governed: list[Mention] = []
    free: list[Mention] = []
    for index, mention in enumerate(parties):
        gap = text[governed[-1].end : mention.start] if governed else ""
        joined = index < closing and _LIST_JOIN.match(gap)
        if joined or _governed(text, start, end, mention):
            governed.append(mention)
        elif not any(g.start <= mention.start < g.end for g in governed):
            free.append(mention)
    if not governed or not free:
        return None
    chosen = _first_of_kind(free)
    return party_in(text, chosen.start, chosen.end, mentions, named=True)


def _closing_list(text: str, parties: Sequence[Mention], end: int) -> int:
    """Where the names that close the span right before the verb begin: "…, Foo Watch said",
    "…, Foo Watch and Bar Aid said" (joined by "and", not by a bare comma, which continues the
    list a preposition governs: "by the army, the police and the militia, Foo Watch said")."""
    if not parties or text[parties[-1].end : end].strip(" ,،"):
        return len(parties)
    first = len(parties) - 1
    while first and _AND_JOIN.match(text[parties[first - 1].end : parties[first].start]):
        first -= 1
    return first


def _first_of_kind(free: Sequence[Mention]) -> Mention:
    for kind in _PARTIES:
        for mention in free:
            if mention.type == kind:
                return mention
    return free[0]


# "the 80 people it found had been killed", "the toll they put at 300": a pronoun right before
# the verb (after its auxiliaries) is the verb's subject in a relative clause with no "that".
PRONOUN_SUBJECT = re.compile(
    r"(?<![\w'’])(?:it|they)\s+(?:(?:had|has|have|later|also|then|first|itself|themselves)\s+)*$"
)


# "A group of UN experts said", "a team of Foo Watch researchers found", "some of the Bar
# Commission's members wrote": a collective or partitive head before "of" names no party of its
# own; its members, after "of", speak, and "of" governs nothing there.
_COLLECTIVE_OF = re.compile(
    r"\s*(?:(?:a|an|the|another|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+"
    r"small|a\s+large|a\s+new)\s+)?(?:group|team|panel|number|handful|couple|pair|trio|"
    r"quartet|delegation|contingent|circle|gathering|collection|coalition|alliance|network|"
    r"consortium|band|cohort|crowd|dozen|score)s?\s+of\s+(?=\S)"
    r"|\s*(?:some|several|many|most|few|all|both|none|each|one|two|three|four|five|dozens|"
    r"hundreds|thousands|scores|members)\s+of\s+(?=\S)",
    re.I,
)


def subject_party(
    text: str,
    start: int,
    end: int,
    mentions: MentionIndex,
    cues: Sequence[Cue] = (),
    floor: int = -1,
) -> str | None:
    """The named party that is the subject of a verb whose subject span is text[start:end]:
    for a pronoun right before the verb, the party of the sentence's cue before it (the cues
    since `floor`, the sentence's start) or the first body named there; else a name no
    preposition governs; else the first name there (`party_in`)."""
    pronoun = PRONOUN_SUBJECT.search(text, start, end)
    if pronoun and text[start : pronoun.start()].strip():
        before = [c.source for c in cues if floor <= c.at < end and c.scoped and c.source]
        if before:
            return before[-1]
        # "it" or "they" is a body, never one person the clause names in passing.
        bodies = [m for m in mentions.within(start, end) if m.type == "organization"]
        if bodies:
            return party_in(text, bodies[0].start, bodies[0].end, mentions, named=True)
    collective = _COLLECTIVE_OF.match(text, start, end)
    if collective and mentions.within(collective.end(), end):
        start = collective.end()
    named = ungoverned_party(text, start, end, mentions)
    # "The X Board, known as the Y Board after its chairman, Z, wrote …": a subject cut after a
    # preposition's apposition names only what the preposition governs; the sentence's free
    # name before it is the subject.
    inside = [m for m in mentions.within(start, end) if m.type in _PARTIES]
    # "The Union minister for home affairs, Ana Ruiz, told …": a person named in apposition
    # to a post is the subject however the post's words govern her, not a body they name.
    apposed = (
        inside and inside[0].type == "person" and _apposed_to_post(text, floor, start, inside[0])
    )
    wider = 0 <= floor < start and inside and not named and not apposed
    if wider and all(_governed(text, floor, end, m) for m in inside):
        named = ungoverned_party(text, floor, end, mentions)
    # "کمیته‌ی حقیقت‌یاب پس از گفت‌وگو با سازمان ملل اعلام کرد": every name is governed, and
    # the nameless body the clause opens on is the subject.
    if not named and floor >= 0 and inside and all(_governed(text, start, end, m) for m in inside):
        named = _opening(text, start, inside[0], mentions)
    return named or party_in(text, start, end, mentions, named=True)


# A post's head noun closing the words before a comma ("after its chairman,").
_POST_CLOSING = re.compile(rf"\b{HEADS}\s*,$")


def _apposed_to_post(text: str, floor: int, start: int, mention: Mention) -> bool:
    """Whether text[start:] opens on the mention right after the comma that closes a post ("the
    minister of state for home affairs, X"); not after a post the preposition governs ("known
    as the Y Board after its chairman, X": the name is the chairman's, not the subject's)."""
    if text[start : mention.start].strip():
        return False
    before = text[floor:start].rstrip()
    return before.endswith(",") and _POST_CLOSING.search(before) is None


# A clause that opens on a preposition, a conjunction or a number opens on no subject.
_NO_SUBJECT_OPENING = re.compile(
    rf"^\s*(?:(?i:{_PREPOSITIONS}|before|while|when|despite|following|since|until)\b"
    r"|(?:در|از|با|به|پس|پیش|هنگام|برای|طی|بر|تا|چون|وقتی)(?![\u0600-\u06FF\u200c])"
    r"|[\d۰-۹])"
)
_MOST_WORDS = 6
_EZAFE = re.compile(r"(?:\u200cی|ٔ)$")
_DOCUMENT = re.compile(rf"(?:{_OCCASIONS})s?")
_WORD_OF_LINK = re.compile(
    rf"^(?i:{_PREPOSITIONS}|before|while|when|despite|following|since|until|and|or),?$"
)


def _opening(text: str, start: int, first: Mention, mentions: MentionIndex) -> str | None:
    """The words that open text[start:…] before the preposition governing its first name,
    when they are a short noun phrase and no preposition or number opens them."""
    found = _GOVERNED_BEFORE.search(text, max(start, first.start - _LOOK_BEHIND), first.start)
    if found is None or _NO_SUBJECT_OPENING.match(text, start, found.start()):
        return None
    words = (party_in(text, start, found.start(), mentions) or "").strip(" ,،").split()
    # "The committee after meeting officials": the subject ends at a preposition of its own.
    words = list(itertools.takewhile(lambda w: not _WORD_OF_LINK.match(w), words))
    if not 0 < len(words) <= _MOST_WORDS or any(c.isdigit() for c in "".join(words)):
        return None
    # Only a body known by its kind ("the committee", "کمیته‌ی …") is such a subject: not a
    # document ("Testimony of X, recorded …"), a role ("Officials at the ministry") or a cue.
    return " ".join(words).strip(" ,") if _body_head(words) else None


def _body_head(words: list[str]) -> bool:
    persian = PERSIAN_LETTER.match(words[0]) is not None
    head = _EZAFE.sub("", words[0]) if persian else words[-1].strip(",").lower()
    if not persian and (head in ROLES or _DOCUMENT.fullmatch(head)):
        return False
    return is_anaphor(f"این {head}" if persian else f"the {head}")


_REMAINS = re.compile(REMAINS)


# "pathologists recovered the remains of 70", "investigators found the remains of dozens",
# "archaeologists who opened the pit recovered …": those whose trade is to
# examine the dead count them, named or not (a nameless body, "forensic teams", does not).
_EXAMINERS = re.compile(
    r"(?:^|,\s*)(?:the\s+)?(?P<x>(?:[\w\-]+\s+)?(?:investigators|anthropologists|"
    r"archaeologists|pathologists|forensic\s+(?:experts|specialists|scientists)))(?=\s+(?:who|that)\s|$)",
    re.I,
)


def examiners(words: str) -> str | None:
    """The people whose trade is to examine the dead ("investigators") a subject names, if it
    names such."""
    found = _EXAMINERS.search(words.strip())
    return found.group("x") if found else None


def remains(verb: re.Match[str]) -> bool:
    """Whether `verb` is one of exhuming or identifying the dead, whose party must be named."""
    return _REMAINS.match(verb.string, verb.start()) is not None


# "به روایت منابع تاریخی", "according to historical accounts": the record of the past at large
# is no party (historians, people who assert, are one). English and Persian nouns of a record
# after or before an adjective of the past or of survival.
_RECORD = re.compile(
    r"^(?:(?:the|some|most|many|several|various|other)\s+)?"
    r"(?:historical|historic|contemporary|archival|period|surviving|old|early)\s+"
    r"(?:sources|accounts|records|documents|chronicles|histories|narratives)$"
    r"|^(?:برخی\s+(?:از\s+)?)?(?:منابع|اسناد|روایت‌ها|روایت‌های|روایات|مدارک|گزارش‌های|کتاب‌های)"
    r"\s+(?:تاریخی|موجود|قدیمی|آن\s+دوران|آن\s+روزگار|دوران)$",
    re.I,
)


def historical_record(phrase: str) -> bool:
    """Whether an "according to" phrase names the historical record at large, not a party."""
    return _RECORD.match(phrase.strip()) is not None


# What follows a noun and not a verb: its complement ("records of X", "reports by X"), a
# participle with its agent ("records later cited by historians") or the phrase's end
# ("according to contemporary records, …"). A phrase may run on to its subject's verb
# ("Figures released by the ministry show …"), which stays a verb.
_NOUN_AFTER = re.compile(
    r"\s+(?:of|by|from|in|kept|compiled|published|released|gathered)\b|\s*[,;:،؛]"
    r"|\s+(?:(?:later|since|then|first|\w+ly)\s+)?[a-z]+ed\s+by\b"
)


def in_phrase(verb: re.Match[str], phrases: Sequence[tuple[int, int]]) -> bool:
    """Whether a verb's match lies inside a phrase "according to" names as a noun ("the surviving
    records of X"); "X به نقل از Y نوشت" and "Figures released by Y show" run on to a verb."""
    inside = any(start <= verb.start() < end for start, end in phrases)
    return inside and _NOUN_AFTER.match(verb.string, verb.end()) is not None
