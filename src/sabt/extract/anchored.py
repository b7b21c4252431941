"""Rules found from their keyword back, so a scan costs what the rare keyword costs.

A rule such as "a capitalised name, then 'army'" written as one regex is tried at every word
of the text; most of the time is spent on names that no keyword follows. Here the keyword
(`anchor`) is found first and the name is matched only in the few dozen characters before
it, which makes such a rule several times faster with the same matches. `Anchored` matches a
name that ends where its anchor begins; `Leaping` runs a whole rule's regex only around its
anchors, for rules whose name may run past the anchor ("Ministry of Justice"). An anchor of a
few plain words is found `Keyed`, by the words themselves; a regex that opens on a look-around,
`Opened`, from where a regex the engine searches fast matches.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


class MatchLike(Protocol):
    """What the name rules read of a match: the span of its `name` group."""

    def span(self, group: str, /) -> tuple[int, int]: ...


class Finder(Protocol):
    """A compiled regex, or an `Anchored` or `Leaping` rule."""

    def finditer(self, string: str, /) -> Iterator[MatchLike]: ...


class Scanner(Protocol):
    """What finds an `Anchored` or `Leaping` rule's anchors: a compiled regex, `Keyed` or
    `Opened`."""

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]: ...


@dataclass(frozen=True)
class Keyed:
    """`pattern`, each of whose matches opens on one of `keywords` (plain words), found from
    them: `str.find` passes over the text for a word several times faster than the regex
    engine scans for an alternation of words (tried wherever one of their first letters
    stands), and the pattern is then tried only where a keyword opens. Tried in order from
    where the last match ended, the matches are `pattern.finditer`'s, one for one. Worth it
    for a few words (the cue "said|says|added|…", 8 words: 2.5 -> 1.6 ms on the studied gold
    texts, CPU, measured 2026-12-07); some thirty cost more than the regex (31 words: 4.7
    against 4.1 ms)."""

    pattern: re.Pattern[str]
    keywords: tuple[str, ...]

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]:
        starts = set()
        for keyword in self.keywords:
            at = string.find(keyword)
            while at != -1:
                starts.add(at)
                at = string.find(keyword, at + 1)
        return matches_at(self.pattern, string, sorted(starts))


@dataclass(frozen=True)
class Opened:
    """`pattern`, each of whose matches opens where `opening` matches, found from there:
    `opening` is a regex the engine searches fast (it opens on a letter or a class of them, no
    look-around first: the engine then skips every position holding none of its first
    letters), where `pattern` opens on a look-around or an alternation of classes and is tried
    at every position. Tried in order from where the last match ended, the matches are
    `pattern.finditer`'s, one for one (the place kinds before a name, "Mount X", "Plaza de X":
    4.4 -> 1.4 ms on the studied gold texts, CPU, measured 2026-12-07)."""

    pattern: re.Pattern[str]
    opening: re.Pattern[str]

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]:
        starts = []
        found = self.opening.search(string)
        while found is not None:  # from the next character: openings may overlap
            starts.append(found.start())
            found = self.opening.search(string, found.start() + 1)
        return matches_at(self.pattern, string, starts)


def matches_at(
    pattern: re.Pattern[str], string: str, starts: list[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that open at `starts` (ascending) and end by `end`, each tried
    from where the last match ended (matches never overlap): `pattern.finditer`'s where no
    match can open elsewhere."""
    resume = 0
    endpos = len(string) if end is None else end
    for at in starts:
        if at >= resume and (match := pattern.match(string, at, endpos)) is not None:
            yield match
            resume = match.end()


@dataclass(frozen=True)
class _Found:
    """A name found before its anchor: `start`..`end` (the anchor included when asked)."""

    start: int
    end: int

    def span(self, group: str, /) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Anchored:
    """`before` (a regex ending in `$`, with a `name` group) matched just before `anchor`; the
    name's span runs to the anchor's end when `with_anchor` ("Evin Prison", "Syrian army")."""

    anchor: Scanner
    before: re.Pattern[str]
    with_anchor: bool = False
    window: int = 80

    def finditer(self, string: str, /) -> Iterator[MatchLike]:
        for anchor in self.anchor.finditer(string):
            found = self.before.search(string, max(0, anchor.start() - self.window), anchor.start())
            if found is None:
                continue
            start, end = found.span("name")
            if self.with_anchor:
                end = anchor.end()
            yield _Found(start, end)


