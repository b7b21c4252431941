"""Whose report "the report" is: the organisation the text names as its author.

"Foo Watch's investigation concludes …. The report also documents that 800 were detained":
the report's figures are its author's, not those of the last body named in passing (which may
be one whose own figures the report disputes). The author is the organisation last named as
one: "X's report", "a report by X", "X published a report", a title's "(X, May 2014)".
"""

import re

from sabt.extract.mentions import MentionIndex
from sabt.extract.word_edges import NOT_AFTER_PERSIAN

_REPORT_NOUN = (
    r"(?:report|investigation|inquiry|study|survey|findings|review|analysis|list|database|"
    r"register|tally)"
)
# "Foo Watch's year-long investigation", "Foo Watch published a 90-page report".
_AUTHOR_AFTER = re.compile(
    rf"(?:['’]s\s+(?:[\w\-]+\s+){{0,2}}{_REPORT_NOUN}\b"
    rf"|\s+(?:has\s+|had\s+)?(?:published|released|issued|presented)\s+(?:a|an|its|the)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}{_REPORT_NOUN}\b"
    # a title's attribution: "(Foo Watch, August 2014)"
    r"|,\s+(?:[A-Z][a-z]+\s+)?\d{4}\))"
)
# "a report by Foo Watch", "the findings of the Bar Commission".
# "the 1997 report Foo Bar, published by the Baz Commission and the Qux Foundation": a report
# named by its title, then its publishers (each of them named after "by" and before "and").
_AUTHOR_BEFORE = re.compile(
    rf"\b{_REPORT_NOUN}\s+(?:[\w\-]+\s+){{0,3}}?(?:by|from|of)\s+(?:the\s+)?$"
    rf"|\b{_REPORT_NOUN}\b[^.;:]{{0,80}}?,\s+(?:published|issued|released|compiled)\s+by\s+"
    r"(?:[^.;:,]{0,80}?\s+and\s+)?(?:the\s+)?$"
)
# The subject that refers to the report or its authors: "The report", "the 188-page study",
# "Researchers", "its investigators".
REPORT_REFERENCE = re.compile(
    r"^(?:(?:the|this|its|their)\s+(?:(?:new|latest|full|final|[\w]+-page)\s+)?"
    rf"(?:{_REPORT_NOUN}|researchers|investigators)|[Rr]esearchers|[Ii]nvestigators)"
    r"(?:\s+(?:also|further|then|later|had|has|have))*$"
    # "گزارش می‌افزاید", "گزارش همچنین …": the report, said bare, is the one just published.
    r"|^گزارش(?:\s+(?:همچنین|نیز))?$",
    re.I,
)
# "X، نهادی که …، گزارش تازه‌ای … منتشر کرده است": X published a report, in its sentence.
_AUTHOR_AFTER_FA = re.compile(
    rf"[^.؛\n]{{0,120}}?{NOT_AFTER_PERSIAN}گزارش[^.؛\n]{{0,60}}?"
    r"(?:منتشر|ارائه|تهیه)\s+(?:کرد|کرده|ساخت|نمود)"
)
# "گزارش تازه‌ی X", "گزارش X": the report of X (an adjective in the ezafe may come between).
_AUTHOR_BEFORE_FA = re.compile(
    rf"{NOT_AFTER_PERSIAN}گزارش(?:ِ|‌ی|ی)?(?:\s+[\u0600-\u06FF\u200c]+(?:‌ی|ِ))?\s+$"
)
_REACH = 6000
# How far after a Persian body's name its report may be said to be published.
_AFTER_FA = 200


def report_author(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The organisation last named before `at` as the author of a report."""
    author = None
    for mention in mentions.within(max(0, at - _REACH), at):
        if mention.type != "organization":
            continue
        if (
            _AUTHOR_AFTER.match(text, mention.end, min(len(text), mention.end + 80))
            or _AUTHOR_BEFORE.search(text, max(0, mention.start - 200), mention.start)
            or _AUTHOR_AFTER_FA.match(text, mention.end, min(len(text), mention.end + _AFTER_FA))
            or _AUTHOR_BEFORE_FA.search(text, max(0, mention.start - 30), mention.start)
        ):
            author = mention.name or mention.text
    return author
