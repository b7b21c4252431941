"""The act an English figure is counted under, read from the sentence's parse.

The rules find a figure's act by the nearest act word within a window and by phrasings fitted
to the text they were studied on; on English nobody tuned them for, they miss a figure told in
a shape they do not list ("Eighteen student leaders, later known as …, were held") and give a
figure the act of a neighbour ("the patrol had held about 50 villagers … and that 24 men had
been killed" counts the 50 as killed). The optional model's parser (the `[ner]` extra), trained
on other text, gives the grammar instead: the victims' noun the figure counts (or the figure
itself) is the subject of a passive act verb ("were held": detained), the object of an active
one ("killed 300 civilians"), the subject of an intransitive one ("died", "went missing",
"were listed as missing"), or the figure carries the act's adjective ("21 dead"). That act
names a figure the rules found no claim for, and corrects a rules' claim the parse clearly
gives another act. The act words are the rules' own (`ACT`, read one word at a time, and
`VICTIMS` for the counted noun); the rules' guards on what is a count (dates, years, percents,
durations, ages, labels, things, kin, survivors) still hold for a figure the parse adds.
"""

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sabt.extract.attribution import attribute, find_cues, quote_speakers
from sabt.extract.claims import Claim, countable_figures
from sabt.extract.claims_acts import ACT, VICTIMS
from sabt.extract.claims_context import (
    FREED_BEFORE,
    KIN_AFTER,
    KIN_BEFORE,
    LABEL_BEFORE,
    NOT_COUNT,
    SPOKEN_OR_NAMED_BEFORE,
    SURVIVED,
    is_age,
    is_year_pair,
    things,
)
from sabt.extract.claims_verdicts import without_convictions_sentenced_again
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.ner import parser
from sabt.extract.parsed_party import REPORTING
from sabt.extract.quantities import DateSpan, Quantity
from sabt.extract.sentences import Sentence
from sabt.text.normalise import script_of

ANNOTATOR = "claim-parse"
VERSION = "1"

# "held", which ACT reads only with the words around it ("held in the camp", "were held").
_HOLD = "hold"
# A state the counted people are in, or are found, listed or left in: "21 dead", "were found
# dead", "shot dead", "went missing", "remain missing", "were listed as missing".
_STATES = {"dead": "killed", "missing": "disappeared"}
# Subjects of these verbs are their victims (of other act verbs, their doers).
_INTRANSITIVE = frozenset({"die", "perish", "disappear", "vanish"})
# "held responsible": no detention.
_NOT_HELD = frozenset({"responsible", "accountable", "liable"})
# People counted the rules' victim words do not list ("Eighteen student leaders", "12 others").
_MORE_PEOPLE = frozenset(
    {"leader", "other", "official", "officer", "guard", "policeman", "organiser", "organizer"}
)
# What a figure is put at: "the toll", "the figure", "the number", "it".
_TOLLS = frozenset({"toll", "figure", "number", "count", "total", "tally", "estimate", "it"})
# The verbs that put a toll at a figure, or tell where it stands.
_RECKONING = REPORTING | {"place", "set", "fix", "stand", "reach", "rise", "climb", "be"}
_TOLL_ROLES = ("dobj", "nsubjpass", "nsubj")
# The edges from a figure up to the verb that puts a toll at it ("at 21", "as high as",
# "between 3,000 and 5,000" read as a second object).
_TOWARDS_TOLL = ("pobj", "prep", "advmod", "quantmod", "dobj", "attr")
_PROPERTIES = frozenset(
    ("killed", "executed", "arrested", "detained", "disappeared", "sentenced", "tortured")
)


