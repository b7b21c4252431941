"""The words of a text's Persian stretches, read once and looked up by their spelling.

Several Persian rules look for given spellings standing as whole words: a name found once with
its cue and then bare elsewhere (`names_fa`), a listed public figure (`known_persons_fa`). A
regex of the spellings (`WORD_START(?:a|b|…)(?![letters])`) is tried at every position of every
stretch, 3–7 ms a scan on the studied gold texts, and the name rules ran six such scans; the
words are read here once and each look-up then costs what its hits cost. What is found is the
regex's, span for span.
"""

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sabt.extract.name_words_fa import IN_A_WORD, WORDS


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
