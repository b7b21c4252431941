"""A body named again by its head word alone, capitalised: "the Trust" after "the Kalewa Memory
Trust", "The Commission found" after "the Tarnak Truth Commission".

Formal reporting names a body in full once and then by its capitalised head; the studied gold
marks every such short form as the body (2 of 2) and never the lower-case one ("the
commission": 0 of 41), which is a description, not a name. The short form must follow a body
already found (by the registry or the rules) whose last word is that head, and takes its
entity; a head that opens a longer name ("the Commission of Inquiry", "the Court President")
is left to the rules that read whole names.
"""

import re
from bisect import bisect_right

from sabt.extract.bodies_heads import ORG_WORDS
from sabt.extract.mentions import Mention

ANNOTATOR = "names:body-short"
_SHORT = re.compile(
    rf"\b[Tt]he\s+(?P<head>(?:{ORG_WORDS}))\b"
    r"(?!-\w|[’'](?!s\b)\w|\s+(?:[A-Z0-9]|(?:of|for|on|in|to|and|against)\b))"
)


def with_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (sorted, none overlapping another, as `merge_mentions` returns them) with each
    capitalised short form of a body found before it, where it overlaps no mention."""
    starts = [m.start for m in mentions]
    by_head: dict[str, list[Mention]] = {}  # bodies of two words or more by their last word
    for mention in mentions:
        if mention.type == "organization" and " " in mention.text:
            by_head.setdefault(mention.text.split()[-1], []).append(mention)
    found = []
    for match in _SHORT.finditer(text):
        start, end = match.span("head")
        at = bisect_right(starts, start) - 1  # the last mention opening at or before it
        if (at >= 0 and mentions[at].end > start) or (
            at + 1 < len(mentions) and mentions[at + 1].start < end
        ):
            continue
        named = [b for b in by_head.get(match["head"], ()) if b.end <= start]
        if named:
            body = named[-1]  # the nearest before it
            head = match["head"]
            found.append(Mention(body.entity, body.name, body.type, head, start, end, ANNOTATOR))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
