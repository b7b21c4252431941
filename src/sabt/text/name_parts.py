"""Known name parts and the segmentation of one written word into them.

Rules alone cannot tell that Muhammad is Mohammad (the u is short) while Mahmoud's ou is long,
or that Fatima is فاطمه. For the few dozen name parts whose spellings vary that way,
name_parts.yaml lists the variants and one canonical spelling. Iranian names also glue parts
together (حسینعلی, Pourmohammadi, Nasrollah), so a word is split into known parts where it can
be, and a word nobody listed is left whole for the letter rules.
"""

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from sabt.errors import SabtError
from sabt.text.normalise import normalise_for_search


class NamePartsError(SabtError):
    status = 500


@dataclass(frozen=True, slots=True)
class Part:
    """A known part: its canonical Latin spelling and where it may stand in a word."""

    canonical: str
    kind: str  # part | prefix | suffix | affix | final

    @property
    def before_unknown(self) -> bool:
        return self.kind in ("prefix", "affix")

    @property
    def after_unknown(self) -> bool:
        return self.kind in ("suffix", "affix")


@dataclass(frozen=True, slots=True)
class Piece:
    """One stretch of a word: `part` is None where no known part matched."""

    text: str
    part: Part | None


_KINDS = {"part", "prefix", "suffix", "affix", "final"}


@cache
def lexicon() -> dict[str, Part]:
    """Every spelling (normalised Persian or lowercase Latin) → its known part."""
    raw = yaml.safe_load(
        resources.files("sabt.text").joinpath("name_parts.yaml").read_text("utf-8")
    )
    spellings: dict[str, Part] = {}
    for canonical, entry in raw.items():
        kind = entry.get("kind", "part")
        if kind not in _KINDS:
            raise NamePartsError(f"name_parts.yaml: unknown kind {kind!r} for {canonical!r}")
        part = Part(str(canonical), kind)
        for spelling in [*entry.get("fa", []), *entry.get("latin", [])]:
            spellings[normalise_for_search(str(spelling)).replace(" ", "")] = part
    return spellings


@cache
def _longest() -> int:
    return max(len(s) for s in lexicon())


# Search states: what stands just before position i.
_OPEN, _CLOSED, _UNKNOWN = 0, 1, 2  # may be followed by an unknown stretch / may not / unknown
# An unknown stretch is a stem, never a stray letter or two left between known parts.
_MIN_UNKNOWN = 3


@lru_cache(maxsize=65536)
def segment(word: str) -> tuple[Piece, ...]:
    """Split `word` into known parts and at most a few unknown stretches, fewest unknown letters.

    An unknown stretch may only follow a prefix (or the start) and precede a suffix (or the
    end), so that a short name hidden inside an unrelated one ("rida" in Farida) is not taken
    for it. A final-only part (-i, -ian) ends the word and only follows a known part
    (Mohammad-i): after an unknown stretch the letter rules read it the same way, with the
    letters around it in view.
    """
    spellings = lexicon()
    longest = _longest()
    n = len(word)

    @cache
    def best(i: int, state: int) -> tuple[int, int, tuple[Piece, ...]] | None:
        if i == n:
            return (0, 0, ())
        options: list[tuple[int, int, tuple[Piece, ...]]] = []
        for j in range(min(n, i + longest), i, -1):
            part = spellings.get(word[i:j])
            if part is None or (state == _UNKNOWN and not part.after_unknown):
                continue
            if part.kind == "final" and j != n:
                continue
            rest = best(j, _OPEN if part.before_unknown else _CLOSED)
            if rest is not None:
                options.append((rest[0], rest[1] + 1, (Piece(word[i:j], part), *rest[2])))
        if state == _OPEN:
            for j in range(i + _MIN_UNKNOWN, n + 1):
                rest = best(j, _UNKNOWN)
                if rest is not None:
                    options.append(
                        (rest[0] + j - i, rest[1] + 1, (Piece(word[i:j], None), *rest[2]))
                    )
        return min(options, key=lambda o: (o[0], o[1])) if options else None

    found = best(0, _OPEN)
    return found[2] if found else (Piece(word, None),)
