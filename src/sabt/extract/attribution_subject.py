"""Where the subject of a verb of asserting ends, when words between it and the verb belong to
something else.

"A commission investigating the army's crackdown said …": the participle opens a modifier,
and the crackdown is what the commission investigates, not who speaks. "… said that it had
confirmed 166 deaths and identified 179 missing": the second verb shares the first one's
subject, so the words before the second verb are no subject of their own.
"""

import re

from sabt.extract.attribution_party import VERB

PASSIVE = re.compile(r"\s+by\b")
# "A panel examining the killings", "Residents fleeing the town", "a body tasked with …": a
# participle with its object after a noun. "the ruling party" (an adjective) has no object,
# and "on Monday morning the ministry said" holds a noun in -ing, no participle.
_REDUCED_RELATIVE = re.compile(
    r"(?<=\w)\s+(?:(?!(?:during|according|including|regarding|concerning|following|morning|"
    r"evening|building|meeting|hearing|briefing|uprising|killing|bombing|shooting|fighting|"
    r"ruling|funding|beginning|spring|king|thing|nothing|something|anything|everything|"
    r"wedding|sibling|offspring|ceiling|wing)\b)"
    r"[a-z]{2,}ing\s+(?:the|a|an|its|their|his|her|into|allegations|abuses|claims|events|"
    r"what|how|whether|crimes|killings|deaths)\b|"
    r"(?:set\s+up|tasked|charged|appointed|mandated|created|established)\s+(?:to|with|by)\b)"
)

# "it had confirmed …", "the body has documented …": a verb after a subject pronoun or "have"
# is a verb, not a noun ("court records", "its estimates").
_SHARED_SUBJECT = re.compile(r"\b(?:it|they|he|she|we|had|has|have)\s+(?:also\s+)?$", re.I)

# "In its final report, the commission documented …", "On Monday, X said …": a phrase of
# time, place or manner fronted before the subject, closed by a comma.
_FRONTED = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Since|Following|Despite|Speaking|Writing|Citing|"
    r"Asked|Earlier|Later|Last|This)\b[^,;:“”\"]{1,80},\s*(?=\S)"
)


def start_of_subject(text: str, start: int, end: int) -> int:
    """Where the subject in text[start:end] begins: after a fronted phrase and its comma."""
    fronted = _FRONTED.match(text, start, end)
    return fronted.end() if fronted else start


def end_of_subject(text: str, start: int, end: int) -> int:
    """Where the subject in text[start:end] (the words before a verb of asserting) ends."""
    modifier = _REDUCED_RELATIVE.search(text, start, end)
    if modifier and text[start : modifier.start()].strip():
        end = modifier.start()
    for verb in VERB.finditer(text, start, end):
        if _SHARED_SUBJECT.search(text, start, verb.start()) and not PASSIVE.match(
            text, verb.end()
        ):
            return verb.start()
    return end
