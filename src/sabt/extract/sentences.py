"""Sentences and clauses: the unit an excerpt is cut at and an attribution is searched in.

Rules, not a model: a sentence ends at . ! ? ؟ or … followed by space and a capital, a
Persian letter, a digit or a quote, and at every line break (articles put headlines on lines
of their own). Abbreviations such as "Mrs." and "U.S." and an initial ("A. B. Smith"; a single
capital other than the pronoun "I") do not end a sentence.
"""

import re
from dataclasses import dataclass

_END = re.compile(r"[.!?؟…]+[”\"'’»)]*(?=\s+[\"“«(A-Z0-9\u0600-\u06ff])|\n+")
# (Ranks and offices shortened before a name, "Maj. Gen. X", "Sen. X", as the name rules
# read them.)
_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof st gen col lt sgt no vs etc jr sr u.s u.n d.c e.g i.e inc co "
    "maj brig capt cpl pvt adm cmdr cdr lieut sen rep gov supt insp"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text` with their offsets, blank ones left out."""
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            word = text[max(0, match.start() - 4) : match.start()].split()
            last = word[-1].lstrip("(") if word else ""
            if last.lower() in _ABBREVIATIONS or _is_initial(last):
                continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append(out, text, start, end)
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _is_initial(word: str) -> bool:
    """A single capital letter before "." is an initial of a name ("A. B. Smith")."""
    return len(word) == 1 and word.isupper() and word != "I"


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))
