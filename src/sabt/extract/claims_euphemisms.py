"""Armed forces' words for killing ("neutralised", "eliminated", "liquidated") count the dead
only when people are counted with them.

"The General Staff said hundreds of militants had been 'neutralised'" is a count of the dead;
"300 jobs were eliminated" and "40 firms were liquidated" count nothing. So a figure whose
sentence names no killing but in these words needs people after it: the rules' victim words, or
the fighters armed forces speak of ("militants", "insurgents", "terrorists"). Nor does a figure
that opens a clause of its own right after the euphemism: "The factory was liquidated and 200
workers lost their jobs" (the euphemism's object came before it).
"""

import re

from sabt.extract.claims_acts import ACT, EUPHEMISM, PEOPLE_LEAD

_EUPHEMISM = re.compile(EUPHEMISM, re.I)
_FIGHTERS = re.compile(
    PEOPLE_LEAD + r"(?:militants|insurgents|rebels|terrorists|"
    r"guerrillas|gunmen|separatists|jihadists|extremists|bandits|partisans|enemies)\b",
    re.I,
)
# "was liquidated and 200 workers …": a conjunction between the euphemism and the figure.
_CLAUSE_AFTER = re.compile(rf"(?:{EUPHEMISM})\s*,?\s*(?:and|but|while)\s+$", re.I)


def no_people_for_euphemism(
    sentence: str, before: str, after: str, victims: re.Match[str] | None
) -> bool:
    """Whether the figure's sentence names a killing only in armed forces' words and no people
    are counted after the figure (`after`, `victims`: the words after it and the victim words
    they open with), or the people counted open a clause after the euphemism (`before`: the
    words before the figure) and no euphemism follows them."""
    if not _EUPHEMISM.search(sentence):  # (most sentences: no act to read)
        return False
    killings = [m for m in ACT.finditer(sentence) if m.lastgroup == "killed"]
    return (
        bool(killings)
        and all(_EUPHEMISM.fullmatch(m.group()) for m in killings)
        and (
            (victims is None and _FIGHTERS.match(after) is None)
            or (_CLAUSE_AFTER.search(before) is not None and _EUPHEMISM.search(after) is None)
        )
    )
