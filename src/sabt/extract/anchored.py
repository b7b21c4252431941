"""Rules found from their keyword back, so a scan costs what the rare keyword costs.

A rule such as "a capitalised name, then 'army'" written as one regex is tried at every word
of the text; most of the time is spent on names that no keyword follows. Here the keyword
(`anchor`) is found first and the name is matched only in the few dozen characters before
it, which makes such a rule several times faster with the same matches. `Anchored` matches a
name that ends where its anchor begins; `Leaping` runs a whole rule's regex only around its
anchors, for rules whose name may run past the anchor ("Ministry of Justice").
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

    anchor: re.Pattern[str]
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

    anchor: re.Pattern[str]
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
