"""Letter rules behind name keys: Persian and Latin spellings → one sound skeleton.

Persian script writes consonants and long vowels but not short ones; Latin romanisations write
every vowel, each in its own way (Hossein, Hosein, Husayn). A key that can match both keeps only
what both agree on:

- consonants, with letters Persian pronounces alike merged (ث س ص → s; ذ ز ض ظ → z; ت ط → t;
  ح ه → h; غ ق → Q, as Latin gh/q);
- the long vowels that Persian writes: ی → I (and Latin i, y, ee, ei, ai), و as a vowel → U (and
  Latin u, ou, oo);
- a word-final ا → A (Latin final a), so that Zahra/زهرا and Zohreh/زهره stay apart;
- nothing else: ا, ع, short vowels (a, e, o) and the silent final ه (Fatemeh) are dropped.

Digraphs are single symbols (sh → S, kh → X, ch → C, zh → Z, gh/q → Q) so that "s"+"h" in one
spelling cannot meet "sh" in another by accident. Repeated symbols collapse (Nayyeri = Nayeri).
"""

import re

_PERSIAN_KEY = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "j",
    "چ": "C",
    "ح": "h",
    "خ": "X",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ض": "z",
    "ظ": "z",
    "ر": "r",
    "ژ": "Z",
    "ش": "S",
    "غ": "Q",
    "ق": "Q",
    "ف": "f",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ی": "I",
}

_PERSIAN_LATIN = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ض": "z",
    "ظ": "z",
    "ر": "r",
    "ژ": "zh",
    "ش": "sh",
    "غ": "gh",
    "ق": "gh",
    "ف": "f",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ا": "a",
    "ع": "",
}

_LATIN_DIGRAPHS = [
    ("kh", "X"),
    ("gh", "Q"),
    ("sh", "S"),
    ("ch", "C"),
    ("zh", "Z"),
    ("th", "s"),
    ("dh", "z"),
    ("ph", "f"),
    ("q", "Q"),
    ("ck", "k"),
    ("c", "k"),
    ("w", "v"),
    ("x", "ks"),
]
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


def _is_vav_consonant(word: str, i: int) -> bool:
    """و is v at the start, after ا, or before a vowel letter (موسوی, جواد, هویدا)."""
    return i == 0 or word[i - 1] == "ا" or (i + 1 < len(word) and word[i + 1] in "ای")


def _final_heh_silent(word: str, i: int) -> bool:
    """A final ه after a consonant is the unwritten -e of Fatemeh; after ا or و it is h (شاه)."""
    return i == len(word) - 1 and i > 0 and word[i - 1] not in "او"


def persian_skeleton(word: str) -> str:
    """Key symbols for one Persian word already put through normalise_for_search."""
    out = []
    for i, ch in enumerate(word):
        if ch == "و":
            out.append("v" if _is_vav_consonant(word, i) else "U")
        elif ch == "ه":
            out.append("" if _final_heh_silent(word, i) else "h")
        elif ch == "ا" and i == len(word) - 1:
            out.append("A")
        else:
            out.append(_PERSIAN_KEY.get(ch, ""))
    return collapse("".join(out))


def _vowel_class(run: str) -> str:
    if "i" in run or "y" in run or "ee" in run:
        return "I"
    if "u" in run or "oo" in run:
        return "U"
    return ""


def _vowel_run_symbol(match: re.Match[str]) -> str:
    run = match.group(0)
    if match.end() == len(match.string) and set(run) == {"a"}:
        return "A"
    # A word-initial y before a vowel is the consonant of Yousef/یوسف, written ی → I as well.
    if match.start() == 0 and run.startswith("y") and len(run) > 1:
        return "I" + _vowel_class(run[1:])
    return _vowel_class(run)


def latin_skeleton(word: str) -> str:
    """Key symbols for one lowercase ASCII Latin word."""
    word = re.sub(r"eh$", "e", word)
    word = re.sub(r"ow$", "ou", word)
    for pair, symbol in _LATIN_DIGRAPHS:
        word = word.replace(pair, symbol)
    return collapse(_VOWEL_RUN.sub(_vowel_run_symbol, word))


def collapse(key: str) -> str:
    """Collapse repeated symbols: doubled consonants and vowel runs are one sound for matching."""
    return _REPEATS.sub(r"\1", key)


def persian_to_latin(word: str) -> str:
    """A letter-by-letter reading of a Persian word sabt has no spelling for.

    Short vowels are not written in Persian, so none are invented: منتظری → "mntzri". The result
    is for matching and for a hint in the interface, not a romanisation to publish.
    """
    out = []
    for i, ch in enumerate(word):
        if ch == "و":
            out.append("v" if _is_vav_consonant(word, i) else "ou")
        elif ch == "ه":
            out.append("eh" if _final_heh_silent(word, i) else "h")
        elif ch == "ی":
            out.append("y" if i == 0 or word[i - 1] == "ا" else "i")
        else:
            out.append(_PERSIAN_LATIN.get(ch, ""))
    return "".join(out)
