"""Snippets show the source's own spelling, with the words found marked."""

import pytest

from sabt.store.snippets import raw_snippet


@pytest.mark.parametrize(
    ("raw", "terms", "expected"),
    [
        ("ابراهیم رئیسی، معاون دادستان", ["رییسی"], "ابراهیم [رئیسی]، معاون دادستان"),
        ("در سال ۱۳۶۷ اعدام شدند", ["1367"], "در سال [۱۳۶۷] اعدام شدند"),
        ("زندان اوين در تهران", ["اوین"], "زندان [اوين] در تهران"),
        (
            "The Deputy Prosecutor spoke",
            ["deputy", "prosecutor"],
            "The [Deputy] [Prosecutor] spoke",
        ),
        ("Évin and Evinrude", ["evin"], "[Évin] and Evinrude"),
    ],
)
def test_found_words_are_marked_in_the_original_text(
    raw: str, terms: list[str], expected: str
) -> None:
    assert raw_snippet(raw, terms) == expected


def test_a_long_text_is_cut_around_the_first_hit() -> None:
    raw = "filler " * 100 + "the commission met in Evin" + " more" * 100
    snippet = raw_snippet(raw, ["commission"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "[commission]" in snippet and len(snippet) < 220
