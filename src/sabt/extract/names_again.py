"""A name proposed once, followed through the text: the names listed after it, the surnames
its person may be called by later, and the one regex that finds such words again.

`names` proposes a name where a rule's cue stands; a report then lists more names after it
("such as X, Y and Z") and calls a person by a surname alone ("Callamard said"). What those
words are is decided here; `names` turns what is found into mentions.
"""

import re
from collections.abc import Iterator

from sabt.extract.given_names import is_given_name, two_given_names
from sabt.extract.name_words import CAP
from sabt.extract.names_east_asian import written_family_first
from sabt.extract.names_persons import PATRONYMIC_ENDINGS

# The next name of a list after a proposed one (`listed_after`).
# (The list may end before what befalls them all: "convicted X, Y and Z of murder", "X and Y
# were arrested", "sentenced X and Y to death".)
_LIST_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{CAP}\s+{CAP})(?=[,.;)]|\s+(?:and|of|were|to)\b)"
)
_PLACE_LIST_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{CAP}(?:\s+{CAP})?)(?=[,.;)]|\s+(?:and|near|in)\b)"
)
# After a plural place noun and "of" the names listed are places whatever follows them: "the
# neighbourhoods of Cheremushki and Shait-Tepe say …".
_PLURAL_LIST_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{CAP}(?:\s+{CAP})?)(?![\w-])"
)
_LIST_PATTERNS = {"person": _LIST_NEXT, "place": _PLACE_LIST_NEXT, "plural": _PLURAL_LIST_NEXT}


def listed_after(
    text: str, end: int, kind: str, not_listed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The spans of names listed after a proposed one ending at `end` ("such as Ali Mobasheri,
    Mohammad Moghesiye and …", "at Omarska, Keraterm and Trnopolje"): a person's list takes
    full names, a place's one word or two; a "plural" one (after "the villages of") ends
    whatever follows its last name. A word of `not_listed` ends the list."""
    pattern = _LIST_PATTERNS[kind]
    while (match := pattern.match(text, end)) is not None:
        start, end = match.span("name")
        if not not_listed.isdisjoint(match["name"].split()):
            return  # "X, Tehran Prosecutor; …": a post, not the next name
        yield start, end


def surnames_of(words: list[str]) -> list[str]:
    """The words of a full name that may stand alone for the person later: the last, and in a
    name of three words the middle one unless it is a given name (a first of two family names,
    "Ana Pardo Rueda" … "Pardo said"; not "Omar Ali Hassan" … "Ali"). Where a name of two words
    ends on a known given name and opens on a word that is none, the second is the father's
    given name, as Ethiopian and Eritrean names are written, and the person is called by the
    first ("Tsehay Daniel" … "Tsehay said"; not "Omar Ali" … "Omar")."""
    if len(words) < 2:
        return []
    if written_family_first(tuple(words)):  # "Chun Doo-hwan" … "Chun": `families`
        return []
    if len(words) > 2 and words[-2][0].islower():  # "von der Leyen", "dos Santos"
        capitals = (i for i, word in enumerate(words[:-1]) if not word[0].islower())
        opening = max(capitals, default=-1) + 1  # ("de la Nation": no capital before)
        return [" ".join(words[opening:])]
    if two_given_names(words):  # "José Efraín Ríos Montt" … "Ríos Montt", "Ríos"
        return [" ".join(words[2:]), words[2]]
    if len(words) == 3 and _a_family_name(words[1]):
        return [words[1], words[2]]
    if len(words) == 2 and is_given_name(words[1]) and not is_given_name(words[0]):
        return words  # a father's given name second: "Tsehay Daniel" … "Tsehay said"
    return [words[-1]]


def _a_family_name(word: str) -> bool:
    """Whether the middle word of a full name may be a family name: not a given name nor a
    patronymic ("Ramzan Akhmadovich Kadyrov" … "Kadyrov", never "Akhmadovich")."""
    return word[0].isupper() and not is_given_name(word) and not word.endswith(PATRONYMIC_ENDINGS)


def words_regex(words: set[str]) -> re.Pattern[str]:
    """`\b(?:w1|w2|…)\b` over the sorted words, written so that it is searched fast: each word
    opens on its first letter (the regex then skips every position holding no first letter),
    with the word boundary before it checked after it. Words that open on a letter of their
    own share its branch, the longest first, so that a name of two words wins over its first
    ("Ríos Montt" over "Ríos")."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(sorted(words), key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(word)
    branches = []
    for letter, group in by_letter.items():
        opening = re.escape(letter)
        if letter.isalnum() or letter == "_":
            opening += rf"(?<!\w{opening})"
        else:  # "\b" before a non-word character: a word character before it
            opening += rf"(?<=\w{opening})"
        rests = "|".join(re.escape(word[1:]) for word in group)
        branches.append(f"{opening}(?:{rests})")
    return re.compile("(?:" + "|".join(branches) + r")\b")
