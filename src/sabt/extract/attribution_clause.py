"""Which asserting party a figure takes among its sentence's cues: the quote it sits in, else the
nearest cue in its own clause, else the nearest before it in its sentence.

Finding the cues (`attribution.find_cues`) reads who speaks; this module only decides which of
them speaks of a given figure, by where clauses open and close.
"""

import re
from dataclasses import dataclass

from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

# Where one clause ends and another opens within a sentence (also read by `find_cues`).
CLAUSE_BREAK = re.compile(
    r";|؛|,\s*(?:while|whereas|but)\b|\bwhereas\b|\bwhile\b|در حالی که|اما|ولی"
)
# The Persian "and" as a word of its own (not the و inside a word, "وزارت"; also read by
# `attribution_court`).
PERSIAN_AND = rf"{NOT_AFTER_PERSIAN}و{WORD_END}"
# ", and hundreds more were imprisoned": "and" opening a clause with its own subject and verb.
_AND = re.compile(rf"{PERSIAN_AND}|\band\b")
# "ارتش ۱۲ نفر را بازداشت کرد و به گفته‌ی شاهدان، …": "according to X" after و, once the
# figure's own verb has closed its clause, opens the next clause and speaks of what follows.
# "… جان ده‌ها نفر را گرفت، و در حمله‌ی بعدی، به گفته‌ی X، …": a phrase of time or place may
# open the next clause before "according to X", which still speaks only of what follows.
_FA_CLAUSE_CLOSED_AND = re.compile(
    r"(?<![\w\u200c])(?:کرد|کردند|شد|شدند|بود|بودند|است|اند|گرفت|گرفتند|داد|دادند)"
    r"[\s\u200c]*[،,]?\s+و\s+(?:(?:در|پس\s+از|پیش\s+از|هنگام|طی)\s[^،,.]{1,80}[،,]\s*)?$"
)
# ", and" (or "، و") opening a clause of its own after a figure.
_COMMA_AND = re.compile(rf"[,،]\s*(?:{_AND.pattern})")
_NEW_CLAUSE = re.compile(
    # "…, and 20 more people who were reported missing": a verb after a relative pronoun is a
    # second object's relative clause, not a clause of its own.
    r",\s+and\s+(?!then\b)(?=(?:(?!that\b|who\b|which\b)[\w\-,]+\s+){0,5}?"
    r"(?:were|was|are|is|have|has|had)\b)"
)


@dataclass(frozen=True)
class Cue:
    """A place in the text where someone is said to assert what follows or precedes.

    A verb's cue (`scoped`) reaches no further than ", and" opening a clause of its own
    ("Historians estimate that …, and hundreds more were imprisoned" leaves the second
    figure the author's); "according to X" stands over the whole sentence.
    """

    at: int
    source: str | None
    scoped: bool = False
    # A cue that speaks only of the figures in text[reach[0]:reach[1]] (a court's sentence).
    reach: tuple[int, int] | None = None
    # "Ana Ruiz, whose son was among 43 students taken, said …": the speaker's apposition, whose
    # figures the author states, not the speaker.
    aside: tuple[int, int] | None = None


def attribute(
    position: int, sentence: Sentence, cues: list[Cue], quotes: list[tuple[int, int, str]]
) -> str | None:
    """The source asserting the figure at `position`, or None when the text's author does."""
    for start, end, source in quotes:
        if start < position < end:
            return source
    cues = [
        c
        for c in cues
        if (c.reach is None or c.reach[0] <= position < c.reach[1])
        and not (c.aside and c.aside[0] <= position < c.aside[1])
    ]
    if not cues:
        return None
    joined = [sentence.start + m.start() for m in _NEW_CLAUSE.finditer(sentence.text)]
    cues = [c for c in cues if not (c.scoped and any(c.at < j < position for j in joined))]
    if not cues:
        return None
    breaks = [sentence.start + m.start() for m in CLAUSE_BREAK.finditer(sentence.text)]

    def clause(at: int) -> int:
        return sum(1 for b in breaks if b <= at)

    here = clause(position)
    same = [c for c in cues if clause(c.at) == here]
    # A source in a later clause speaks of that clause ("40 men were sentenced; their lawyers
    # said …"); one in an earlier clause may stand over the sentence.
    earlier = [c for c in cues if c.at < position]
    if not (same or earlier):
        return None
    best = min(same or earlier, key=lambda c: abs(c.at - position))
    # "به گزارش X، ۱۰۰۰ نفر بازداشت شدند و Y اعلام کرد که …": a verb after "and" that opens a
    # clause of its own speaks of what follows it, not of the figure before.
    standing = [c for c in cues if not c.scoped and c.at < position]
    between = sentence.text[position - sentence.start : best.at - sentence.start]
    # "Officials put the toll at 40, and doctors said that 10 more …": a verb after ", and"
    # speaks of its own clause when a verb before the figure already speaks of it.
    spoken = [c for c in same or earlier if c.scoped and c.at < position]
    if best.at > position and standing and _AND.search(between):
        best = max(standing, key=lambda c: c.at)
    elif best.at > position and best.scoped and spoken and _COMMA_AND.search(between):
        best = max(spoken, key=lambda c: c.at)
    elif best.at > position and not best.scoped and _FA_CLAUSE_CLOSED_AND.search(between):
        return None
    return best.source
