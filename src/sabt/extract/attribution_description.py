"""A body named back by its head noun: "the trust's ledgers", "the bureau's own audit", "the
Kenyan collective", "its own inquiry".

An English organisation's name ends in the noun that says what kind of body it is ("Limpopo
Records Trust", "Sahel Observatory for Human Rights": the last word before "of"/"for"). A
definite description whose own head noun is that word refers back to the body, whatever the
noun is, so no list of nouns is needed: the names in the text supply them.
"""

import functools
import re

from sabt.extract.mentions import Mention, MentionIndex

# "according to the trust's ledgers", "In the bureau's own audit of the file we", "the
# Kenyan collective": an optional fronted preposition, an article, up to two describing
# words, then a lowercase head noun, perhaps possessive with what it owns after it.
_FRONTED = r"^(?:(?i:in|according\s+to|from|under|by)\s+)?"
_DESCRIPTION = re.compile(
    _FRONTED + r"(?:(?i:the|this|that)\s+)?(?:(?i:same)\s+)?"
    # "A committee appointed by …" introduces a body of its own: no indefinite article.
    r"(?!(?i:an?|another|one|some)\s)(?:[A-Za-z][\w\-]*\s+){0,2}?(?P<head>[a-z][a-z\-]{2,})(?:['’]s\b.*)?$",
    re.S,
)
# "its own inquiry it documented", "their count": a body's possessive is the body.
ITS = re.compile(_FRONTED + r"(?i:its|their)\s+\S")
# A head noun names its body unambiguously, so it reaches further back than "the group" does,
# and to the byline or title that names the text's author ("Prepared by the X Clinic").
_REACH = 8000
_OPENING = 1000
# Words that join a name's head noun to what the body is of or for.
_CONNECTORS = frozenset(("of", "for", "on", "in", "against", "to", "and", "at"))
_NAME_WORD = re.compile(r"[^\W\d_][\w\-’']*")


def described_head(phrase: str) -> str | None:
    """The head noun of a definite description or possessive ("the trust's ledgers" → trust),
    or None when `phrase` is no such description."""
    phrase = phrase.strip()
    found = _DESCRIPTION.match(phrase)
    return found.group("head") if found else None


@functools.lru_cache(maxsize=4096)
def name_head(name: str) -> str:
    """The noun heading a body's name, lowercased: the last word before a connector ("Sahel
    Observatory for Human Rights" → observatory, "Limpopo Records Trust" → trust)."""
    head = ""
    for word in _NAME_WORD.findall(name):
        if head and word.lower() in _CONNECTORS:
            break
        head = word
    return head.lower()


def described_body(phrase: str, before: int, mentions: MentionIndex) -> Mention | None:
    """The organisation named last before `before` whose name's head noun heads `phrase`: one
    of the text's opening lines, else one within reach. The mentions are gathered only for a
    phrase that is a description (most subjects are names, read here once per verb)."""
    head = described_head(phrase)
    if head is None or _names_itself(phrase, head, before, mentions):
        return None
    for mention in reversed(_candidates(before, mentions)):
        if mention.type == "organization" and head in (
            name_head(mention.name or mention.text),
            name_head(mention.text),
        ):
            return mention
    return None


def _names_itself(phrase: str, head: str, at: int, mentions: MentionIndex) -> bool:
    """Whether the text names a body of its own in `phrase` (which starts or ends at `at`):
    "the Jordanian army" after "the Syrian army" is a nation's army, a name the mentions hold,
    and no reference back to another army."""
    reach = len(phrase)
    return any(
        m.type == "organization" and m.text in phrase and head in m.text.lower().split()
        for m in mentions.within(max(0, at - reach), at + reach)
    )


def _candidates(before: int, mentions: MentionIndex) -> list[Mention]:
    """The mentions a head noun may name back: those of the text's opening lines, then the
    ones within reach before `before`, in text order."""
    near = max(0, before - _REACH)
    return mentions.within(0, min(near, _OPENING)) + mentions.within(near, before)


def named_for(description: str, end: int, mentions: MentionIndex) -> str | None:
    """The body a nameless description of it stands for, when the text also names it: "A
    commission of enquiry into the 2010 operation concluded …" and, later or earlier, "the West
    Kingston Commission of Enquiry". The description must open with the name's head noun and
    the words after it ("commission of enquiry"), and one body only (within `end`) may fit; a
    bare head ("a commission" beside "the Electoral Commission") is no such naming."""
    words = description.lower().split()
    if len(words) < 3 or not description[:1].islower():
        return None
    found: set[str] = set()
    for mention in mentions.within(0, end):
        if mention.type != "organization":
            continue
        name = mention.name or mention.text
        named = [w.lower() for w in _NAME_WORD.findall(name)]
        head = name_head(name)
        tail = named[named.index(head) :] if head in named else []
        if len(tail) > 1 and words[: len(tail)] == tail:
            found.add(name)
    return found.pop() if len(found) == 1 else None
