"""A figure another source estimates for the count just told, its act left unsaid.

"Opposition parties spoke of more than 600 killed, and foreign diplomats at the time estimated
between 200 and 1,000.", "… 600 were killed. Foreign diplomats estimated between 200 and
1,000.": the second figure is an estimate of the same count, so it takes that count's act. Read
only where nothing else can be meant: the figure is the object of a verb of estimating and ends
its clause (no noun of its own after it), its clause or sentence names no act, and the count
just told is in the clause before, or in the sentence before when that sentence names no other
act ("… 300 were killed and 40 arrested. Diplomats estimated 700." may be either).
"""

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sabt.extract.claims_acts import ACT
from sabt.extract.sentences import Sentence
from sabt.text.numbers import Quantity

if TYPE_CHECKING:  # claims imports this module
    from sabt.extract.claims import Claim

# "estimated between 200 and 1,000", "put it at 300", "spoke of 400" (the hedge is the figure's)
_ESTIMATE_BEFORE = re.compile(
    r"\b(?:estimated|estimates?|reckoned|put\s+it\s+at|spoke\s+of)\s+$",
    re.I,
)
# nothing after the figure but the end of its clause
_ENDS = re.compile(r"\s*[.;]")


def estimated_again(
    text: str,
    claims: "list[Claim]",
    number: Quantity,
    sentence: Sentence,
    previous: Sentence | None,
    before: str,
) -> bool:
    """Whether the figure is another estimate of the count just told (`claims[-1]`), in its
    sentence or in the sentence before (`previous`)."""
    # ("estimated 150" is read as the figure with its hedge)
    estimated = _ESTIMATE_BEFORE.search(before) or number.text.lower().startswith("estimated ")
    if not claims or not estimated or not _ENDS.match(text, number.end):
        return False
    told = claims[-1]
    if told.start >= sentence.start:  # told in the clause before, no other act before
        return _only(told.property, ACT.finditer(text, sentence.start, number.start))
    return (
        previous is not None
        and told.start >= previous.start
        and _only(told.property, ACT.finditer(previous.text))
        and ACT.search(sentence.text) is None
    )


def _only(act: str, found: Iterator[re.Match[str]]) -> bool:
    """Whether every act `found` is `act` (the wounded, told beside it, may be estimated too)."""
    return all(m.lastgroup == act for m in found)
