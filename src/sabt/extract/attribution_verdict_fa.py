"""A Persian figure stated on the authority of a verdict is the court's that gave it.

"بنا بر متن حکم، ۹ نفر کشته شدند", "طبق رأی دادگاه …", "در حکم دادگاه آمده است که …": the text
says where the figure is read, a ruling, and names no court there; the court is the one the text
named before ("دادگاه X امروز حکم خود را صادر کرد"), as "این دادگاه" would refer to it. With no
court named before, the figure stays the author's.
"""

import re

from sabt.extract.attribution_clause import Cue
from sabt.extract.attribution_party import antecedent
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

_EZAFE = r"(?:ِ|‌ی|ی)?"
# The ruling, its text or summary, and the court's noun after it: "متن حکم دادگاه", "رأی".
_RULING = (
    rf"(?:(?:متن|خلاصه|چکیده){_EZAFE}\s+)?(?:حکم|رأی|رای)(?:‌های|های)?{_EZAFE}"
    rf"(?:\s+(?:این\s+)?دادگاه{_EZAFE})?"
)
# "on the authority of the ruling" (its comma, or a passive of stating after "in the ruling").
_BY_RULING = re.compile(
    rf"{NOT_AFTER_PERSIAN}(?:بنا\s?بر|طبق|مطابق|بر\s?اساس|بر\s+پایه{_EZAFE}|به\s+استناد{_EZAFE})"
    rf"\s+{_RULING}\s*،"
    rf"|{NOT_AFTER_PERSIAN}در\s+{_RULING}\s+آمده(?:\s+است|‌است|\s+بود)?{WORD_END}"
)


def verdict_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    """A cue for each figure a sentence reads from a ruling: the court named before it."""
    cues = []
    for match in _BY_RULING.finditer(sentence.text):
        at = sentence.start + match.start()
        court = antecedent(text, "این دادگاه", at, mentions)
        if court:
            cues.append(Cue(at, court))
    return cues
