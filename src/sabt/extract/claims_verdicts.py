"""A verdict told twice: a court's conviction of people and then their sentence.

"The court convicted four former soldiers … It sentenced each of the four to 30 years": a
conviction counts as a sentence (the convention settled on 2026-12-07), so both figures read
"sentenced 4" — one count told twice, the second time with its sentence. The sentence is kept;
the conviction before it, of as many people, told close before and named back ("the four",
"each of the four"), is dropped.
"""

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from sabt.extract.claims_acts import ACT, is_conviction

if TYPE_CHECKING:  # claims imports this module
    from sabt.extract.claims import Claim

_REACH = 300  # characters from the conviction's figure to the sentence's
# "the four", "each of the four": people counted before, named back.
_NAMED_BACK = re.compile(r"\bthe\s+$", re.I)


def without_convictions_sentenced_again(text: str, claims: "list[Claim]") -> "list[Claim]":
    """`claims` less each conviction the next claim, close after it, sentences again: the same
    number of people, named back, counted in a sentence that names a sentence and not only a
    conviction."""
    repeated = {
        id(first)
        for first, second in pairwise(claims)
        if first.property == second.property == "sentenced"
        and (first.value, first.low, first.high) == (second.value, second.low, second.high)
        and second.start - first.end < _REACH
        and _NAMED_BACK.search(text, max(0, second.start - 20), second.start) is not None
        and _conviction_only(first.excerpt)
        and not _conviction_only(second.excerpt)
    }
    return [c for c in claims if id(c) not in repeated]


def _conviction_only(sentence: str) -> bool:
    """Whether every sentencing word of a claim's sentence is a conviction."""
    sentencing = [m for m in ACT.finditer(sentence) if m.lastgroup == "sentenced"]
    return bool(sentencing) and all(is_conviction(m) for m in sentencing)
