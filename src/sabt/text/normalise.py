"""Script normalisation for Persian, Arabic and Latin text.

Persian text reaches sabt typed on Arabic keyboards (ي ك), with decorative tatweel, with or
without diacritics, with hamza written in four ways and with Persian, Arabic-Indic or ASCII
digits. Two strings that a reader sees as the same word must meet in search and in linkage, so
every index and every query goes through `normalise_for_search`. `normalise_persian` is the
gentler form for what we store and show: it fixes the keyboard, not the spelling.

Choices (see docs/persian-text.md):
- hamza: أ إ آ ٱ → ا, ؤ → و, ئ → ی, ۀ → ه; a standalone ء is dropped, so that the two common
  spellings ابتداء/ابتدا and اجزاء/اجزا meet;
- zero-width non-joiner and zero-width space → space (FTS tokenisers split on ZWNJ anyway, and
  می‌روم / می روم then meet); joiners, BOM and bidi controls are removed, never replaced by a
  space, because they never separate words;
- apostrophes and the ʿayn/hamza modifier letters are removed (Ja'far = Jafar, ʿAli = Ali);
  every dash and hyphen becomes "-", a soft hyphen is removed.
"""

import re
import unicodedata
from typing import Literal

Script = Literal["Arab", "Latn", "mixed", "none"]

ZWNJ = "\u200c"

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

# Characters that never separate words and carry no letter: removed everywhere.
_INVISIBLE = "\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE += "\u2066\u2067\u2068\u2069\u00ad"

_SEARCH_TABLE = str.maketrans(
    {
        **{d: str(i) for i, d in enumerate(_PERSIAN_DIGITS)},
        **{d: str(i) for i, d in enumerate(_ARABIC_DIGITS)},
        **dict.fromkeys(_INVISIBLE, ""),
        "\u200c": " ",
        "\u200b": " ",
        "\u0640": "",  # tatweel
        "\u0621": "",  # standalone hamza
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ە": "ه",
        "ة": "ه",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ٵ": "ا",
        "ۓ": "ی",
        "٬": ",",
        "٫": ".",
        "،": ",",
        "؛": ";",
        "؟": "?",
        **dict.fromkeys("'’‘‛ʼʻʿʾ`´′", ""),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)

_PERSIAN_TABLE = str.maketrans(
    {
        **{d: _PERSIAN_DIGITS[i] for i, d in enumerate(_ARABIC_DIGITS)},
        **dict.fromkeys(_INVISIBLE, ""),
        "\u200b": " ",
        "\u0640": "",
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ە": "ه",
        "ۓ": "ی",
    }
)

_SPACES = re.compile(r"\s+")
_ZWNJ_RUNS = re.compile(r"\s*\u200c[\s\u200c]*")


def _fold_presentation_forms(text: str) -> str:
    """Replace Arabic presentation forms (ﻻ, ﺑ, ﷲ …) by the letters they draw."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text
    )


def normalise_for_search(text: str) -> str:
    """Fold `text` so that spellings a reader would treat as one word compare equal.

    Used on both sides of full-text search. The result keeps word boundaries: no mapping
    inserts a space inside a word except ZWNJ/ZWSP, which already mark one for the tokeniser.
    """
    text = unicodedata.normalize("NFKD", text)
    # NFKD splits أ إ آ ؤ ئ ۀ and é into a base letter and a combining mark; dropping the marks
    # removes hamza/madda seats, harakat, superscript alef and Latin accents in one step.
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_SEARCH_TABLE).casefold()
    return _SPACES.sub(" ", text).strip()


def normalise_persian(text: str) -> str:
    """Fix the keyboard, keep the spelling: for text we store and display.

    Arabic yeh/kaf → Persian ی/ک, presentation forms → letters, Arabic-Indic digits → Persian
    digits, tatweel and invisible controls removed, ZWNJ kept (it is part of Persian spelling) but
    never doubled or next to a space, whitespace runs collapsed. Hamza, diacritics and ة are kept.
    """
    text = unicodedata.normalize("NFC", _fold_presentation_forms(text))
    # Again after the table: a control it removes may have stood between two marks, which then
    # meet out of canonical order (ٌ RLM ً), and the result would change on a second pass.
    text = unicodedata.normalize("NFC", text.translate(_PERSIAN_TABLE))
    text = _ZWNJ_RUNS.sub(lambda m: " " if any(c.isspace() for c in m.group(0)) else ZWNJ, text)
    return _SPACES.sub(" ", text).strip().strip(ZWNJ)


def _is_arabic_letter(ch: str) -> bool:
    return (
        "\u0600" <= ch <= "\u06ff"
        or "\u0750" <= ch <= "\u077f"
        or "\u08a0" <= ch <= "\u08ff"
        or "\ufb50" <= ch <= "\ufdff"
        or "\ufe70" <= ch <= "\ufeff"
    )


def script_of(text: str) -> Script:
    """Which script the letters of `text` are in; digits, marks and punctuation do not count.

    Letters of other scripts (Cyrillic, Hebrew …) are ignored: sabt reads Persian, Arabic and
    Latin, and a Cyrillic-only string is "none" of those.
    """
    arabic = latin = False
    for ch in text:
        if not unicodedata.category(ch).startswith("L"):
            continue
        if _is_arabic_letter(ch):
            arabic = True
        elif ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
            latin = True
        if arabic and latin:
            return "mixed"
    return "Arab" if arabic else "Latn" if latin else "none"