@dataclass(frozen=True)
class Leaping:
    """`full`, a rule's whole regex, searched only from `before` characters ahead of each match
    of `anchor` to `after` characters past it. Every match of `full` must contain a match of
    `anchor` and start at most `before` characters ahead of it; then the matches are those of
    `full.finditer` (non-overlapping, leftmost first) while the text between anchors is never
    scanned."""

    anchor: Scanner
    full: re.Pattern[str]
    before: int = 120
    after: int = 200

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]:
        resume = 0  # where the last match ended: matches never overlap
        for anchor in self.anchor.finditer(string):
            at = anchor.start()
            if at < resume:
                continue
            end = min(len(string), anchor.end() + self.after)
            found = self.full.search(string, max(resume, at - self.before), end)
            if found is None or found.start() > at:
                continue  # a match after the anchor holds a later anchor: found from there
            yield found
            resume = found.end()


def by_first_letter(alternatives: str) -> str:
    """`a|b|…` (each alternative opening on a letter) regrouped by that letter: "said|says|told"
    -> "s(?:aid|ays)|t(?:old)". The regex engine then tries one branch per position, not every
    alternative, and the same alternative wins (two that open on different letters never
    match at one position; within a letter the order is kept)."""
    groups: dict[str, list[str]] = {}
    for alternative in split_alternatives(alternatives):
        if not alternative[:1].isalpha():
            raise ValueError(f"an alternative must open on a letter: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for words joined into an alternation: the longer first, so that "گفتند" is tried
    before "گفت", and words of one length in a fixed order, so that the pattern's text does not
    hang on a set's order (Python's hash seed)."""
    return (-len(word), word)


def literal_openings(source: str) -> tuple[str, ...]:
    """The literal text each match of the regex `source` opens with, one string per way it may
    open: each alternative read up to the first thing that is no plain character (an escape, a
    class, a look-around, a character or a group made optional or repeated), a group with no
    quantifier read into ("ab(?:c|d)e?" -> "abc", "abd"), a look-around read past (it matches
    no text). Every match of `source` opens on one of them; an alternative that opens on no
    plain character gives "" (a match may open anywhere)."""
    return tuple(dict.fromkeys(opening for opening, _ in _alternation_openings(source)))


# What is no plain character outside a class; what makes the thing before it optional or
# repeated; the groups read into (a plain one, a named one, one that captures nothing).
_SPECIAL = frozenset("\\[](){}|?*+.^$")
_QUANTIFIERS = frozenset("?*+{")
_GROUP = re.compile(r"\((?:\?P<\w+>|\?:|(?!\?))")
_LOOK_AROUND = re.compile(r"\(\?<?[=!]")


def _alternation_openings(source: str) -> list[tuple[str, bool]]:
    """The literal openings of each alternative of `source`, each with whether it is the whole
    of what its alternative matches."""
    return [found for alternative in split_alternatives(source) for found in _openings(alternative)]


def _openings(sequence: str) -> list[tuple[str, bool]]:
    """The literal openings of `sequence` (no "|" outside its groups), each with whether it is
    the whole of what the sequence matches."""
    openings, at = [""], 0
    while at < len(sequence):
        if _LOOK_AROUND.match(sequence, at):
            at = _group_end(sequence, at) + 1
        elif (group := _GROUP.match(sequence, at)) is not None:
            close = _group_end(sequence, at)
            if sequence[close + 1 : close + 2] in _QUANTIFIERS:
                break
            inner = _alternation_openings(sequence[group.end() : close])
            openings = [opening + more for opening in openings for more, _ in inner]
            if not all(whole for _, whole in inner):
                return [(opening, False) for opening in openings]
            at = close + 1
        elif sequence[at] in _SPECIAL or sequence[at + 1 : at + 2] in _QUANTIFIERS:
            break
        else:
            openings = [opening + sequence[at] for opening in openings]
            at += 1
    return [(opening, at == len(sequence)) for opening in openings]


def split_alternatives(source: str) -> list[str]:
    """The alternatives of the regex `source`: split at each "|" outside any group and any
    class."""
    out: list[str] = []
    start, depth = 0, 0
    for at, char in _outside_classes(source, 0):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(source[start:at])
            start = at + 1
    out.append(source[start:])
    return out


def _group_end(source: str, start: int) -> int:
    """Where the group that opens at `start` closes."""
    depth = 0
    for at, char in _outside_classes(source, start):
        if char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return at
    raise ValueError(f"an unclosed group: {source[start:]!r}")


def _outside_classes(source: str, start: int) -> Iterator[tuple[int, str]]:
    """Each character of the regex `source` from `start` that is neither escaped nor inside a
    class, with where it stands."""
    at = start
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
        elif char == "[":
            at = _class_end(source, at)
        else:
            yield at, char
            at += 1


def _class_end(source: str, start: int) -> int:
    """Just past the class that opens at `start` (a "]" first in it is its own character)."""
    at = start + 1
    at += source.startswith("^", at)
    at += source.startswith("]", at)
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1
