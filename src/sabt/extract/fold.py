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
# The same folding as code points, for the Basic Multilingual Plane, filled from `_TABLE` as
# characters are first met: one numpy look-up folds a whole text, some seven times faster
# than `str.translate` with a table (8.9 -> 1.2 ms on the studied gold texts, which are not
# ASCII: translate looks each character up through the table's mapping protocol; the whole
# `fold` 16.4 -> 7.0 ms; CPU, measured 2026-12-07). Filled lazily: a text meets few of its
# 65,536 characters, and folding them all would be paid at start-up.
_UNSEEN = np.uint32(0xFFFFFFFF)
_BMP_TABLE = np.full(0x10000, _UNSEEN, dtype=np.uint32)


def _folded_codes(text: str) -> "np.ndarray[Any, np.dtype[np.uint32]]":
    """The code points of `text` folded one by one (`_TABLE`), 0 for a dropped character."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and int(codes.max()) > 0xFFFF:  # beyond the plane (an emoji): the table
        folded_text = text.translate(_TABLE).encode("utf-32-le", "surrogatepass")
        return np.frombuffer(folded_text, dtype=np.uint32)
    folded = _BMP_TABLE[codes]
    unseen = folded == _UNSEEN
    if unseen.any():
        for code in np.unique(codes[unseen]).tolist():
            _BMP_TABLE[code] = ord(_TABLE[code])
        folded = _BMP_TABLE[codes]
    return folded


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
    codes = _folded_codes(text)
    same_length = codes.tobytes().decode("utf-32-le", "surrogatepass")
    if _DROP not in same_length and "  " not in same_length:
        return Folded(same_length, np.arange(len(text)))
    kept = np.flatnonzero(codes != 0)
    spaces = codes[kept] == ord(" ")
    single = np.concatenate(([True], ~(spaces[1:] & spaces[:-1])))
    origin = kept[single]
    return Folded(codes[origin].tobytes().decode("utf-32-le", "surrogatepass"), origin)


def fold_key(name: str) -> set[str]:
    """The folded keys under which a registered name is matched.

    Hyphens join words in folded text ("Pour-Mohammadi" → "pourmohammadi"), so a hyphenated
    name is also keyed with the hyphen as a space, for texts that write it as two words.
    """
    spaced = "".join(" " if ch in _HYPHENS else ch for ch in name)
    joined = "".join(ch for ch in name if ch not in _SPACE_LIKE)
    return {key for key in (fold(v).text.strip() for v in (name, spaced, joined)) if key}
