"""English wordings of a post written before the person's name.

A title ("Interior Minister X", "Lt. Col. X", "human rights lawyer X"), a post in apposition
("The head of the security committee, X, said"), one joined to the name ("Y's deputy X"), a
commander named by "under the command of X", and "named X as …". These read backwards from the
name, as `occupancy_en`'s wordings read forwards from it; they share its pieces of a post
(`TITLE`, `MODIFIER`, `CAPITAL`) and its test for a post in apposition after the name.
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.occupancy_en import CAPITAL, HOLDER, MODIFIER, TITLE, Found, post_apposed
from sabt.extract.occupancy_en_words import HEADS

# Before the name, the post in apposition: "The head of the security committee, X, said",
# "Tehran's prosecutor at the time, X", "the army chief, General X"; or joined to it: "Y's
# deputy X", "the lawyer X".
# ("As head of the council, X ordered …": after "As" the name needs no closing comma.)
_OPENS_POST = (
    rf"(?<![\w’'\-])(?P<as>[Aa]s\s+)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    rf"|(?=(?:{CAPITAL}\s+){{0,3}}{CAPITAL}[’']s\s)|(?<=\b[Aa]s\s))"
)
# ("The police commander, Lieutenant-Colonel X": a rank's words may be joined by a hyphen.)
_RANKS = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?\s+){0,3}"
# ("the militia's leader, the customary chief X": a second post, in lower case, may stand
# between the first and the name.)
_SECOND_POST = rf"(?:(?:the|a|an)\s+(?:[a-z\-]+\s+){{0,2}}?(?:{HEADS})\s+)?"
# ("A spokesman for the army, X, said": in apposition, an indefinite article opens one too.)
_POST_PHRASE = (
    rf"(?P<p>(?:{MODIFIER}){{0,4}}?(?:{HEADS})\b"
    r"(?:\s+(?:of|for|to|on|(?:at|in)(?!\s+(?:\d|the time\b|that time\b)))\s+"
    r"(?:(?!(?:who|which|that|was|were|is|are|and|said)\b)"
    r"[\w’'\-]+\s+){0,6}?[\w’'\-]+)?)"
)
_AT_THE_TIME = r"(?:\s+(?:at the time|at that time|then|now))?"
_POST_BEFORE = re.compile(
    rf"(?:(?<![\w’'\-])An?\s+|{_OPENS_POST}){_POST_PHRASE}{_AT_THE_TIME}\s*,\s*"
    rf"{_SECOND_POST}{_RANKS}$"
)
# "The commander of the brigade at the time was X", "Tehran's prosecutor was X": the post as
# the subject of a copula whose complement is the name.
_POST_WAS = re.compile(
    rf"{_OPENS_POST}{_POST_PHRASE}{_AT_THE_TIME}\s+(?:was|is|had been|became)\s+{_RANKS}$"
)
# "Interior minister at the time, X ordered …": a post without an article opening the
# sentence, the name its subject.
_OPENING_POST = re.compile(rf"\s*(?=[A-Z]){_POST_PHRASE}{_AT_THE_TIME}\s*,\s*{_RANKS}")
# ("the army removed President X": a verb's participle or past is no word of the title.)
_NOT_A_VERB = (
    r"(?![a-z]+(?:ed|ing)\b|(?:overthrew|met|told|sent|shot|gave|took|saw|made|won|beat)\b)"
)
_POST_JOINED = re.compile(
    rf"{_OPENS_POST}(?P<p>(?:{_NOT_A_VERB}{MODIFIER}){{0,3}}?(?:{HEADS}))\s+{_RANKS}$"
)
# After a name in apposition, the sentence goes on: "…, X, said" or "…, X."
_APPOSITION_CLOSED = re.compile(
    r"\s*(?:[,;)—–]|\.(?:\s|$)|$)|\s+(?:said|says|told|added|wrote|stated|declared|announced|"
    r"argued|insisted|confirmed|denied|ordered|signed|gave|defended)\b"
)
_COMMA_CLOSED = re.compile(r"\s*[,;)—–]")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:about|to|with|for|against|from|at|on|into|like|unlike|than|towards?|near|over|"
    r"upon)\s+(?:the|a|an|its|their|his|her)\s+$"
)
# What may stand between "chaired by" or "the command of" and the name: an article, a word or
# two of description and a title ("the writer", "General").
# ("the retired Brazilian general X": a nationality may stand among the words.)
DESCRIBED_BEFORE_NAME = (
    r"(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}(?:[A-Z][a-z]+\s+(?:[a-z]+\s+)?)?"
    r"(?:[A-Z][a-z]+\.?\s+){0,3}$"
)
# "under the command of X", "under X's command": X commands whoever the sentence is about.
_UNDER = re.compile(
    r"\bunder\s+the\s+(?P<noun>command|leadership|direction|chairmanship|presidency)\s+of\s+"
    + DESCRIBED_BEFORE_NAME
)
_NAMED_BEFORE = re.compile(r"(?:named|appointed|promoted)\s*$")
_NAMED_AS = re.compile(rf"\s+(?:as\s+)?(?:the\s+)?(?P<p>{TITLE})")
# (It starts at a word's start: a search backwards from the name tries each start.)
_TITLE_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?P<p>(?:[\w’'\-]+\s+|[Tt]hen-|[Ff]ormer-){{0,3}}?(?:{HEADS})"
    r"(?:\s+(?:of|on)\s+[\w ]+?)?)\s*,?\s*$"
)
_RANK_TITLE = re.compile(
    r"(?:(?:Senior|Lieutenant|Major|Brigadier|Colonel|General|Captain|Field|Marshal|Admiral|"
    r"Second|First|Staff|Sergeant|Corporal|Private|Commander|"
    r"Vice|Rear)[\s\-]*)+"
)
# "human rights lawyer X", "the trial of journalist X", "Police officer X": a trade in lower
# case joined to a name, at a sentence's start or after a preposition or "the" ("hired a
# lawyer X recommended" is left alone).
_TRADE_BEFORE = re.compile(
    r"(?:^|(?<=[.,;:(—–\"“])\s*|\b(?:[Oo]f|[Tt]o|[Bb]y|[Ww]ith|[Ff]or|[Ff]rom|[Aa]gainst|including|"
    r"and|[Tt]he|[Aa]ccording to)\s+)"
    r"(?P<p>(?:(?:[Hh]uman[- ]rights|[Pp]olice|[Aa]rmy|[Ss]enior|[Dd]efen[cs]e|[Ii]nvestigative|"
    r"[Ff]reelance|[Dd]istrict|[Mm]ilitary|[Ss]tate)\s+)?(?:lawyer|journalist|reporter|photographer|"
    r"cameraman|prosecutor|judge|officer|economist|researcher|activist))\s+$"
)
# "Lt. Col. X", "Gen. X": a rank shortened, as written (a form of address before a post in
# apposition, as the full rank is).
_RANK_SHORTENED = r"(?:Gen|Col|Lt|Lieut|Maj|Capt|Sgt|Brig|Cpl|Adm|Cmdr|Cdr)"
_SHORT_RANK = re.compile(rf"(?<![\w.])(?P<p>(?:{_RANK_SHORTENED}\.\s*)*{_RANK_SHORTENED}\.)\s*$")
# "Justice X", "the bench of Justice X": a judge's title before the name, a post where the text
# gives no other, as a rank ("Chief Justice X" and "Minister of Justice X" are the longer posts
# they open).
_JUSTICE = re.compile(r"(?<![\w’'\-])(?P<p>Justice)\s+$")
_HEAD_OPENING = re.compile(rf"(?=[A-Z])(?:{HEADS})\b")
_A_HEAD = re.compile(HEADS)
# Lower-case words that belong to a title written before a name ("EU foreign policy chief").
_TITLE_WORD_LIST = (
    "foreign policy human rights supreme deputy religious chief general prime minister leader "
    "prosecutor judge commissioner commander of for on in the interior defence defense justice "
    "intelligence army police security military provincial regional district presiding"
)
_TITLE_WORDS = frozenset(_TITLE_WORD_LIST.split())
# "called for Senior General X": a preposition before the title is not part of it.
_LEADING_PREPOSITIONS = re.compile(r"^(?:(?:of|for|on|in|the)\s+)+")
_TITLE_PREPOSITIONS = frozenset(("of", "for", "on", "in", "to", "at"))


def before_name(text: str, start: int, person: Mention, stop: int) -> list[Found]:
    """Posts written before the name, from `start` (the sentence's start); "named X as …"
    also after it, up to `stop`."""
    found: list[Found] = []
    if _NAMED_BEFORE.search(text, max(start, person.start - 30), person.start):
        match = _NAMED_AS.match(text, person.end, stop)
        if match:
            found.append((match.start("p"), match.end("p"), match["p"]))
    window = max(start, person.start - 160)
    before = _POST_BEFORE.search(text, window, person.start)
    apposed_before = bool(
        before
        and (before["as"] or _APPOSITION_CLOSED.match(text, person.end))
        and not _a_prepositions_object(text, window, before.start("p"), person)
    )
    if before and apposed_before:
        found.append((before.start("p"), before.end("p"), before["p"]))
    if not before:
        was = _POST_WAS.search(text, window, person.start)
        if was and _APPOSITION_CLOSED.match(text, person.end):
            found.append((was.start("p"), was.end("p"), was["p"]))
        opening = _OPENING_POST.fullmatch(text, start, person.start)
        if opening:
            found.append((opening.start("p"), opening.end("p"), opening["p"]))
    joined = _POST_JOINED.search(text, window, person.start)
    if joined:
        found.append((joined.start("p"), joined.end("p"), joined["p"]))
    under = _UNDER.search(text, window, person.start)
    if under:
        found.append((under.start("noun"), under.end("noun"), HOLDER[under["noun"]]))
    # ("National Police Commissioner X": a name found with its title's head word.)
    inner = _HEAD_OPENING.match(person.text)
    ends = person.start + inner.end() if inner else person.start
    title = _TITLE_BEFORE.search(text, max(start, person.start - 120), ends)
    if title and (
        "," not in title[0][-3:]
        or title["p"].startswith(("As ", "as "))
        or _APPOSITION_CLOSED.match(text, person.end)
    ):
        words = title.group("p").split()
        keep = len(words) - _lower_head(words)
        while keep > 0 and (words[keep - 1][:1].isupper() or words[keep - 1] in _TITLE_WORDS):
            keep -= 1
        position = _LEADING_PREPOSITIONS.sub("", " ".join(_after_article(words[keep:])))
        # ("Senior General X, the Commander-in-Chief", "the army commander, General X": with a
        # post in apposition, after the name or before it, the rank is a form of address, as
        # the gold conventions read it; "General X" alone is the post.)
        addressed = _RANK_TITLE.fullmatch(position) and (
            apposed_before or post_apposed(text, person, stop)
        )
        at = title.end("p") - len(position)
        apposed = "," in title[0][-3:] and not title["p"].startswith(("As ", "as "))
        objected = apposed and _a_prepositions_object(text, window, at, person)
        if _A_HEAD.search(position) and not addressed and not objected:
            found.append((at, title.end("p"), position))
    # ("Mrs Justice X, the presiding coroner": beside a post, the title is a form of address.)
    justice = _JUSTICE.search(text, max(start, person.start - 10), person.start)
    if justice and not apposed_before and not post_apposed(text, person, stop):
        found.append((justice.start("p"), justice.end("p"), justice["p"]))
    trade = _TRADE_BEFORE.search(text, max(start, person.start - 50), person.start)
    if trade:
        found.append((trade.start("p"), trade.end("p"), trade["p"]))
    short = _SHORT_RANK.search(text, max(start, person.start - 30), person.start)
    if short and not apposed_before and not post_apposed(text, person, stop):
        found.append((short.start("p"), short.end("p"), short["p"]))
    return found


def _after_article(words: list[str]) -> list[str]:
    """The title's words after an article that no preposition governs: "On Monday the
    interior minister, X" → interior minister (a day, a time or a verb's subject before the
    article is no part of the title; "head of the council" keeps its own)."""
    for at in range(len(words) - 1, 0, -1):
        if words[at] in ("the", "The") and words[at - 1] not in _TITLE_PREPOSITIONS:
            return words[at + 1 :]
    return words


def _a_prepositions_object(text: str, window: int, at: int, person: Mention) -> bool:
    """Whether the post before a comma, at `at`, is a preposition's object and the name the
    subject of the verb after it, no apposition: "Asked about the minister, X said" (a name
    closed by a comma, "the appointment of the prosecutor, X, was …", is one still)."""
    return not _COMMA_CLOSED.match(text, person.end) and bool(
        _AFTER_PREPOSITION.search(text, window, at)
    )


def _lower_head(words: list[str]) -> int:
    """1 where the title's last word is a head in lower case after a capitalised or title word
    ("Rivers State governor", "Labour lawmaker"): the name's qualifier makes it a title; 0
    where it stands alone ("hired a lawyer X recommended" is no title)."""
    if len(words) < 2 or not _A_HEAD.fullmatch(words[-1]) or not words[-1][:1].islower():
        return 0
    return int(words[-2][:1].isupper() or words[-2] in _TITLE_WORDS)


# "The two commanders, X and Y,", "Two police officers, X and Y,": a post in the plural before
# names listed, each one's in the singular.
_PLURAL_BEFORE = re.compile(
    r"(?:^\s*|(?<=[.;:(—–\"“])\s*|\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+)"
    r"(?:(?:two|three|four|both)\s+)?"
    rf"(?P<p>(?:{MODIFIER}){{0,2}}?(?:{HEADS}))s"
    r"(?P<of>\s+(?:of|for|at|in)\s+(?:the\s+)?[\w’'\- ]{1,40}?)?\s*,\s*$"
)


_COUNT = re.compile(r"(?:(?:[Tt]he|[Tt]heir|[Ii]ts|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+)+")


def shared_post_before(text: str, start: int, first: int) -> list[Found]:
    """The post in the plural before names listed, the first at `first`, in the singular."""
    match = _PLURAL_BEFORE.search(text, max(start, first - 80), first)
    if match is None:
        return []
    count = _COUNT.match(match["p"])
    at = match.start("p") + (count.end() if count else 0)
    post = text[at : match.end("p")] + (match["of"] or "")
    return [(at, match.end("of") if match["of"] else match.end("p") + 1, post)]
