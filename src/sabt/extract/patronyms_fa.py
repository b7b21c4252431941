"""Arab names with their patronymic chain, as Persian writes them: a given name, بن or ابن
(son of) or بنت (daughter of) and the father's name, again for a grandfather, and the house
they belong to (اسامه بن لادن، حمد بن عیسی آل خلیفه، عبدالله بن عبدالعزیز آل سعود).

The first word must surely be a given name (`opens_name`), or a word that may name before a
father's name that surely is one (حمد بن عیسی), so a phrase with the same words (پسر بن بست,
a dead end's boy) is not taken; each link's name must be a word that may name (`may_name`),
and the house (آل X) is taken only where the chain has a link.
"""

import re
from collections.abc import Iterator

from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import opens_name
from sabt.extract.name_words_fa import WORD, WORD_START, may_name, mention, scan_from_keyword

_LINK = rf"\s+(?:بن|ابن|بنت)\s+(?P<father>{WORD})"
_PATRONYM = re.compile(
    rf"{WORD_START}(?P<given>{WORD}){_LINK}(?P<more>(?:\s+(?:بن|ابن)\s+{WORD})*)"
    rf"(?P<house>\s+آل[\u200c ]{WORD})?"
)
# The link's بن (of بن، ابن، بنت), found first: the rule is tried only at the words around it.
_SON_OF = re.compile(r"بنت?(?=\s)")
RULE = "patronym-fa"


def patronymic_names(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """Persons named with a patronymic chain (X بن Y، X بن Y بن Z، X بن Y آل W)."""
    for match in scan_from_keyword(_PATRONYM, _SON_OF, text, where):
        fathers = [match["father"], *match["more"].split()[1::2]]
        given = match["given"]
        surely = opens_name(given) or (may_name(given) and opens_name(fathers[0]))
        if surely and all(map(may_name, fathers)):
            yield mention(text, *match.span(), "person", RULE)
