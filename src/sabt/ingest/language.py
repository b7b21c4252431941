"""The language of a document's text, as an ISO 639-1 code.

Statistical detectors confuse Persian and Arabic (they share a script and much vocabulary) and
are unstable on short or mixed text, which is most of what a case holds: Persian statements quoting
English reports, Arabic names inside English articles. So the script is decided first, by counting
letters; Persian is then told from Arabic by letters and function words only Persian uses, and only
Latin (and other multi-language scripts) go to `langdetect`, seeded so that the same text always
gets the same answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from langdetect import DetectorFactory, LangDetectException, detect

UNDETERMINED = "und"

# Fewer letters than this is a name or a caption, not enough to call a language.
MIN_LETTERS = 10

# fmt: off
# Letters Persian has and Arabic lacks: peh, tcheh, jeh, gaf, and the Persian forms of kaf and yeh.
# Persian text typed on an Arabic keyboard has ك/ي instead of ک/ی, so words are checked as well.
_PERSIAN_LETTERS = frozenset("پچژگکی")
_PERSIAN_WORDS = frozenset(
    {
        "است", "را", "این", "آن", "که", "می", "های", "ها", "برای", "از", "در", "شد",
        "شدند", "شده", "شود", "بود", "کرد", "کرده", "نیز", "هم", "یک", "تا", "اند", "باید",
    }
)
# Arabic function words that are not also Persian words.
_ARABIC_WORDS = frozenset(
    {
        "في", "على", "إلى", "الى", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "كان", "كانت",
        "قد", "عن", "مع", "لم",
    }
)
# Folds Arabic-keyboard kaf/yeh (and alef maksura) to Persian forms before matching Persian words.
_TO_PERSIAN_FORMS = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})
# fmt: on

# Scripts written (in practice) for one language, so no statistics are needed.
_SINGLE_LANGUAGE_SCRIPTS = {
    "HEBREW": "he",
    "GREEK": "el",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "THAI": "th",
}

# Words common enough in English that a text full of them needs no statistical model.
# fmt: off
_ENGLISH_STOPWORDS = frozenset(
    {
        "the", "and", "of", "to", "in", "is", "was", "were", "are", "that", "for", "with",
        "on", "by", "as", "at", "from", "it", "its", "his", "her", "their", "this", "which",
        "be", "been", "have", "has", "had", "not", "but", "or", "they", "he", "she", "we", "an",
    }
)
# fmt: on

_WORD = re.compile(r"\w+")
SAMPLE_CHARS = 8_000


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language most of `text` is in; "und" when there is too little.

    Mixed documents get the language of the script most of their letters are in.
    """
    sample = text[:SAMPLE_CHARS]  # the language of a long text shows in its first pages
    scripts = Counter(_script(ch) for ch in sample if ch.isalpha())
    if sum(scripts.values()) < MIN_LETTERS:
        return UNDETERMINED
    script, _count = scripts.most_common(1)[0]
    # Only the words in the majority script: an English quotation must not sway a Persian text.
    words = [w for w in _WORD.findall(sample) if any(_script(ch) == script for ch in w)]
    if script == "ARABIC":
        return _persian_or_arabic(words)
    if script in _SINGLE_LANGUAGE_SCRIPTS:
        return _SINGLE_LANGUAGE_SCRIPTS[script]
    if script == "LATIN" and _mostly_english(words):
        return "en"
    return _statistical(" ".join(words))


@cache
def _script(ch: str) -> str:
    """The Unicode script of a letter, from its name ("ARABIC LETTER PEH" -> "ARABIC")."""
    name = unicodedata.name(ch, "")
    if name.startswith("CJK"):
        return "CJK"
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _persian_or_arabic(words: list[str]) -> str:
    """Persian when its own letters or function words outweigh Arabic function words."""
    persian = sum(1 for w in words if _PERSIAN_LETTERS.intersection(w))
    persian += sum(1 for w in words if w.translate(_TO_PERSIAN_FORMS) in _PERSIAN_WORDS)
    arabic = sum(1 for w in words if w in _ARABIC_WORDS or w.startswith("ال"))
    return "fa" if persian > 0 and persian >= arabic / 2 else "ar"


def _mostly_english(words: list[str]) -> bool:
    hits = sum(1 for w in words if w.lower() in _ENGLISH_STOPWORDS)
    return hits >= 2 and hits >= 0.15 * len(words)


def _statistical(text: str) -> str:
    """`langdetect` on the text, seeded for determinism; region suffixes dropped (zh-cn -> zh)."""
    DetectorFactory.seed = 0
    try:
        code: str = detect(text[:4_000])  # detect() is slow; a sample says enough
    except LangDetectException:
        return UNDETERMINED
    return code.split("-", 1)[0]
