"""Which of the NER model's organisations the default mode takes: those the rules' own tables
would call bodies.

Taken whole, the small model's organisations lifted organisations' recall on unseen English
text but cost more precision than they gave (peoples, laws, events, posts and headlines read
as bodies). Where its span holds a word that heads a body's name in the rules' table
(`bodies_heads.ORG_WORDS`: "the Kalewa Peace Desk", "Group of Independent Experts"), has
that kind of body named beside it in lower case ("the Harrow Lantern group", "the rights
group Sable Lantern"), is an acronym the text spells out ("TRC" after "Truth and
Reconciliation Commission") or is a body the registry lists whole (`registered_body`), two
independent judgements agree, and the name is taken; the rules alone missed it because its
shape (a head inside the name, words they do not chain) is one they do not match.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from sabt.extract.bodies_lower import NOT_A_PEOPLE
from sabt.extract.mentions import Matcher
from sabt.extract.names_bodies import BODY_HEADS

_TRIM = "’'.,;:()\"“”"
# Lower-case words a spelt-out name may hold between its initials ("Committee for the
# Protection of Journalists": CPJ).
_LINKS = r"(?:(?:of|for|the|and|on|in|to|against|de|des|du|la|el|del|y|et)\s+)*"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# The same head words in lower case, singular or plural: the kind of body the text names
# beside the name ("the Kalewa Monitors group", "the rights group Tarnak Watch"); not those
# that in lower case name people or a count ("the Tarnak communities", "three times").
_NOT_KINDS = frozenset(("community", "communities", "families", "mothers", "staff", "times"))
_KINDS = rf"(?:{'|'.join(sorted({h.lower() for h in BODY_HEADS} - _NOT_KINDS))})s?"
# A people's or a state's adjective before a kind names the country's bodies of that kind ("a
# Kalewan court", "the Tarnaki army"), not a body called by the adjective: matched where
# `NOT_A_PEOPLE`, a look-ahead that refuses such an adjective, fails.
_A_PEOPLE = re.compile(rf"(?!{NOT_A_PEOPLE})")
# A kind before a post names the post a person holds ("Ana Pardo, the brigade commander", "X,
# a militia leader"): no body.
_HOLDERS = (
    "commander|chief|head|leader|member|spokesman|spokeswoman|spokesperson|founder|director|"
    "officer|official|chairman|chairwoman|secretary|president"
)
_KIND_AFTER = re.compile(
    rf"(?:[’']s)?(?:\s+|,\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,3}}){_KINDS}\b"
    rf"(?!\s+(?:{_HOLDERS})s?\b)"
)
_KIND_BEFORE = re.compile(rf"\b{_KINDS},?\s+(?:the\s+)?$")
_NEAR = 60  # characters looked at on either side for the kind


def named_as_body(text: str, start: int, end: int) -> bool:
    """Whether the model's organisation `text[start:end]` holds a body's head word, has its
    kind named beside it, or is an acronym that `text` spells out."""
    words = text[start:end]
    if any(word.strip(_TRIM) in BODY_HEADS for word in words.split()):
        return True
    if (
        _KIND_AFTER.match(text, end, end + _NEAR)
        and not all(_A_PEOPLE.match(word + " ") for word in words.split())
    ) or _KIND_BEFORE.search(text, max(0, start - _NEAR), start):
        return True
    return _ACRONYM.fullmatch(words) is not None and _spelt_out(words).search(text) is not None


@lru_cache(maxsize=256)
def _spelt_out(acronym: str) -> re.Pattern[str]:
    """Capitalised words whose initials are `acronym`'s letters, in order."""
    words = rf"[-\s]+{_LINKS}".join(rf"{letter}[\w’'-]*" for letter in acronym)
    return re.compile(rf"\b{words}\b")


def registered_body(matcher: Matcher) -> Callable[[str], bool]:
    """Whether a name is, whole, a body the registry or the world's list of bodies holds
    ("UN" in "the UN-brokered accords", where the matcher wants a word's end after it)."""

    def known(words: str) -> bool:
        return any(
            m.type == "organization" and (m.start, m.end) == (0, len(words))
            for m in matcher.find(words)
        )

    return known
