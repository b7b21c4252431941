"""A court's bench or chamber is the court named before it.

"The High Court of X overturned the acquittals. The bench of Justice Y found that …", "The
Supreme Court sentenced X. A three-judge special chamber, whose presiding judge …, ruled that
…": the judges who sit on a case speak as the court the text named before, not as a body of
their own nor as the judge who presides. Only a nameless chamber or bench refers back ("Trial
Chamber IX" is a name of its own), and only to a court named within reach before it.
"""

import re

from sabt.extract.attribution_discourse import REACH
from sabt.extract.mentions import MentionIndex

# "three-judge special chamber", "the bench", "a full bench": lowercase words before the head.
_NAMELESS = re.compile(r"^(?:(?:an?|the|its)\s+)?(?:[a-z][\w\-]*\s+){0,3}(?:chamber|bench)$")
# "The bench of Justice Y and Justice Z": the judges named after it sit as the court.
_BENCH_OF = re.compile(r"\b(?:chamber|bench)\s+of\s+(?:(?:Justices?|Judges?)\s+)?$", re.I)
# How far before a judge's name "the bench of Justice" may begin.
_BENCH_REACH = 40
_COURT = re.compile(r"\b(?:Court|Tribunal)\b")


def bench_court(text: str, at: int, source: str, mentions: MentionIndex) -> str | None:
    """The court `source` sits for, when it is a nameless chamber or bench or a judge named as
    its bench ("the bench of Justice Y"), and a court was named in the text before `at`."""
    if not _NAMELESS.match(source) and not _named_as_bench(text, at, source, mentions):
        return None
    earlier = mentions.within(max(0, at - REACH), at)
    courts = [m for m in earlier if m.type == "organization" and _COURT.search(m.name or m.text)]
    return (courts[-1].name or courts[-1].text) if courts else None


def _named_as_bench(text: str, at: int, source: str, mentions: MentionIndex) -> bool:
    """Whether the person `source` is named, before `at`, as the judge of a bench."""
    people = [
        m
        for m in mentions.within(max(0, at - REACH), at)
        if m.type == "person" and source in (m.name, m.text)
    ]
    if not people:
        return False
    start = people[-1].start
    return bool(_BENCH_OF.search(text, max(0, start - _BENCH_REACH), start))
