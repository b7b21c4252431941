"""A witness who counts themself with their kin: "my two cousins and I were arrested", "I was
arrested with my two brothers", "they took me and my two sons", «من و دو پسرعمویم را بازداشت
کردند»; or one person named by a pronoun with others: "detained me and four other men", «او و
سه همسایه‌اش را نگه داشتند». The gold convention
(docs/extraction-gold-brief.md, "Conventions") makes the claim of everyone the act befell, the
witness included: the figure counts the kin, the claim counts one more (arrested 3)."""

import re
from dataclasses import replace

from sabt.extract.claims_context import KIN_AFTER
from sabt.extract.claims_fa import own_kin
from sabt.text.numbers import Quantity

# "my two cousins and I": the witness joined after the kin
_AND_I_AFTER = re.compile(r"\s+and\s+(?:I|me|myself)\b")
# "my two brothers" after "with" in a sentence the witness tells of themself ("I was arrested
# with my two brothers"); the "I" is looked for before the figure.
_WITH_MY = re.compile(r"\bwith\s+my\s+$", re.I)
# "they arrested me and my two cousins": the witness named first, the kin joined after
_SELF_AND_MY = re.compile(r"\b(?:[Mm]e|I|myself)\s+and\s+my\s+$")
_MY = re.compile(r"\bmy\s+$", re.I)
_I = re.compile(r"\bI\b")
# «من و دو برادرم», «مرا با دو برادرم», «من همراه با دو برادرم»
_FA_SELF_BEFORE = re.compile(r"(?<![\w\u200c])(?:من\s+و|(?:من|مرا)\s+(?:همراه\s+)?با)\s+$")
# "detained me and four other men", "he and two others were held", «او و سه همسایه‌اش را
# نگه داشتند»: one person named by a pronoun, joined to a figure of others the act befell with them
_ONE_AND_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:(?i:me|him|her|he|she)|I|من|او|وی)\s+(?:and|و)\s+$"
)


def with_self(number: Quantity, before: str, after: str, clause_before: str) -> Quantity:
    """The figure, one more when the witness counts themself with the kin it counts, or one
    person named by a pronoun is joined to it (`before`, `after`: the words around the figure;
    `clause_before`: its sentence up to the figure)."""
    kin = KIN_AFTER.match(after)
    english = bool(
        kin
        and _MY.search(before)
        and (
            _AND_I_AFTER.match(after, kin.end())
            or _SELF_AND_MY.search(before)
            or (_WITH_MY.search(before) and _I.search(clause_before))
        )
    )
    persian = bool(own_kin(after) and _FA_SELF_BEFORE.search(before))
    one_and = bool(_ONE_AND_BEFORE.search(before))
    if not (english or persian or one_and) or number.value is None or number.qualifier:
        return number
    more = number.value + 1
    return replace(number, value=more, low=more, high=more)
