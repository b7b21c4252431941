"""Relatives listed before a count of more of them: "my father and two uncles were killed",
«پدرم و دو عمویم را کشتند», «شوهر و دو برادرش بازداشت شدند». The gold convention
(docs/extraction-gold-brief.md) sums relatives listed with a number when the act befalls them
all (killed 3, arrested 3); a list with no number, or one of people who are no relatives ("her
uncle and two neighbours"), stays no count."""

import re
from dataclasses import replace

from sabt.extract.claims_context import KIN_AFTER, KIN_ONE
from sabt.extract.claims_fa import FA_KIN_AFTER, own_kin
from sabt.extract.occupancy_fa_words import KIN
from sabt.text.numbers import Quantity

# "my father, my brother and " before "two cousins": each a single relative of the witness;
# the count may be of the last one's kin ("my husband and his two brothers")
_EN_ITEM = rf"my\s+(?:(?:elder|older|younger|eldest|youngest)\s+)?{KIN_ONE}"
_EN_LIST = re.compile(
    rf"\b{_EN_ITEM}(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:my\s+)?(?:\w+\s+)?{KIN_ONE})*"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:my|his|her)\s+)?$",
    re.I,
)
_EN_ONE = re.compile(rf"\b{KIN_ONE}\b", re.I)
# «پدرم و » / «پدرم، برادرم و » before «دو عمویم»: each one relative with the witness's
# possessive (ـم، ـام)
_FA_ITEM = rf"(?:{KIN}|فرزند)ی?(?:\u200c?ام|م)"
_FA_LIST = re.compile(rf"(?<![\w\u200c]){_FA_ITEM}(?:\s*(?:،|و)\s*{_FA_ITEM})*\s*(?:،|و)\s*$")
_FA_ONE = re.compile(_FA_ITEM)
# «شوهر و »، «شوهرم و »، «مادرش، پدرش و » before «دو برادرش»: someone else's relatives, each
# named bare or with any possessive
_FA_OTHERS_ITEM = rf"(?:{KIN}|فرزند)(?:ی?\u200c?ا?(?:م|ش|مان|شان|ت|تان))?"
_FA_OTHERS_LIST = re.compile(
    rf"(?<![\w\u200c]){_FA_OTHERS_ITEM}(?:\s*(?:،|و)\s*{_FA_OTHERS_ITEM})*\s*(?:،|و)\s*$"
)
_FA_OTHERS_ONE = re.compile(rf"(?<![\w\u200c]){_FA_OTHERS_ITEM}(?![\w\u200c])")
# "Four men of our family were killed; my father and three cousins.": a list after a semicolon
# or a dash spells out the count told before it, no count of its own
_SPELLS_OUT = re.compile(r"[;؛—–]\s*$")
# «…؛ پدرم و دو برادرم هم میان آنان بودند»: unless the list is said to be among those the act
# befell, a count of its own
_AMONG_THEM = re.compile(
    r"\s*(?:هم|نیز)?\s*(?:در\s+)?(?:میان|بین)(?:\s*(?:آنان|آن[\s\u200c]?ها|ایشان)|شان)\s+بود"
)


def kin_listed(clause_before: str, after: str) -> int:
    """How many single relatives are listed just before a figure that counts more relatives
    (`clause_before`: its sentence up to the figure; `after`: the words after it); 0 where the
    figure ends no such list."""
    kin = FA_KIN_AFTER.match(after)
    if KIN_AFTER.match(after):
        one, listed = _EN_ONE, _EN_LIST.search(clause_before)
    elif own_kin(after):
        one, listed = _FA_ONE, _FA_LIST.search(clause_before)
    elif kin:
        one, listed = _FA_OTHERS_ONE, _FA_OTHERS_LIST.search(clause_before)
    else:
        return 0
    if listed is None or (
        _SPELLS_OUT.search(clause_before, 0, listed.start())
        and not (kin and _AMONG_THEM.match(after, kin.end()))
    ):
        return 0
    return len(one.findall(listed.group(0)))


def with_kin_listed(number: Quantity, listed: int) -> Quantity:
    """The figure with the `listed` relatives before it added ("my father and two uncles": 3)."""
    if not listed or number.value is None or number.qualifier:
        return number
    total = number.value + listed
    return replace(number, value=total, low=total, high=total)
