"""Offset-preserving folding: the text that the registry matcher reads, and the way back.

`sabt.text.normalise.normalise_for_search` says which spellings are one word; it rewrites a
string, so offsets are lost. Here every character of the source is folded on its own (the same
rule, applied per character and cached), characters that fold to nothing are dropped, and a
table keeps, for each folded character, the index of the source character it came from. A
match in folded text is then mapped back to exact offsets in the text the reader sees.

Apostrophes, dashes and ZWNJ fold to a space (so "Raisi’s" ends a word at "raisi"); hyphens
fold to nothing ("Pour-Mohammadi" → "pourmohammadi"). Registry keys are folded the same way
and with separators removed or spaced (`fold_key`), so the usual spellings meet.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np

from sabt.text.normalise import normalise_for_search

_DROP = "\x00"
_SPACE_LIKE = set("'’‘‛ʼ`´/\u200c\u200b\u2012\u2013\u2014\u2015\u2212")
_HYPHENS = set("-\u2010\u2011")


class _FoldTable(dict[int, str]):
    """`str.translate` table computed lazily: each code point folded once, then cached."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isspace() or ch in _SPACE_LIKE:
            folded = " "
        elif ch in _HYPHENS:
            folded = _DROP
        else:
            folded = normalise_for_search(ch)
            if folded == "":
                folded = _DROP
            elif len(folded) != 1:
                folded = ch.lower()[:1] or _DROP
        self[code] = folded
        return folded


_TABLE = _FoldTable()


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the source index it came from."""

    text: str
    origin: "np.ndarray[Any, np.dtype[np.intp]]"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets [start, end) of the folded span [start, end)."""
        return int(self.origin[start]), int(self.origin[end - 1]) + 1


def fold(text: str) -> Folded:
    """Fold `text` for matching; runs of spaces become one space."""
    same_length = text.translate(_TABLE)
    if _DROP not in same_length and "  " not in same_length:
        return Folded(same_length, np.arange(len(text)))
    codes = np.frombuffer(same_length.encode("utf-32-le"), dtype=np.uint32)
    kept = np.flatnonzero(codes != 0)
    spaces = codes[kept] == ord(" ")
    single = np.concatenate(([True], ~(spaces[1:] & spaces[:-1])))
    origin = kept[single]
    return Folded(codes[origin].tobytes().decode("utf-32-le"), origin)


def fold_key(name: str) -> set[str]:
    """The folded keys under which a registered name is matched.

    Hyphens join words in folded text ("Pour-Mohammadi" → "pourmohammadi"), so a hyphenated
    name is also keyed with the hyphen as a space, for texts that write it as two words.
    """
    spaced = "".join(" " if ch in _HYPHENS else ch for ch in name)
    joined = "".join(ch for ch in name if ch not in _SPACE_LIKE)
    return {key for key in (fold(v).text.strip() for v in (name, spaced, joined)) if key}