def with_parsed_acts(
    text: str,
    claims: list[Claim],
    sentences: list[Sentence],
    numbers: list[Quantity],
    dates: list[DateSpan],
    mentions: list[Mention],
    parses: dict[int, Any] | None = None,
) -> list[Claim]:
    """`claims` with each English figure's act read from its parse: a claim for a counted figure
    the rules left without one, and a rules' claim whose act the parse gives as another
    (`parses`: each sentence parsed here is put in it by its start, for `parsed_party`, which
    reads the same sentences, to take instead of parsing them again)."""
    nlp = parser()
    if nlp is None:
        return claims
    at_figure: dict[int, list[Claim]] = {}
    for claim in claims:
        at_figure.setdefault(claim.start, []).append(claim)
    changed: dict[int, Claim] = {}
    new: list[tuple[Sentence, Quantity, str]] = []
    counted = list(_counted(text, sentences, numbers, dates))
    parsed = nlp.pipe(sentence.text for _, sentence, _ in counted)
    for (earliest, sentence, figures), doc in zip(counted, parsed, strict=True):
        if parses is not None:
            parses[sentence.start] = doc
        for number in figures:
            told = [c.property for c in claims if earliest <= c.start < number.start]
            at = number.start - sentence.start
            acts = _parsed_acts(doc, at, number.end - sentence.start, told[-1] if told else None)
            found = at_figure.get(number.start, [])
            if acts and len(found) == 1 and found[0].property not in acts:
                changed[id(found[0])] = replace(
                    found[0], property=acts[0], annotator=ANNOTATOR, annotator_version=VERSION
                )
            elif acts and not found and _counts(text, sentence, number):
                new.append((sentence, number, acts[0]))
    if not changed and not new:
        return claims
    index = MentionIndex(mentions)
    quotes = quote_speakers(text, index) if new else []
    added = [
        _claim(text, s, n, act, attribute(n.start, s, find_cues(text, s, index), quotes))
        for s, n, act in new
    ]
    merged = [changed.get(id(c), c) for c in claims] + added
    # a conviction the rules found told again as a sentence is one count for the parse too
    return without_convictions_sentenced_again(text, sorted(merged, key=lambda c: c.start))


def _counted(
    text: str, sentences: list[Sentence], numbers: list[Quantity], dates: list[DateSpan]
) -> Iterator[tuple[int, Sentence, list[Quantity]]]:
    """Each English sentence with the figures in it that are no date, year or code, and where
    the sentence before it starts (a toll may take up a count told there)."""
    figures = countable_figures(text, numbers, dates)
    for position, sentence in enumerate(sentences):
        inside = [n for n in figures if sentence.start <= n.start and n.end <= sentence.end]
        if inside and script_of(sentence.text) in ("Latn", "mixed"):
            yield sentences[max(0, position - 1)].start, sentence, inside


def _counts(text: str, sentence: Sentence, number: Quantity) -> bool:
    """Whether the rules' guards let the figure be a count of victims: no percent, duration or
    measure after it, no age, label, kin, survivors, things, people who spoke or named again."""
    after = text[number.end : min(sentence.end, number.end + 70)]
    before = text[max(sentence.start, number.start - 30) : number.start]
    victims = VICTIMS.match(after)
    return not (
        NOT_COUNT.match(after)
        or is_age(number, before, after)
        or (not victims and is_year_pair(number))
        or (not victims and LABEL_BEFORE.search(before))
        or SURVIVED.match(after)
        or FREED_BEFORE.search(before)
        or (KIN_BEFORE.search(before) and KIN_AFTER.match(after))
        or SPOKEN_OR_NAMED_BEFORE.search(before)
        or things(after, victims)
    )


def _claim(text: str, sentence: Sentence, number: Quantity, act: str, party: str | None) -> Claim:
    """A claim for the figure, what it counts being the victim words after it, if any."""
    victims = VICTIMS.match(text[number.end : sentence.end])
    about = victims.group().strip() if victims else ""
    return Claim(
        act, number.value, number.low, number.high, number.qualifier, about, party,
        sentence.text, number.start, number.end, ANNOTATOR, VERSION,
    )  # fmt: skip


