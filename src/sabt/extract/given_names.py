"""Given names in Latin script, and the rule that takes a run of capitalised words opening with
one for a person's name with no other cue.

Most missed persons in new documents had no title, no speech verb and no apposition: "the
inquiry led by Helena Novak". A known given name is the cue that needs no context. The names are
`data/given_names_latin.txt` (common given names of the languages that atrocity reporting names
people in, written for sabt) and the given-name parts of `sabt.text.name_parts` (Mohammad,
Hossein and their spellings). Finding a capitalised word before another first, then looking it
up, keeps the rule as fast as the cheapest regex of `names`.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from sabt.extract.anchored import MatchLike
from sabt.text.name_parts import lexicon
from sabt.text.normalise import normalise_for_search

# A capitalised word that another capitalised word follows: where a run may open (if no
# letter is glued before it; checked after the match, which keeps the regex fast).
_OPENS_RUN = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) (?=[A-ZÀ-ÖØ-Þ])")
_GLUED = re.compile(r"[\w’'\-]")


@cache
def given_names() -> frozenset[str]:
    """Every known given name, folded (`normalise_for_search`)."""
    text = resources.files("sabt.extract").joinpath("data/given_names_latin.txt")
    listed = (
        normalise_for_search(name.strip())
        for line in text.read_text("utf-8").splitlines()
        if not line.startswith("#")
        for name in line.split(",")
    )
    parts = (key for key, part in lexicon().items() if part.kind in ("part", "prefix"))
    return frozenset(name for name in (*listed, *parts) if name.isascii() and name)


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a known given name ("Agnès", "Hossein", "Mohamed")."""
    return normalise_for_search(word) in given_names()


def two_given_names(words: list[str]) -> bool:
    """Whether a name of four words opens on two known given names, then two family names, as
    Spanish and Portuguese names are written ("José Efraín Ríos Montt")."""
    return len(words) == 4 and is_given_name(words[0]) and is_given_name(words[1])


@dataclass(frozen=True)
class GivenNameRuns:
    """`run` (a regex with a `name` group: the capitalised words of a name, and what must not
    follow them) matched where a known given name opens it; a run of four words only where a
    second given name follows the first (`two_given_names`)."""

    run: re.Pattern[str]

    def finditer(self, string: str, /) -> Iterator[MatchLike]:
        for word in _OPENS_RUN.finditer(string):
            start = word.start()
            if start and _GLUED.match(string, start - 1):
                continue
            if is_given_name(word.group(1)):
                found = self.run.match(string, start)
                if found is not None and (
                    found["name"].count(" ") < 3 or two_given_names(found["name"].split(" "))
                ):
                    yield found
