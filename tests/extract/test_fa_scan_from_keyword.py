"""A Persian rule found from its keyword gives the matches the rule scanned whole gives."""

import random
import re

from sabt.extract import laqabs_fa, patronyms_fa
from sabt.extract.name_words_fa import scan, scan_from_keyword, stretches

RULES = (
    (patronyms_fa._PATRONYM, patronyms_fa._SON_OF),
    (laqabs_fa._LAQAB, laqabs_fa._STATE_NOUN),
    (laqabs_fa._KING, laqabs_fa._SHAH),
)
TEXT = (
    "دیروز کامران بن سهراب بن داریوش آل بهرام و نیلوفر بنت سیاوش آمدند. In the report, "
    "بهروز ابن فرزاد گفت که فرخ‌السلطنه و مهرالدوله و تیرداد شاه پهلوی و شاهرخ شاه را دیدند؛ "
    "بنا بر این، شاه آمد."
)
PIECES = (
    "بن", "ابن", "بنت", "شاه", "الدوله", "السلطنه", "الملک", "ال", "آل", "بنا", "کتابن",
    "کامران", "سهراب", "فرخ", "پهلوی", "را", "ی", " ", " ", "  ", "\u00a0", "\u200c", "\n",
    "،", "ٔ", "۲", "X", "ab",
)  # fmt: skip


def _both(pattern: re.Pattern[str], keyword: re.Pattern[str], text: str) -> tuple[list, list]:
    where = stretches(text)
    whole = [m.span() for m in scan(pattern, text, where)]
    found = [m.span() for m in scan_from_keyword(pattern, keyword, text, where)]
    return whole, found


def test_keyword_scan_finds_the_whole_scans_matches() -> None:
    spans = [_both(pattern, keyword, TEXT) for pattern, keyword in RULES]
    assert all(whole == found for whole, found in spans)
    assert [[TEXT[slice(*span)] for span in found] for _, found in spans] == [
        ["کامران بن سهراب بن داریوش آل بهرام", "نیلوفر بنت سیاوش", "بهروز ابن فرزاد"],
        ["فرخ‌السلطنه", "مهرالدوله"],
        ["تیرداد شاه پهلوی", "شاهرخ شاه"],
    ]


def test_keyword_scan_equals_the_whole_scan_on_mixed_pieces() -> None:
    rng = random.Random(2026)
    compared = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 20)))
        for pattern, keyword in RULES:
            whole, found = _both(pattern, keyword, text)
            assert found == whole, text
            compared += len(whole)
    assert compared > 300


def test_keyword_scan_ends_where_the_stretch_does() -> None:
    pattern = re.compile(r"\S+ شاه.*")  # a rule that would run on past its Persian stretch
    text = "تیرداد شاه رفت and on"
    whole, found = _both(pattern, laqabs_fa._SHAH, text)
    assert found == whole == [(0, text.index("and") + 1)]
