"""The party of a toll that someone accepted or gave ("The toll later accepted by most
historians was 38").

The figure is the predicate of "was" and the toll its subject: no verb of asserting stands
before the figure, yet whoever accepted, adopted or gave the toll asserts it.
`attribution.find_cues` adds these cues to those of the verbs.
"""

import re

from sabt.extract.attribution_clause import Cue
from sabt.extract.attribution_party import party_in
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence

# "the toll later accepted by most accounts, and by the X Commission, was 45": the first
# agent, up to a comma or the copula.
_ACCEPTED = re.compile(
    r"\b(?:toll|figure|number|count|total|tally|estimate)\s+"
    r"(?:(?:later|since|now|then|widely|generally|officially|eventually)\s+)?"
    r"(?:accepted|adopted|given|used|endorsed|recognised|recognized)\s+by\s+"
    r"(?P<x>[^,.;:()\n\d]+?)(?=\s*[,;:()]|\s+(?:was|is|were|stands|stood|has|had)\b)"
)


def accepted_toll_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    """ "The toll later accepted by X was 45": X asserts the toll."""
    cues = []
    for match in _ACCEPTED.finditer(sentence.text):
        start, end = sentence.start + match.start("x"), sentence.start + match.end("x")
        source = party_in(text, start, end, mentions)
        if source:
            cues.append(Cue(sentence.start + match.start(), source))
    return cues
