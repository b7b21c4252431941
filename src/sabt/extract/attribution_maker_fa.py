"""A Persian figure "according to" a document whose maker a relative clause names: «بر پایه‌ی
«گزارش عملیاتی شماره‌ی ۱۲» که خود واحدهای ویژه به پایتخت فرستادند، ۴۵۰ نفر …», «بنا بر
شهادت‌هایی که انجمن X گردآوری کرده است، …».

The document speaks in its maker's voice, so whoever sent, published or gathered it asserts
its figures. The verb inside the relative clause is no verb of the sentence (the noun before
که is not its speaker), and the cue "according to" would read the relative clause as a party.
"""

import itertools
import re

from sabt.extract.anchored import Keyed
from sabt.extract.attribution_clause import Cue
from sabt.extract.attribution_fa import FA_SUBJECT_END, FA_VERBS
from sabt.extract.attribution_party import party_in
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import WORD_END

_PREPOSITIONS = ("بر پایه", "بر اساس", "براساس", "بنا بر", "بنابر", "طبق", "مطابق", "به استناد")
# What is made and handed on, besides the verbs of asserting: sent, prepared, drawn up; by
# them or by "us" ("فهرستی که تهیه کرده‌ایم").
_MADE = (
    r"(?:فرستاد|ارسال کرد|تهیه کرد|تنظیم کرد|ارائه کرد|ارائه داد|انجام داد|پخش کرد|"
    r"جمع‌آوری کرد|گرد آورد)(?:ند|ه‌اند|ه است|ه‌است|ه بود|ه بودند|یم|ه‌ایم|ه ایم|ه بودیم|ه)?"
)
# "که گردآوری کرده‌ایم": the maker may be only the verb's person
_MADE_BY = (
    r"\s+که\s+(?:"
    # "اطلاعاتی که به دست ما رسیده است": what reached "us" with no maker named is our own
    r"(?P<received>(?:به\s+دست|در\s+اختیار)\s+ما\s+(?:رسید|قرار\s+گرفت))"
    rf"|(?:(?P<x>[^،,.؛\n]{{2,80}}?)\s+)?(?P<verb>{FA_VERBS}|{_MADE}){WORD_END})"
)
_MAKER = re.compile(
    rf"(?:{'|'.join(_PREPOSITIONS)})(?:ِ|‌ی|ی)?\s+"
    # the document: a title in quote marks, or a noun of a few words ("شهادت‌هایی", "گزارشی")
    r"(?:«[^»\n]{1,80}»|[^\s،,.؛«»()]+(?:\s+[^\s،,.؛«»()]+){0,2}?)" + _MADE_BY
)
# "فهرستی که انجمن ما گرد آورده است، نام ۱۲ نفر را در بر دارد": a list or report opening the
# sentence as its subject, its maker named in its relative clause.
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:فهرست|گزارش|سیاهه)(?:‌هایی|هایی|ی)" + _MADE_BY)
# "گردآوری کرده‌ایم", "فرستادیم": a verb in the first person plural, the report's own "we".
WE_MADE = re.compile(r"(?:یم|‌ایم| ایم|بودیم)$")
_FINDER = Keyed(_MAKER, _PREPOSITIONS)
_SELF = frozenset(("خود", "خودِ", "خویش"))
# Words before the maker's verb that name no maker: where and when it was made, or sent.
_NOT_MAKER = FA_SUBJECT_END - {"از"}


def maker_cues(
    text: str, sentence: Sentence, mentions: MentionIndex
) -> tuple[list[Cue], list[tuple[int, int]]]:
    """A cue for each such document's maker, and the spans (sentence offsets) of the phrases,
    whose verbs are the relative clause's, not the sentence's."""
    cues = []
    spans = []
    subject = _DOCUMENT_SUBJECT.match(sentence.text)
    for match in itertools.chain([subject] if subject else [], _FINDER.finditer(sentence.text)):
        spans.append(match.span())
        source: str | None
        if match.group("received"):
            source = "ما"
        elif match.group("x") is None:
            source = "ما" if WE_MADE.search(match.group("verb")) else None
        else:
            x_start, x_end = sentence.start + match.start("x"), sentence.start + match.end("x")
            source = party_in(text, x_start, x_end, mentions, named=True)
            source = source or _maker_words(match.group("x"))
        if source:
            cues.append(Cue(sentence.start + match.start(), source))
    return cues, spans


def _maker_words(clause: str) -> str | None:
    """The maker's words: those before a phrase of time, place or destination, without the
    emphatic خود ("که خود X به برلین فرستادند")."""
    words = clause.split()
    while words and words[0] in _SELF:
        words.pop(0)
    kept = []
    for word in words:
        if word in _NOT_MAKER or any(ch.isdigit() for ch in word):
            break
        kept.append(word)
    return " ".join(kept) or None
