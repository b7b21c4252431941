"""Public figures whose Persian-script names the text writes with no cue before or after them.

A report on violence cites the officials of the United Nations, the international courts and
the governments of the region, and the Persian press writes them bare: "گوترش خواستار … شد",
"به گفته‌ی ولادیمیر پوتین". A foreign family name has no Persian shape and a foreign given
name opens it only where the press writes one, so the names of the figures such reports cite
are written down whole (`data/public_figures_fa.txt`): each full name is a person wherever it
stands, and a family name no Persian word spells (پوتین، گوترش) is one on its own.
"""

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import name_key
from sabt.extract.name_words_fa import WORD, mention
from sabt.extract.stretch_words_fa import StretchWords

RULE = "known-person-fa"
_LONGEST = 6  # the most words a listed name has (خاویر پرز دکوئیار, with its spellings)
# The next word on the same line, only spaces before it.
_FOLLOWING = re.compile(rf"[^\S\n]+(?P<word>{WORD})")


@cache
def _figures() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(the first word of each full name → the full names it opens, the family names that
    name a person alone), all as `name_key` folds them."""
    text = resources.files("sabt.extract").joinpath("data/public_figures_fa.txt")
    opening: dict[str, set[str]] = {}
    alone: set[str] = set()
    for line in text.read_text("utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        if name.startswith("="):
            alone.add(name_key(name[1:]))
            continue
        first = name_key(name.split()[0])
        opening.setdefault(first, set()).add(name_key(name))
    return {k: frozenset(v) for k, v in opening.items()}, frozenset(alone)


def known_persons(words: StretchWords) -> Iterator[Mention]:
    """The listed full names among the Persian `words`, the longest at each word, and the
    listed family names standing alone outside them. Only the spellings whose key opens a
    listed name or is one are visited (each spelling folded once), not every word."""
    opening, alone = _figures()
    text = words.text
    keys = {}
    for spelling in words.at:
        key = name_key(spelling)
        if key in opening or key in alone:
            keys[spelling] = key
    covered = -1
    for start, spelling in sorted((at, s) for s in keys for at in words.at[s]):
        if start < covered:
            continue
        key = keys[spelling]
        names = opening.get(key)
        if names:
            found = _longest(text, start + len(spelling), words.stretch_end(start), key, names)
            if found is not None:
                covered = found
                yield mention(text, start, found, "person", RULE)
                continue
        if key in alone:
            yield mention(text, start, start + len(spelling), "person", RULE)


def _longest(text: str, end: int, limit: int, key: str, names: frozenset[str]) -> int | None:
    """Where the longest listed name opening with the word of `key` (ending at `end`) ends, or
    None: its words follow each other on one line with only spaces between them, before
    `limit`."""
    found = None
    joined = key
    for _ in range(_LONGEST - 1):
        following = _FOLLOWING.match(text, end, limit)
        if following is None:
            break
        joined += name_key(following["word"])
        end = following.end()
        if joined in names:
            found = end
    return found
