"""The party of a participle of reporting ("X closed its inquiry after confirming …").

A participle has no subject of its own: whoever the sentence opens on, or the party named before
it, asserts what it says. `attribution.find_cues` adds these cues to those of the verbs.
"""

import re

from sabt.extract.attribution_clause import Cue
from sabt.extract.attribution_party import party_in
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence

# "X closed its inquiry after confirming the deaths of 1,803 people": a participle of a report
# verb after a conjunction has the sentence's subject as its own.
_PARTICIPLE = re.compile(
    r"\b(?:after|while|when|before|by)\s+(?:confirming|acknowledging|admitting|establishing|"
    r"documenting|recording|counting|reporting|estimating)\b|"
    # "Relatives dispute this, saying 40 were killed": what the subject says after its comma.
    r",\s*(?:saying|adding|claiming|insisting|noting|arguing|alleging|stating|estimating)\b"
)
# A clause with a comma or a dash of its own may open on a phrase, a time or a dateline.
_NOT_PLAIN = re.compile(r"[,:;(]|\s[-—–]\s")
# The capitalised noun phrase that opens a sentence: "Dorma's Office of the Prosecutor".
_OPENING_NAME = re.compile(
    r"(?:The\s+)?(?!(?:The|A|An|In|On|At|After|By|When|While|It|They|He|She|This|That)\b)"
    r"(?P<x>[A-Z][\w'’\-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w'’\-]*)*)"
)


def participle_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    """ "X closed its inquiry after confirming …", "…, saying 40 were killed": the sentence's
    subject asserts what its participle says."""
    cues = []
    body = sentence.text
    participles = list(_PARTICIPLE.finditer(body))
    opening = _OPENING_NAME.match(body) if participles else None
    for match in participles:
        opened = opening.group("x") if opening else None
        # "Police raided the offices of X, saying …": the subject of a plain clause says it.
        plain = not _NOT_PLAIN.search(body, 0, match.start())
        if not (opened and plain and match.group().startswith(",")):
            opened = (
                party_in(text, sentence.start, sentence.start + match.start(), mentions, named=True)
                or opened
            )
        if opened:
            cues.append(Cue(sentence.start + match.start(), opened, scoped=True))
    return cues
