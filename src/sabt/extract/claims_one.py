"""English "one" counting a person the act befell: "one was found dead", "one man was killed",
"the other one is still missing". The number rules read "one" alone as no number (it is far
more often "one of the …", "one day", "one member said"), so a claim of one person is found
here: "one", perhaps with a word for a person, opening a clause whose verb is a passive or a
state, with an act right after it. The gold convention counts "one" like any number word
(docs/extraction-gold-brief.md); Persian «یک نفر» is read by the number rules already."""

import re

from sabt.extract.claims_acts import ACT
from sabt.text.numbers import Quantity

# a single person, as the act's subject ("one soldier", "one young man")
_PERSON = (
    r"(?:person|man|woman|child|boy|girl|baby|teenager|soldier|policeman|officer|guard|prisoner|"
    r"detainee|inmate|protester|protestor|demonstrator|student|civilian|villager|resident|worker|"
    r"journalist|activist|worshipper|passenger|survivor|victim|hostage|fighter|member)"
)
# "one" opening a clause: the sentence's start, after a comma, a quote or a dash, after "and",
# "but", "while", or as "the other one", "another one"; then a passive or a state.
_ONE = re.compile(
    r"(?:^|[.!?,;:\"“—(]\s*|\b(?:and|but|while|whereas)\s+|\b(?:the\s+other|another)\s+)"
    rf"(?P<one>one)(?:\s+(?:(?:young|old|elderly|more|other)\s+)?{_PERSON})?\s+"
    r"(?:was|is|has\s+been|had\s+been|remains|remained|died|lies|lay)\b",
    re.I | re.M,
)
# the act must follow the verb closely, in its clause: "was found dead", "is still missing"
_ACT_REACH = 30
_CLAUSE_END = re.compile(r"[,;.!?]|\b(?:and|but|that|who|how|whether|if)\b")


def ones_counted(text: str) -> list[Quantity]:
    """A figure of 1 for each "one" in `text` that counts a person an act befell."""
    found = []
    for match in _ONE.finditer(text):
        # from the verb on ("one died in custody")
        rest = text[match.end("one") : match.end() + _ACT_REACH]
        end = _CLAUSE_END.search(rest)
        if ACT.search(rest[: end.start()] if end else rest):
            start, stop = match.span("one")
            found.append(Quantity(1.0, 1.0, 1.0, "", text[start:stop], start, stop))
    return found
