"""Persons named by a courtly title or as a king, the names of Iran's Qajar and Pahlavi eras.

Until the 1920s a grandee was known by the title the court gave him, a compound of a word and
an Arabic noun of the state (قوام‌السلطنه، وثوق‌الدوله، مستوفی‌الممالک، ظل‌السلطان، ملک‌الشعرا،
امین‌التجار; a princess's تاج‌الملوک): the title alone names the person, written with a
half-space, a space or as one word, and a given name before it is the name's (احمد قوام‌السلطنه).
A king is a royal given name and شاه (ناصرالدین شاه، رضا شاه، ظاهر شاه), with his dynasty
after it where the text writes it (محمدرضا شاه پهلوی), unless the Shah is the object of a
verb whose subject the name is (محمد شاه را دید). A capital (دارالسلطنه، دارالخلافه) and a
regent's post (نایب‌السلطنه) share the title's shape and name no one.
"""

import re
from collections.abc import Iterator

from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import name_key, opens_name
from sabt.extract.name_words_fa import LETTERS, WORD, WORD_START, mention, scan_from_keyword

_STATE_NOUNS = (
    "الدوله|السلطنه|الملک|الممالک|السلطان|الملوک|التجار|الشعرا|الشعراء|العلما|العلماء|"
    "الوزرا|الوزراء|الحکما|الاطبا|الایاله|الاسلام"
)
_LAQAB = re.compile(
    rf"{WORD_START}(?P<word>[{LETTERS}]{{2,}})[\u200c ]?(?:{_STATE_NOUNS})"
    rf"(?=\u200cی(?![{LETTERS}])|(?![{LETTERS}\u200c]))"  # an ezafe after it is no part of it
)
# The state noun's article, found first (the rule is tried only at the words around it).
_STATE_NOUN = re.compile(f"ال(?={'|'.join(noun[2:] for noun in _STATE_NOUNS.split('|'))})")
# Words before a state noun that make a place, a post or a cleric's rank, not a grandee's title.
_NOT_TITLES = frozenset(("دار", "نایب", "شیخ", "حجت", "ثقه", "آیت", "حزب", "بیت"))
_KING = re.compile(
    rf"{WORD_START}(?P<given>{WORD})\s+شاه(?:\s+(?:پهلوی|قاجار|افشار|صفوی|زند|درانی))?"
    rf"(?![{LETTERS}\u200c])"
)
_SHAH = re.compile(rf"شاه(?![{LETTERS}\u200c])")
# The given names of the kings of Iran and Afghanistan since the Safavids, as the press writes
# them before شاه.
_ROYAL_NAME_WORDS = (
    "اسماعیل طهماسب عباس صفی سلیمان سلطان‌حسین نادر کریم آقامحمد فتحعلی محمد ناصرالدین "
    "مظفرالدین محمدعلی احمد رضا محمدرضا ظاهر امان‌الله حبیب‌الله شجاع تیمور زمان"
)
_ROYAL_NAMES = frozenset(name_key(name) for name in _ROYAL_NAME_WORDS.split())
_OBJECT = re.compile(r"\s+را(?![\u0600-\u06ff])")
_WORD_BEFORE = re.compile(rf"(?P<word>{WORD})[ \u00a0]+$")
RULE = "laqab-fa"


def courtly_names(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """Persons named by a courtly title (with the given name before it) or as a king."""
    for match in scan_from_keyword(_LAQAB, _STATE_NOUN, text, where):
        if match["word"] in _NOT_TITLES:
            continue
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and opens_name(before["word"]):
            start = before.start("word")
        yield mention(text, start, match.end(), "person", RULE)
    for match in scan_from_keyword(_KING, _SHAH, text, where):
        given = match["given"]
        # "محمد شاه را دید" (Mohammad saw the Shah): a common name before شاه and its object
        # marker is a subject, not a king's name; a name in -الدین is a king's only.
        object_after = _OBJECT.match(text, match.end()) and not given.endswith("الدین")
        if name_key(given) in _ROYAL_NAMES and not object_after:
            yield mention(text, *match.span(), "person", "king-fa")
