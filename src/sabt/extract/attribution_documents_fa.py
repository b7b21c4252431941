"""A Persian figure stated in documents the text ascribes to no one: "… و در اعلامیه‌هایی که
آن روزها پخش می‌شد، شمار کشته‌ها تا ۳۰۰ نفر ذکر شده بود".

A passive verb of stating (ذکر شده بود، آمده است، اعلام شده بود) whose place is a document
described only by a relative clause states the figure in that document's voice: the party is
the documents as the text names them (اعلامیه‌هایی), not the speaker of the clause before و.
A document with its author named ("در گزارش X آمده است") is `FA_STATED_IN`'s.
"""

import re

from sabt.extract.attribution_clause import Cue
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

_DOCUMENT = r"(?:اعلامیه|بیانیه|اطلاعیه|شب‌نامه|نامه|گزارش|فهرست|سند|نوشته)(?:‌هایی|‌ای|ی)"
# The document, its relative clause up to a comma, then the passive verb of its clause.
_STATED_IN_DOCUMENT = re.compile(
    rf"{NOT_AFTER_PERSIAN}در\s+(?P<doc>{_DOCUMENT})\s+که\s+[^.؛،]{{1,80}}،"
    r"[^.؛،]{1,80}?\s(?:(?:ذکر|اعلام|قید|ثبت|عنوان|گزارش)\s+شده|آمده)"
    rf"(?:\s+است|‌است|\s+بود|‌اند|\s+بودند)?{WORD_END}"
)


def document_cues(sentence: Sentence) -> list[Cue]:
    """A cue for each figure stated in an unascribed document, reaching over its clause."""
    return [
        Cue(
            sentence.start + match.start(),
            match.group("doc"),
            scoped=True,
            reach=(sentence.start + match.start(), sentence.start + match.end()),
        )
        for match in _STATED_IN_DOCUMENT.finditer(sentence.text)
    ]
