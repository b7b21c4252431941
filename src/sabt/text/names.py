"""Name keys on which Persian-script and Latin spellings of one name meet.

The record-linkage engine compares victims and officials whose names reach sabt as
ابراهیم رئیسی, "Ebrahim Raisi", "Ibrahim Raeisi". It calls four functions:

- `latin_form`: a readable lowercase ASCII form of any name;
- `name_key`: one string, equal for spellings of the same name (blocking, exact joins);
- `name_tokens`: the key of each name in a full name, for order-free comparison;
- `name_similarity`: a score in [0, 1] for the uncertain pairs.

How: titles and particles are dropped (Ayatollah, Seyyed, al-, ezafe -e); every word is split
into known name parts (name_parts.yaml: Hossein + Ali, Pour + Mohammad + i) and what is left is
read by the letter rules of `skeleton`. See docs/persian-text.md for what is home-made and why.
"""

import re
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from sabt.errors import SabtError
from sabt.text.name_parts import Piece, segment
from sabt.text.normalise import normalise_for_search, script_of
from sabt.text.skeleton import collapse, latin_skeleton, persian_skeleton, persian_to_latin

_TITLE_PHRASES = re.compile(
    r"\b(?:ایت ?الله|حجت ?الاسلام(?: و ?المسلمین)?|ayat[ -]?(?:oll|all|ull)ah"
    r"|hojj?at[ -]?(?:ol|al|ul)[ -]?(?:eslam|islam)(?: (?:va|wa)[ -]?(?:al|ol)?[ -]?moslemin)?)\b"
)
_TITLES = frozenset(
    [
        *("ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam", "imam", "mullah", "mulla"),
        *("sheikh", "shaykh", "sheik", "haj", "hajj", "haji", "hajji", "dr", "mr", "mrs", "ms"),
        *("seyed", "seyyed", "sayed", "sayyed", "sayyid", "seyyid", "seyedeh", "seyyedeh"),
        *("شیخ", "حاج", "حاجی", "سید", "سیده", "دکتر", "امام", "اقای", "خانم"),
    ]
)
# Standalone articles and the ezafe: "Abd al Karim", "Hossein-e Ali".
_PARTICLES = frozenset(["al", "el", "ol", "ul", "e", "ye", "ال"])
# An Arabic article glued by a hyphen: al-Husseini, ad-Din, ash-Shirazi.
_ARTICLE = re.compile(r"\b(?:al|el|ol|ul|ad|ud|ed|od|as|ash|ar|an|at|az)-(?=\w)")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _any_latin() -> Any:
    """ICU's general transliterator, for the scripts sabt has no rules of its own for."""
    try:
        import icu  # lazy: only names outside the Persian and Latin alphabets need it
    except ImportError as exc:
        raise SabtError(
            "Names in this script need the ICU library to be read", remedy="pip install pyicu"
        ) from exc
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def _ascii_word(word: str) -> str:
    if not word.isascii():
        word = str(_any_latin().transliterate(word))
    return re.sub(r"[^a-z]", "", word.lower())


def _words(name: str) -> list[str]:
    """Normalised words of a name, titles and particles removed, each in one script."""
    text = _ARTICLE.sub("", _TITLE_PHRASES.sub(" ", normalise_for_search(name)))
    words = []
    for word in _WORD.findall(text):
        if word in _TITLES or word in _PARTICLES:
            continue
        word = word if script_of(word) == "Arab" else _ascii_word(word)
        if word:
            words.append(word)
    return words


def _piece_key(piece: Piece) -> str:
    if piece.part is not None:
        return latin_skeleton(piece.part.canonical)
    if script_of(piece.text) == "Arab":
        return persian_skeleton(piece.text)
    return latin_skeleton(piece.text)


def _piece_latin(piece: Piece) -> str:
    if script_of(piece.text) != "Arab":
        return piece.text
    return piece.part.canonical if piece.part is not None else persian_to_latin(piece.text)


def _group(words: list[str]) -> list[list[Piece]]:
    """Pieces of all words, regrouped into names: Hosseinali → [Hossein] [Ali];
    Pour Mohammadi → [Pour Mohammad i]; Nasr Allah → [Nasr Allah]."""
    groups: list[list[Piece]] = []
    open_prefix = False
    for word in words:
        pieces = segment(word)
        for index, piece in enumerate(pieces):
            kind = piece.part.kind if piece.part is not None else "stem"
            if kind == "affix":  # Pour: a prefix at a word's start, a suffix after a stem
                kind = "prefix" if index == 0 else "suffix"
            if open_prefix or (kind in ("suffix", "final") and groups):
                groups[-1].append(piece)
            else:
                groups.append([piece])
            open_prefix = kind == "prefix"
    return groups


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    keys = (collapse("".join(_piece_key(p) for p in group)) for group in _group(_words(name)))
    return tuple(key for key in keys if key)


def latin_form(name: str) -> str:
    """`name` in lowercase ASCII Latin words, whatever its script.

    Latin spellings are kept as written (accents and case folded); Persian words get the
    conventional spelling of the name parts sabt knows (محمد → mohammad) and a letter-by-letter
    reading otherwise (no short vowels are invented); other scripts go through ICU.
    """
    out = []
    for word in _WORD.findall(normalise_for_search(name)):
        if script_of(word) == "Arab":
            out.append("".join(_piece_latin(p) for p in segment(word)))
        else:
            out.append(_ascii_word(word))
    return " ".join(w for w in out if w)


def name_tokens(name: str) -> list[str]:
    """The key of each name in `name`, in order; compare as a multiset for swapped names."""
    return list(_tokens(name))


def name_key(name: str) -> str:
    """One key for every spelling of `name` in either script ("" when it has no letters).

    Equal keys mean "the same name as far as spelling can tell", never "the same person".
    """
    return "".join(_tokens(name))


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, in [0, 1], across scripts.

    1.0 when their keys are equal; otherwise the normalised Levenshtein similarity of the keys,
    in the order written or with the names sorted (whichever is higher, so that
    "Raisi, Ebrahim" meets "Ebrahim Raisi"). Keys are short, so one differing sound costs
    0.15-0.35: Hosseini/Hassani score 0.8, Ali/Alavi 0.67.
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    ordered = Levenshtein.normalized_similarity("".join(ta), "".join(tb))
    unordered = Levenshtein.normalized_similarity("".join(sorted(ta)), "".join(sorted(tb)))
    return max(ordered, unordered)
