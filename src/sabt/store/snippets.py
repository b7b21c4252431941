"""Search snippets cut from the original text, not from its normalised form.

The index holds normalised text (hamza seats dropped, Persian digits folded…), which reads as
misspelt; an analyst must see the words as the source wrote them. Normalisation is
character-local apart from whitespace, so folding the text one character at a time gives a map
from every normalised position back to the original.
"""

import re
from functools import cache

from sabt.text.normalise import normalise_for_search

CONTEXT_BEFORE = 60
CONTEXT_AFTER = 100


@cache
def _fold(ch: str) -> str:
    return " " if ch.isspace() else normalise_for_search(ch)


def _folded(raw: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of its original character."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(raw):
        piece = _fold(ch)
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


def raw_snippet(raw: str, terms: list[str]) -> str:
    """A window of `raw` around the first term found, with every found term in [brackets]."""
    folded, origin = _folded(raw)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(term)}(?!\w)" for term in terms if term))
    spans = [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(folded)]
    if not spans:
        return raw[: CONTEXT_BEFORE + CONTEXT_AFTER].strip()
    start = max(0, spans[0][0] - CONTEXT_BEFORE)
    end = min(len(raw), spans[0][1] + CONTEXT_AFTER)
    parts: list[str] = []
    cursor = start
    for low, high in spans:
        if low < cursor or high > end:
            continue
        parts += [raw[cursor:low], "[", raw[low:high], "]"]
        cursor = high
    parts.append(raw[cursor:end])
    text = " ".join("".join(parts).split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(raw) else "")
