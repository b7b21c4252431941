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
from sabt.extract.name_words_fa import WORDS, mention

RULE = "known-person-fa"
_LONGEST = 6  # the most words a listed name has (خاویر پرز دکوئیار, with its spellings)


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


def known_persons(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """The listed full names in the Persian stretches `where` of `text`, the longest at each
    word, and the listed family names standing alone outside them."""
    opening, alone = _figures()
    for start, end in where:
        words = list(WORDS.finditer(text, start, end))
        covered = -1
        for at, word in enumerate(words):
            if word.start() < covered:
                continue
            key = name_key(word.group())
            names = opening.get(key)
            if names:
                found = _longest(text, words, at, key, names)
                if found is not None:
                    covered = found
                    yield mention(text, word.start(), found, "person", RULE)
                    continue
            if key in alone:
                yield mention(text, word.start(), word.end(), "person", RULE)


def _longest(
    text: str, words: list[re.Match[str]], at: int, key: str, names: frozenset[str]
) -> int | None:
    """Where the longest listed name opening at `words[at]` ends, or None: its words follow
    each other on one line with only spaces between them."""
    found = None
    joined = key
    previous = words[at]
    for following in words[at + 1 : at + _LONGEST]:
        gap = text[previous.end() : following.start()]
        if not gap.isspace() or "\n" in gap:
            break
        joined += name_key(following.group())
        if joined in names:
            found = following.end()
        previous = following
    return found
