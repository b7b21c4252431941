"""Sound skeletons of names, so a name registered only in Latin script is found in Persian text.

The letter rules are `sabt.text.skeleton`'s (one rule for the whole project); this module adds
what matching inside running text needs:

- a Latin name yields a few variant keys where Persian spelling is ambiguous at a word's end
  (Mostafa مصطفی ends in ی, Reza رضا in ا; Ruhollah روح‌الله drops the final h);
- skeleton symbols are moved to a private-use block, so skeleton keys share one automaton with
  folded spellings without ever matching ordinary text;
- only long skeletons are used (`MIN_LENGTH`): short ones match common Persian words.
"""

from sabt.text.skeleton import collapse, latin_skeleton, persian_skeleton

MIN_LENGTH = 5
_PRIVATE_USE = 0xE000


def _private(key: str) -> str:
    return "".join(chr(_PRIVATE_USE + ord(ch)) for ch in key)


def _latin_word(word: str) -> set[str]:
    key = latin_skeleton(word)
    variants = {key}
    if key.endswith("A"):
        variants |= {key[:-1] + "I", key[:-1]}
    if word.endswith("h") and key.endswith("h"):
        variants.add(key[:-1])
    return variants


def latin_name_keys(folded_name: str) -> set[str]:
    """Private-use skeleton keys of a folded Latin name, long ones only."""
    keys = {""}
    for word in folded_name.split():
        keys = {key + part for key in keys for part in _latin_word(word)}
    return {_private(collapse(key)) for key in keys if len(collapse(key)) >= MIN_LENGTH}


def persian_word_key(word: str) -> str:
    """Private-use skeleton of one folded Persian word (may be empty)."""
    return _private(persian_skeleton(word))
