"""How a proposed name's span is trimmed: possessives, stop words and connectives off its ends
(a deity's name after "of" kept), and a heading cut off before a line break in it (or, for a
body named in the heading or a name whose cue stands before it, the next line cut off after it).
A line break, blank or not, ends a name: "Prosecutor v. Ana Pardo\nExtraordinary Chambers" is
a heading naming a person above a line naming a body.
`names.propose_names` reads them.
"""

import re

LINE_BREAK = re.compile(r"\n")
_LETTER = re.compile(r"[^\W\d_]")
_CONNECTIVES = ("of", "for", "on", "and", "the")
# Stop words that are names of their own after a body's "of" (`_complement_of`).
_NAMES_AFTER_OF = frozenset(["God", "Twitter", "Facebook", "YouTube"])


def after_heading(text: str, start: int, end: int, strip: frozenset[str]) -> tuple[int, int] | None:
    """The part of a name after the last line break in it: a heading ran into the text ("…
    SACABA AND SENKATA\n\nThe Interdisciplinary Group of …", "… Survivors Say\n\nSudanese
    forces"), and the name is the paragraph's own."""
    *_, blank = LINE_BREAK.finditer(text, start, end)
    return trim(text, blank.end(), end, strip=strip)


def before_paragraph(
    text: str, start: int, end: int, strip: frozenset[str]
) -> tuple[int, int] | None:
    """The part of a name before the first line break in it: a heading's body ran on into the
    paragraph's first word ("… before the Court of Appeal of Kenya\n\nWitnesses said", "…
    the Council of Europe\n\nObservers …"), and the name is the heading's own."""
    blank = LINE_BREAK.search(text, start, end)
    return None if blank is None else trim(text, start, blank.start(), strip=strip)


def _complement_of(words: list[str], at: int) -> bool:
    """Whether a word closing a name is the complement of its "of" and a name of its own: "the
    Assemblies of God", "the Army of God", "the Party of God" (not a stop word to trim)."""
    return at > 0 and words[at - 1] == "of" and words[at] in _NAMES_AFTER_OF


def trim(text: str, start: int, end: int, strip: frozenset[str]) -> tuple[int, int] | None:
    """Drop possessives, stop words and connectives at either end; refuse what is left empty."""
    span = text[start:end]
    words = span.split()
    opening, closing = 0, len(words)
    while opening < closing and (
        words[opening].rstrip("’'s") in strip or words[opening].endswith("’s")
    ):
        opening += 1
    while closing > opening and (
        (words[closing - 1] in strip and not _complement_of(words, closing - 1))
        or words[closing - 1] in _CONNECTIVES
    ):
        closing -= 1
    if opening == closing:
        return None
    at = start  # the words are found in turn: only white space lies between them
    for word in words[:opening]:
        at = text.index(word, at) + len(word)
    first = text.index(words[opening], at)
    if closing == len(words):
        last = start + len(span.rstrip())
    else:
        at = first
        for word in words[opening:closing]:
            at = text.index(word, at) + len(word)
        last = at
    if text.endswith(("’s", "'s"), first, last):
        last -= 2
    return (first, last) if _LETTER.search(text, first, last) else None
