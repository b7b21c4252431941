"""Folding a whole text at once gives, character by character, the folding of each one."""

import re

import numpy as np

from sabt.extract.fold import _TABLE, fold

TEXTS = (
    "Ana PARDO’s  Pour-Mohammadi — «علي‌رضا كريمي» أحمد ۱۴۰۲ Straße ﻻ\u200d x",
    "Ḫirbet ‘Ayn   Dār 😀 a-b",  # beyond the Basic Multilingual Plane
    "Ḫirbet ‘Ayn   Dār a-b",  # the same characters met again
    "lone \ud800 surrogate",
    "plain text",
    "",
)


def _one_by_one(text: str) -> tuple[str, list[int]]:
    """The reference: each character folded on its own through the lazy table, the dropped
    ones left out and runs of spaces made one, with each kept character's source index."""
    chars: list[str] = []
    origin: list[int] = []
    for at, char in enumerate(text.translate(_TABLE)):
        if char == "\x00" or (char == " " and chars[-1:] == [" "]):
            continue
        chars.append(char)
        origin.append(at)
    return "".join(chars), origin


def test_a_text_folds_as_its_characters_do() -> None:
    for text in TEXTS:
        folded = fold(text)
        want, origin = _one_by_one(text)
        assert folded.text == want
        assert np.array_equal(folded.origin, np.array(origin, dtype=np.intp))
    first = fold(TEXTS[0]).text
    assert first.startswith("ana pardo s pourmohammadi «علی رضا کریمی» احمد 1402")
    assert re.search(" {2,}", first) is None
