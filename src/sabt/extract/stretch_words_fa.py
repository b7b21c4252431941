"""The words of a text's Persian stretches, read once and looked up by their spelling.

Several Persian rules look for given spellings standing as whole words: a name found once with
its cue and then bare elsewhere (`names_fa`), a listed public figure (`known_persons_fa`). A
regex of the spellings (`WORD_START(?:a|b|…)(?![letters])`) is tried at every position of every
stretch, and the name rules ran six such scans; the words are read here once and each look-up
then costs what its hits cost. What is found is the regex's, span for span. So are the matches
of a rule that opens on a word start and then one of its keywords (a title, a kinship word, a
body's head), tried only at the words that open on a keyword (`opened_at_words`), not at every
word.
"""

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import groupby

from sabt.extract.anchored import literal_openings, matches_at, split_alternatives
from sabt.extract.name_words_fa import IN_A_WORD, LETTERS, WORD_START, WORDS


@dataclass(frozen=True)
class StretchWords:
    """The words of `text`'s Persian stretches `where`: where each spelling starts, in the
    text's order."""

    text: str
    where: list[tuple[int, int]]
    at: dict[str, list[int]]

    def stretch_end(self, at: int) -> int:
        """The end of the stretch that holds the word starting at `at`."""
        return self.where[bisect_right(self.where, (at, len(self.text))) - 1][1]

    @cached_property
    def by_first_letter(self) -> dict[str, list[str]]:
        """The spellings by their first letter."""
        spellings: defaultdict[str, list[str]] = defaultdict(list)
        for spelling in self.at:
            spellings[spelling[0]].append(spelling)
        return dict(spellings)

    def word(self, at: int) -> re.Match[str]:
        """The word starting at `at`, as `WORDS` reads it in its stretch."""
        word = WORDS.match(self.text, at, self.stretch_end(at))
        assert word is not None  # `at` is where one of the words starts
        return word


def stretch_words(text: str, where: list[tuple[int, int]]) -> StretchWords:
    """The words (`WORDS`) of the stretches `where` of `text`, by spelling (reading them costs
    about what one scan does)."""
    at: defaultdict[str, list[int]] = defaultdict(list)
    for start, end in where:
        for word in WORDS.finditer(text, start, end):
            at[word[0]].append(word.start())
    return StretchWords(text, where, dict(at))


def standing(words: StretchWords, names: Collection[str]) -> Iterator[tuple[int, int]]:
    """The spans where one of `names` stands as whole words, left to right and not overlapping:
    at a word's start, the longest name there, with no letter or half-space after it inside
    its stretch. These are the matches of `WORD_START(?:names, the longest first)(?![letters,
    half-space])` scanned over the stretches: such a match opens where a word opens, that word
    being the name's first (nothing after the name continues a word)."""
    text = words.text
    by_first_word: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        if (opening := WORDS.match(name)) is not None:
            by_first_word.setdefault(opening.group(), []).append(name)
    starts = sorted((at, word) for word in by_first_word for at in words.at.get(word, ()))
    resume = 0
    for at, first in starts:
        if at < resume or (at > 0 and text[at - 1] in IN_A_WORD):
            continue  # inside the last name found, or a word whose stretch opens on a half-space
        limit = words.stretch_end(at)
        for name in by_first_word[first]:
            end = at + len(name)
            if text.startswith(name, at, limit) and (end == limit or text[end] not in IN_A_WORD):
                yield at, end
                resume = end
                break


# How a rule's regex says that it opens where a word does: a letter with none before it (nor a
# half-space).
_WORD_STARTS = (WORD_START, rf"(?<![{LETTERS}\u200c])", r"(?<![\u0600-\u06ff\u200c])")
_NOT_A_LETTER = re.compile(rf"[^{LETTERS}]")


def opened_at_words(pattern: re.Pattern[str], words: StretchWords) -> Iterator[re.Match[str]]:
    """The matches of `scan(pattern, words.text, words.where)` for a rule that opens on a word
    start and a keyword, tried only at the words whose spelling opens on a keyword's letters
    (`opening_letters`): where else a word opens no match can. Tried in order from where the
    last match ended, they are the scan's, one for one."""
    starts = sorted(
        at
        for letter, openings in _openings_by_letter(pattern).items()
        for spelling in words.by_first_letter.get(letter, ())
        if spelling.startswith(openings)
        for at in words.at[spelling]
    )
    for end, in_stretch in groupby(starts, key=words.stretch_end):
        yield from matches_at(pattern, words.text, list(in_stretch), end)


def opening_letters(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The letters a word opens on where a match of `pattern` may open: the literal openings of
    its keywords (`literal_openings`), each up to its first character that is no letter
    ("فعال (?:مدنی|…)" -> "فعال", "آ(?:یت|قای)" -> "آیت", "آقای"). A ValueError for a pattern
    that may open where no word does (an alternative that opens on no word start or no letter)
    or whose letters it does not read as written (ignoring case or whitespace)."""
    source = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        raise ValueError(f"a pattern whose letters are not read as written: {source!r}")
    if not all(alternative.startswith(_WORD_STARTS) for alternative in split_alternatives(source)):
        raise ValueError(f"a pattern that does not open on a word start: {source!r}")
    letters = [_NOT_A_LETTER.split(literal, 1)[0] for literal in literal_openings(source)]
    if "" in letters:
        raise ValueError(f"a pattern that opens on no letter: {source!r}")
    return tuple(dict.fromkeys(letters))


@cache
def _openings_by_letter(pattern: re.Pattern[str]) -> dict[str, tuple[str, ...]]:
    """`opening_letters(pattern)` by their first letter."""
    by_letter: dict[str, tuple[str, ...]] = {}
    for opening in opening_letters(pattern):
        by_letter[opening[0]] = (*by_letter.get(opening[0], ()), opening)
    return by_letter
