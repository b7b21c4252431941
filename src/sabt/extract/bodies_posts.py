"""A body's name that stands as a person's post is the post, not the body: "Ana Ortiz, the UN
High Commissioner for Human Rights, said …", "… served as Special Rapporteur on Torture".

A registry may list an office by its holder's title ("UN High Commissioner for Human Rights"
for the Office), and the rules read a title with "for" as a name ("… Commissioner for Human
Rights reported"). Named in apposition to a person, or after "as", the words say what the
person is, and no body is named there. Said of the office itself ("a spokesman for the UN High
Commissioner …") the name stays a body.
"""

import re

from sabt.extract.mentions import Mention

# The titles of a post held by one person, which head such a name.
_POST_TITLES = re.compile(
    r"\b(?:Commissioner|Rapporteur|Envoy|Representative|Adviser|Advisor|Coordinator)\b"
)
# ", the" (or ", then", ", former") after a person's name, or "as (the)", before the post.
_APPOSED = re.compile(r",\s+(?:the|then|former)\s+$")
_AS = re.compile(r"\sas\s+(?:the\s+)?$")
_REACH = 16


def without_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` less each organisation named by a post's title that stands in apposition to
    a person mention just before it, or after "as"."""
    persons_end = {m.end for m in mentions if m.type == "person"}
    kept = []
    for mention in mentions:
        if mention.type == "organization" and _POST_TITLES.search(mention.text):
            before = max(0, mention.start - _REACH)
            if _AS.search(text, before, mention.start):
                continue
            cue = _APPOSED.search(text, before, mention.start)
            if cue and cue.start() in persons_end:
                continue
        kept.append(mention)
    return kept
