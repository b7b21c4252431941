"""Who speaks a quotation: the speaker named just after it ("…," she said) or just before it
(X said: "…"), else the person who spoke last in its paragraph or the one before.

A pronoun ("she said", "او گفت") is the person it refers to, not a party of its own.
"""

import re

from sabt.extract.attribution_discourse import (
    opening_quote_speaker,
    paragraph_speaker,
    person_referred,
)
from sabt.extract.attribution_fa import FA_VERBS
from sabt.extract.attribution_party import VERBS, antecedent, party_in
from sabt.extract.attribution_subject import renamed
from sabt.extract.mentions import MentionIndex
from sabt.extract.word_edges import WORD_END

_QUOTE = re.compile(r"“[^”]{1,3000}”|«[^»]{1,3000}»|\"[^\"\n]{1,1500}\"")
_SPEECH_AFTER = re.compile(
    # on the quote's own line: the line after a quote opens a paragraph of its own.
    rf"[ \t,]*(?:(?P<x>[^,.;:“”\"\n]{{2,80}}?)\s+(?:{VERBS})\b"
    rf"|(?:{VERBS})\s+(?P<y>[^,.;:“”\"\n]{{2,60}}))"
    # '"…," Ana Ruiz, a nurse at the clinic, said': the name before an apposition speaks, on
    # the quote's own line, when the quote ends in a comma (or ! ?) that hands over to it.
    rf"|(?<=[,!?][”\"])[ \t]*(?P<z>[^,.;:“”\"\n]{{2,80}}?),[^;“”\"\n]{{1,120}}?,\s+(?:{VERBS})\b"
)
_SPEECH_BEFORE = re.compile(
    # "به گفته‌ی او، «…»": گفت inside گفته‌ی is no verb, and به no speaker.
    rf"(?P<x>[^.;“”\"\n]{{2,200}}?)\s+(?:\b(?:{VERBS})\b"
    rf"|(?:{FA_VERBS}){WORD_END})[^.“”«»\"\n]{{0,90}}?"
    r"[:,،]?\s*$"
)
PRONOUNS = re.compile(
    r"^(?:he|she|they|it|the (?:group|organi[sz]ation|report|rapporteur|body))$", re.I
)
# A person's pronoun, reflexive ones included ("she herself", "خودِ او", "خودش"): each stands
# for the person named last before it.
PERSON_PRONOUN = re.compile(
    r"^(?:(?:he|she)\s+(?:him|her)self|he|she|him|her|himself|herself|"
    r"(?:خود(?:ِ|\u200cی)?\s+)?(?:وی|او|ایشان)|خود(?:ِ)?(?:ش|\u200cاش)?)$",
    re.I,
)


def quote_speakers(text: str, mentions: MentionIndex) -> list[tuple[int, int, str]]:
    """Quoted passages with the speaker named just after or just before them."""
    out = []
    for quote in _QUOTE.finditer(text):
        after = _SPEECH_AFTER.match(text, quote.end(), min(len(text), quote.end() + 120))
        source = None
        if after:
            group = next(g for g in "xyz" if after.group(g))
            # '"…," the farmer's widow, Maryam Saleh, said': the name the role is given speaks.
            source = (
                renamed(text, after.group(group), after.end(group), mentions)
                or antecedent(text, after.group(group), after.start(group), mentions)
                or party_in(text, after.start(group), after.end(group), mentions)
            )
        if source is None:
            line_start = text.rfind("\n", 0, quote.start()) + 1
            before = _SPEECH_BEFORE.search(text, line_start, quote.start())
            if before:
                source = antecedent(
                    text, before.group("x").strip(), before.start("x"), mentions
                ) or party_in(text, before.start("x"), before.end("x"), mentions)
        # "she said", "او گفت": the person who spoke last in the paragraph.
        if source is None or PRONOUNS.match(source) or PERSON_PRONOUN.match(source):
            source = paragraph_speaker(text, quote.start(), mentions) or source
        # '"…," he said.' opening a paragraph: the person named last in the paragraphs before.
        if source and PERSON_PRONOUN.match(source):
            source = person_referred(text, quote.start(), mentions) or source
        if source is None:
            source = opening_quote_speaker(text, quote.start(), mentions)
        if source:
            out.append((quote.start(), quote.end(), source))
    return out
