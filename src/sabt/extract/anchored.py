"""Rules found from their keyword back, so a scan costs what the rare keyword costs.

A rule such as "a capitalised name, then 'army'" written as one regex is tried at every word
of the text; most of the time is spent on names that no keyword follows. Here the keyword
(`anchor`) is found first and the name is matched only in the few dozen characters before
it, which makes such a rule several times faster with the same matches.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol


class MatchLike(Protocol):
    """What the name rules read of a match: the span of a group and the named groups."""

    def span(self, group: str, /) -> tuple[int, int]: ...

    def groupdict(self) -> dict[str, Any]: ...


class Finder(Protocol):
    """A compiled regex, or an `Anchored` rule."""

    def finditer(self, string: str, /) -> Iterator[MatchLike]: ...


@dataclass(frozen=True)
class _Found:
    """A name found before its anchor: `start`..`end` (the anchor included when asked)."""

    start: int
    end: int
    name: str

    def span(self, group: str, /) -> tuple[int, int]:
        return self.start, self.end

    def groupdict(self) -> dict[str, Any]:
        return {"name": self.name}


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
            yield _Found(start, end, string[start:end])
