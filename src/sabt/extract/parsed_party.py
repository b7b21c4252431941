"""The asserting party read from an English sentence's parse, where the rules found none.

The rules find a party by its cue ("according to X", "X said", "X estimated"). A source that
speaks through a verb they do not list, or with the figure deep inside what it says ("The
government of President X spoke at the time of about 12,000 people killed", "The historian X
has written that between 12,000 and 15,000 people were killed"), is left as the text's own
voice. The optional model's parser (the `[ner]` extra) gives the verbs the figure hangs from:
the nearest that reports or reckons, with a subject (or a passive's agent, "the figure given
by the administration of X") holding a named person or body, gives that name as the party.
Only a name: a bare "historians estimate" stays the text's own voice, as the gold has it, and
a verb of the act itself ("the police arrested 50") never makes its subject a source.
Trained on other text than sabt's gold, the parser reads sentences no rule was fitted to.
"""

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sabt.extract.claims import Claim
from sabt.extract.mentions import Mention
from sabt.extract.ner import parser
from sabt.extract.sentences import Sentence
from sabt.text.normalise import script_of

# A claim whose party the parse supplied says so: a reviewer weighs a source read from a parse
# apart from one the rules' cue words found.
ANNOTATOR = "party-parse"
VERSION = "1"
# Lemmas of verbs by which a source reports or reckons a figure.
_REPORTING_WORDS = """say tell report write speak estimate count document record put find conclude
state claim announce confirm acknowledge give list cite believe argue allege publish note describe
mention register tally compile identify calculate reckon testify recount assert show indicate"""
REPORTING = frozenset(_REPORTING_WORDS.split())
_PARTIES = ("person", "organization")


def with_parsed_parties(
    claims: list[Claim],
    sentences: list[Sentence],
    mentions: list[Mention],
    parses: dict[int, Any] | None = None,
) -> list[Claim]:
    """`claims`, each without a party given the named subject of the reporting verb its figure
    hangs from, where the sentence is English and the parse has one (`parses`: sentences
    already parsed, by their start, as `parsed_acts` leaves them; the others are parsed here
    and put in it)."""
    unsourced = [c for c in claims if c.attributed_to is None]
    nlp = parser() if unsourced else None
    if nlp is None:
        return claims
    parsed: dict[int, Any] = {} if parses is None else parses
    found: dict[int, str] = {}
    for claim in unsourced:
        sentence = next((s for s in sentences if s.start <= claim.start < s.end), None)
        if sentence is None or script_of(sentence.text) not in ("Latn", "mixed"):
            continue
        if sentence.start not in parsed:
            parsed[sentence.start] = nlp(sentence.text)
        party = _party(parsed[sentence.start], claim.start - sentence.start, sentence, mentions)
        if party is not None:
            found[id(claim)] = party
    return [
        replace(c, attributed_to=found[id(c)], annotator=ANNOTATOR, annotator_version=VERSION)
        if id(c) in found
        else c
        for c in claims
    ]


def _party(doc: Any, at: int, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The named source of the nearest reporting verb above the token at `at`, if any: a
    nearest verb with no named source leaves the figure unsourced, whatever verbs are above."""
    figure = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    verb = next(_reporting_verbs(figure), None) if figure is not None else None
    if verb is None:
        return None
    for source in _sources(verb):
        start = sentence.start + source.left_edge.idx
        end = sentence.start + source.right_edge.idx + len(source.right_edge.text)
        named = [m for m in mentions if m.type in _PARTIES and start <= m.start < m.end <= end]
        if named:
            return named[0].text
    return None


def _reporting_verbs(figure: Any) -> Iterator[Any]:
    """The reporting verbs the figure hangs from, nearest first, and the one that qualifies
    the subject of a "was" above it ("the toll given by X was 212")."""
    for verb in figure.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_ in REPORTING:
            yield verb
        elif verb.lemma_ == "be":
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                yield from (
                    v for v in subject.children if v.dep_ == "acl" and v.lemma_ in REPORTING
                )


def _sources(verb: Any) -> Iterator[Any]:
    """The verb's subject, or its passive agent's object ("given by X")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            yield child
        elif child.dep_ == "agent":
            yield from (g for g in child.children if g.dep_ == "pobj")
