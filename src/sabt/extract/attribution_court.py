"""A court that sentences people asserts the count of its sentence; so does one that convicts,
charges, indicts or acquits them, or refers to victims in its reasoning, and the deaths its
ruling is over ("for the killing of 9 miners").

"A military court sentenced 40 soldiers", "دادگاه ۳ متهم را به اعدام محکوم کرد": the
number sentenced is the court's own ruling, so the court is the party of that count (the
gold convention since 2026-12-07). Only the subject of an active sentencing verb counts:
"40 soldiers were sentenced" names no court.
"""

import re

from sabt.extract.attribution_court_fa import persian_court_cues
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence

_COURT_EN = r"(?:court|tribunal|chamber|judges?|panel)"
# "The military court in Kananga on Saturday sentenced": the subject ends at the verb; the
# court noun is its head when no other noun follows it but places, dates and adverbs.
_SENTENCED_EN = re.compile(
    rf"(?P<x>\b(?:[A-Z][\w'’\-]*\s+|(?:an?|the|its|a\s+\w+)\s+)?(?:[\w'’\-]+\s+){{0,5}}?"
    rf"{_COURT_EN}\b(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s*){{1,5}})?)"
    r"(?P<rest>(?:\s+(?:in|at|on|of)\s+(?:[A-Z][\w'’\-]*|\d+)(?:\s+(?:[A-Z][\w'’\-]*|\d+)){0,3})*"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?)"
    # Any act of a court on people, or on victims its reasoning refers to, not only a sentence.
    r"(?:sentenced|convicted|charged|indicted|acquitted|referred\s+to)\b",
    re.I,
)
# Those sentenced: the object up to "to death", "to prison", a clause's end.
_SENTENCED_EN_OBJECT = re.compile(r"[^.;:,()]{1,160}?(?=\s+to\b|[.;:,()]|$)")
# "… to eight years for the killing of 9 miners": the deaths a ruling is over are its finding
# (but not "for the raid, in which 30 died", a crime the author describes).
_GROUNDS = re.compile(
    r"[^.;:,()]{0,80}?\b(?:for|over)\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?"
    r"(?:deaths?|killings?|murders?)\s+of\s+[^.;:,()]{1,60}",
    re.I,
)
# "In July 2021 the court": the court's words begin at its last article.
_BEFORE_ARTICLE = re.compile(r"^.*\b(?:an?|the|its)\s+(?=\S)", re.I | re.S)


def court_cues(
    text: str, sentence: Sentence, mentions: MentionIndex
) -> list[tuple[int, str, tuple[int, int]]]:
    """(position of the verb, the court, the span of those it sentences) for each active
    sentencing verb whose subject is a court in `sentence`: the court speaks of the people
    it sentenced, not of "the massacre in which dozens were killed" that follows."""
    body = sentence.text
    out: list[tuple[int, str, tuple[int, int]]] = []
    for match in _SENTENCED_EN.finditer(body):
        x_start = sentence.start + match.start("x")
        x_end = sentence.start + match.end("x")
        named = [m for m in mentions.within(x_start, x_end) if m.type == "organization"]
        court = named[-1].text if named else _BEFORE_ARTICLE.sub("", match.group("x").strip())
        after = sentence.start + match.end()
        sentenced = _SENTENCED_EN_OBJECT.match(text, after)
        end = sentenced.end() if sentenced else after
        grounds = _GROUNDS.match(text, end, sentence.end)
        out.append((after, court, (after, grounds.end() if grounds else end)))
    out += persian_court_cues(text, sentence, mentions)
    return out