def _parsed_acts(doc: Any, start: int, end: int, earlier: str | None) -> list[str]:
    """The act the parse gives the figure at [`start`, `end`) of the sentence, then the other
    acts it joins to the same people ("were arrested and hanged", "arrested 30 men who were
    later executed": the rules may rightly count them under their fate); none if it gives no
    act (`earlier`: the act of the count told just before, which "the figure" takes up)."""
    inside = [t for t in doc if start <= t.idx < end]
    figure = next((t for t in inside if not start <= t.head.idx < end or t.head is t), None)
    if figure is None or not any(t.like_num for t in inside):
        return []
    counted = figure
    if figure.dep_ == "nummod":
        if (state := _state(figure.head)) is not None:  # "21 dead"
            return [state]
        if not _people(figure.head):
            return []
        counted = figure.head
    # (a toll is put at the figure itself: _toll_act finds none for a figure counting a noun)
    act = _role_act(counted) or _toll_act(figure, earlier)
    return [act, *_joined_acts(counted)] if act else []


def _joined_acts(counted: Any) -> list[str]:
    """The acts of the verbs joined to the counted people's verb with no subject of their own,
    and of the clauses that qualify them ("who were later executed", "men held there")."""
    joined = [v for v in counted.head.children if v.dep_ == "conj" and v.pos_ == "VERB"]
    joined = [v for v in joined if not any(c.dep_.startswith("nsubj") for c in v.children)]
    joined += [c for c in counted.children if c.dep_ in ("relcl", "acl")]
    return [a for v in joined if (a := _verb_act(v) or _complement_state(v))]


def _people(noun: Any) -> bool:
    """Whether the counted noun names people: the rules' victim words, or a few more."""
    return bool(VICTIMS.match(noun.text)) or noun.lemma_.lower() in _MORE_PEOPLE


def _toll_act(figure: Any, earlier: str | None) -> str | None:
    """The act of a toll the figure is put at ("put the toll at 21", "place the toll between
    15,000 and 20,000", "have put the figure as high as 20,000", "estimated it at 30,000",
    "the toll stood at 300"): the act the toll's words name, else the count told just before."""
    word = figure
    while word.dep_ in _TOWARDS_TOLL and word.head.pos_ not in ("VERB", "AUX"):
        word = word.head
    if word.dep_ not in _TOWARDS_TOLL or word.head.lemma_ not in _RECKONING:
        return None
    tolls = [c for c in word.head.children if c.dep_ in _TOLL_ROLES and c is not word]
    toll = next((c for c in tolls if c.lemma_.lower() in _TOLLS), None)
    if toll is None:
        return None
    named = ACT.search(" ".join(t.text for t in toll.subtree))
    if named and named.lastgroup in _PROPERTIES:
        return named.lastgroup
    return "killed" if toll.lemma_.lower() == "toll" else earlier


def _role_act(counted: Any) -> str | None:
    """The act of the verb the counted word is the victim of: its passive subject, active
    object, or the subject of an intransitive act or state."""
    verb = counted.head
    if counted.dep_ not in ("nsubjpass", "dobj", "nsubj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if (state := _complement_state(verb)) is not None:
        return state
    if counted.dep_ == "nsubj" and verb.lemma_ not in _INTRANSITIVE:
        return None
    if counted.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.lower_ in _NOT_HELD for c in verb.children):
        return None
    return _verb_act(verb)


def _complement_state(verb: Any) -> str | None:
    """The state a verb's complement names: "found dead", "went missing", "listed as missing"."""
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "advmod", "xcomp") and (state := _state(child)):
            return state
        if child.dep_ == "prep" and child.lower_ == "as":
            for word in child.children:
                if word.dep_ in ("pobj", "pcomp", "amod") and (state := _state(word)):
                    return state
    return None


def _state(word: Any) -> str | None:
    """The act a state word names ("dead": killed, "missing": disappeared), if it is one."""
    return _STATES.get(word.lower_)


def _verb_act(verb: Any) -> str | None:
    """The act a verb names: the rules' act words read on it alone, or the verbs they read
    only in context ("held", "rounded up")."""
    match = ACT.fullmatch(verb.text)
    act = match.lastgroup if match else None
    # (no act word is a form of hold or round alone: "held", "rounded" need the words after)
    if verb.lemma_ == _HOLD:
        act = "detained"
    elif verb.lemma_ == "round":
        act = "arrested" if any(c.lower_ == "up" for c in verb.children) else None
    return act if act in _PROPERTIES else None
