"""Bodies of the wider world from a list written down whole, so a body nobody met before is found.

The hand gazetteer (`gazetteer.yaml`) holds the bodies that earlier texts named; every new
document brought an army, a secret police, a militia or a UN mission it lacked, and in Persian
a transliterated acronym (یونیفل، سنتکام) that no rule can tell from a word. `bodies_world.txt`
lists, from general public knowledge, the state security bodies, courts, armed groups, parties
of repression, UN bodies and missions, regional bodies, rights groups and news agencies that
atrocity reporting names, with their acronyms and Persian press forms.

Names are matched in one Aho–Corasick pass over the folded text the registry matcher already
made, at word boundaries. A Latin match must be written with at least the capitals of its
listed spelling ("Syrian Arab Army", not "the Syrian arab army"), and an acronym in capitals
("SANA", not the given name "Sana"), and a one-word name must stand apart from other capitalised
words ("Fatah", not "Abdel Fatah"); acronyms that are English words (US, AI, IS, WHO) are not
listed. `mentions.Matcher` merges the matches with the registry's: the longest wins, a
registered name wins a tie, and a match inside a longer proposed body gives way to it.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from sabt.extract.fold import Folded, fold_key
from sabt.text.normalise import script_of

ANNOTATOR = "gazetteer:bodies"
_SEPARATOR = " | "
_WORD = re.compile(r"[^\W\d_][\w’'.]*")
# A capitalised word after a two-letter acronym makes it a prefix ("SS Struma", a ship).
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


@dataclass(frozen=True)
class _Body:
    """A listed spelling's key: its length and how the text must write it."""

    length: int
    latin: bool
    capitals: int  # words the text must open with a capital (Latin only)
    acronym: bool  # the whole match in capitals (Latin only)
    # A word of letters with capitals inside ("LeT", "KhAD", "FAMa"): the text writes it so
    # ("Let" opening a sentence, "LET" in a heading, is no Lashkar-e-Taiba); a hyphenated name
    # ("Al-Haq", "Hezb-e-Islami") is asked only for its capitals, apostrophes and hyphens vary.
    exact: frozenset[str] = frozenset()


def _capitalised(words: list[str]) -> int:
    return sum(1 for word in words if word[0].isupper())


def _key_of(spelling: str, length: int) -> _Body:
    latin = script_of(spelling) == "Latn"
    letters = [ch for ch in spelling if ch.isalpha()]
    one_word = " " not in spelling and len(letters) > 1
    acronym = latin and one_word and spelling.upper() == spelling
    capitals = _capitalised(_WORD.findall(spelling)) if latin else 0
    mixed = latin and spelling.isalpha() and not acronym and not spelling[1:].islower()
    return _Body(length, latin, capitals, acronym, frozenset({spelling} if mixed else ()))


def _lenient(old: _Body, new: _Body) -> _Body:
    """Two spellings folded to one key ("al-Qaeda", "Al-Qaeda"): the text may write either."""
    exact = old.exact | new.exact if old.exact and new.exact else frozenset()
    return _Body(
        old.length,
        old.latin,
        min(old.capitals, new.capitals),
        old.acronym and new.acronym,
        exact,
    )


def listed_bodies() -> list[tuple[str, ...]]:
    """The spellings of each listed body, its usual name first (a mention is named as the
    text writes it: a claim's party in a Persian text is its Persian name)."""
    text = resources.files("sabt.extract").joinpath("data/bodies_world.txt").read_text("utf-8")
    return [
        tuple(s.strip() for s in line.split(_SEPARATOR) if s.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def _automaton() -> "ahocorasick.Automaton":
    keys: dict[str, _Body] = {}
    for spellings in listed_bodies():
        for spelling in spellings:
            for key in fold_key(spelling):
                body = _key_of(spelling, len(key))
                keys[key] = _lenient(keys[key], body) if key in keys else body
    automaton = ahocorasick.Automaton()
    for key, body in keys.items():
        automaton.add_word(key, body)
    automaton.make_automaton()
    return automaton


def _written_as_listed(source: str, body: _Body) -> bool:
    """A Latin match in the capitals its spelling asks for (or the whole match in capitals)."""
    if not body.latin:
        return True
    if body.exact:
        return source in body.exact
    if body.acronym or source.isupper():
        return source.isupper()
    return _capitalised(_WORD.findall(source)) >= body.capitals


def find_world_bodies(folded: Folded, text: str) -> list[tuple[int, int, bool]]:
    """(start, end, alone) of each listed body named in `text`, whose folded form `folded` is;
    overlapping matches are all returned (the caller keeps the longest). `alone`: a single
    capitalised word ("Fatah", "Kopassus"), a body only where it stands apart from other
    capitalised words (not "Abdel Fatah al-Sisi"), as a world place must."""
    out = []
    folded_text = folded.text
    size = len(folded_text)
    for last, body in _automaton().iter(folded_text):
        first = last - body.length + 1
        if (first > 0 and folded_text[first - 1].isalnum()) or (
            last + 1 < size and folded_text[last + 1].isalnum()
        ):
            continue
        start, end = folded.span(first, last + 1)
        source = text[start:end]
        if len(source) == 2 and _NAME_AFTER.match(text, end):
            continue
        if _written_as_listed(source, body):
            alone = (
                body.latin and source[0].isupper() and not source.isupper() and " " not in source
            )
            out.append((start, end, alone))
    return out
