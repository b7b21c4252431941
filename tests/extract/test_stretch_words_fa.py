"""The Persian words read once (`stretch_words_fa`): a look-up of names standing as whole words
finds what the regex scan it replaced finds, span for span."""

import re

import pytest

from sabt.extract.anchored import by_first_letter
from sabt.extract.name_words_fa import LETTERS, WORD_START, scan, stretches
from sabt.extract.stretch_words_fa import standing, stretch_words

_CASES = {
    "a family name again": ("رضا کریمی آمد. کریمی گفت که کریمی‌ها رفتند.", {"کریمی"}),
    "the longest name first": ("در مزار شریف و مزار دیگر", {"مزار", "مزار شریف"}),
    "a name inside a word": ("احمدی‌نژاد و نژاد و احمدی", {"احمدی", "نژاد"}),
    "a name before a half-space": ("علی\u200c را دید و علی آمد", {"علی"}),
    "between Latin words": ("see رحیمی here, then رحیمی‌ again رحیمی", {"رحیمی"}),
    "a stretch opening on a half-space": ("x\u200cکریمی و کریمی", {"کریمی"}),
    "names overlapping": ("حسن علی حسن آمد", {"حسن علی", "علی حسن"}),
    "no name present": ("هیچ نامی اینجا نیست", {"کریمی"}),
}


def _scanned(text: str, names: set[str]) -> list[tuple[int, int]]:
    """The spans the regex scan over the Persian stretches finds (what `standing` replaced)."""
    alternatives = by_first_letter("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    bare = re.compile(rf"{WORD_START}(?:{alternatives})(?![{LETTERS}\u200c])")
    return [match.span() for match in scan(bare, text, stretches(text))]


@pytest.mark.parametrize(("text", "names"), _CASES.values(), ids=_CASES.keys())
def test_standing_finds_what_the_scan_finds(text: str, names: set[str]) -> None:
    words = stretch_words(text, stretches(text))
    assert list(standing(words, names)) == _scanned(text, names)


def test_standing_finds_the_names() -> None:
    text = "رضا کریمی آمد. کریمی گفت."
    found = [
        text[start:end] for start, end in standing(stretch_words(text, stretches(text)), {"کریمی"})
    ]
    assert found == ["کریمی", "کریمی"]
