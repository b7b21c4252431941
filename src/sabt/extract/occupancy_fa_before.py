"""Persian wordings of a post written before the person's name.

A rank or title joined to the name ("سرهنگ X"، "دادستان تهران X"), a post in apposition before it
("رئیس قوه قضاییه، X، گفت"، "از سوی دادستان تهران، X،"), and a post named by its office before
the name ("در دوران ریاست X بر …"، "کمیسیونی به ریاست X"، "تحت فرماندهی X"، "فرماندهی این نیرو
بر عهده‌ی X بود"), given as its holder's post (رئیس، فرمانده …). These read backwards from the
name, as `occupancy_fa`'s wordings read forwards from it; they share its pieces of a post
(`POST_WORD`, `STRICT_POSITION`, `OFFICE`).
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.occupancy_fa import (
    IN_PLACE,
    LETTER,
    OFFICE,
    PERIOD,
    POST_WORD,
    STOP,
    STRICT_POSITION,
    Found,
)
from sabt.extract.occupancy_fa_words import BODY_NOUN, HOLDER, PLURAL_HEAD

_CLOSED = re.compile(r"\s*[،,]")
# Joined to a name, a rank or office is its title ("سرهنگ X", "دادستان تهران X"); another head
# of one word may be the name's possessor ("معاون X" is also X's deputy).
# "فرمانده لشکر ۲۷، سرتیپ X": a rank may stand between the post and the name.
_RANK = (
    r"سپهبد|ارتشبد|سرلشکر|سرتیپ|سردار|سرهنگ|سرگرد|سروان|ستوان|گروهبان|دریادار|"
    r"سرتیپ\u200cپاسدار|سرلشکر\u200cپاسدار"
)
_TITLE = re.compile(
    rf"(?:{_RANK}|ژنرال|قاضی|دادستان|استاندار|فرماندار|شهردار|سفیر)(?!{LETTER}|\u200c)|\S+\s+\S"
)
# The post opens its phrase: after punctuation or a particle, not after a noun it would qualify
# ("پسر وزیر، X" is the minister's son).
# ("از سوی/توسط دادستان تهران، X، …": the agent of a passive verb.)
# (A dateline's dash opens one too: "کابل — ژنرال X".)
# ("به گفته‌ی دادستان تهران، X،"، "به دستور دادستان کل، X،": according to, by order of.)
_BY_WORD_OF = r"به\s+(?:گفته|نوشته|دستور|فرمان|حکم|اعلام|ابتکار)(?:\u200cی|ی)?"
_OPENS = re.compile(
    rf"(?:^|[،,.؛:«»()—–]\s*|(?<!{LETTER})(?:{STOP}|سوی|جانب|طرف|توسط|{_BY_WORD_OF})\s+)$"
)
_OWN_TITLE = re.compile(
    r"رئیس[\u200c ]?جمهور|رییس[\u200c ]?جمهور|نخست[\u200c ]?وزیر|ژنرال|" + _RANK
)
# ("سفیر ایران در سازمان ملل، X،": closed by a comma, the post's place after در is its own.)
_BEFORE = re.compile(
    rf"(?<!{LETTER}|\u200c)(?P<p>{STRICT_POSITION}(?:{IN_PLACE}(?=\s*[،,]))?)\s*(?P<comma>[،,])?\s*"
    rf"(?:(?P<rank>(?:{_RANK})(?:\s+(?:دوم|یکم))?)\s+)?$"
)
# "در دوران ریاست X بر قوه قضاییه", "به ریاست X", "تحت فرماندهی X".
# ("به ریاست قاضی X", "به رهبری سرهنگ X": a title may stand between the office and the name.)
_OFFICE_BEFORE = re.compile(
    rf"(?<!{LETTER}|\u200c)(?P<o>{OFFICE}|ریاست[\u200c]?جمهوری)\s+"
    rf"(?:(?P<t>قاضی|ژنرال|{_RANK})\s+)?$"
)
_OVER = re.compile(r"\s+بر\s+")
_OVER_WORDS = re.compile(
    rf"(?P<b>{POST_WORD}(?:\s+(?:و\s+)?{POST_WORD}){{0,2}}?)(?=\s*[،,.؛]|\s+{STOP}\b|$)"
)
# ("شعبه‌ی ۱۵ دادگاه بندر به ریاست X": the body's name may run on after its noun.)
_OF_BODY = re.compile(
    rf"(?<!{LETTER}|‌)(?P<b>(?:{BODY_NOUN})(?:(?:ی|‌ای|‌ی)?(?:\s+{POST_WORD}){{1,5}}?)?)"
    r"(?:ی|‌ای|‌ی)?\s+(?:که\s+)?(?:به|تحت)\s+$"
)
_BODY_BEFORE_OFFICE = re.compile(r"\s*(?:[،,]\s*)?(?:که\s+)?(?:به|تحت)\s+")
# "فرماندهی این نیرو از سال ۱۳۸۸ بر عهده‌ی X بود": the office is X's.
_IN_CHARGE = re.compile(
    rf"(?<!{LETTER}|‌)(?P<o>{OFFICE})\s+(?P<b>(?:(?P<this>این|آن)\s+)?{POST_WORD}"
    rf"(?:\s+{POST_WORD}){{0,5}}?)\s+(?:{PERIOD}\s+)?بر\s*‌?عهده(?:‌?ی)?\s+$"
)
# "…، که … ریاستش را X بر عهده داشت": the office of the body the clause is about.
_ITS_OFFICE = re.compile(
    rf"(?<!{LETTER}|\u200c)(?P<o>{OFFICE})(?:ش|\u200cاش|\s+آن)\s+را\s+(?:(?P<t>قاضی|{_RANK})\s+)?$"
)
_IN_ITS_CHARGE = re.compile(r"\s+(?:بر|به)\s*\u200c?عهده\s+(?:داشت|گرفت|دارد|داشته)")
_BODY_WHICH = re.compile(
    rf"(?<!{LETTER}|\u200c)(?P<b>(?:{BODY_NOUN})(?:ی|\u200cی)?(?!{LETTER})[^،,.؛]{{0,60}}?)\s*[،,]\s*که\s"
)


# A rank, as a title joined to the name ("سرلشکر X"، "ژنرال X").
_ADDRESS = re.compile(rf"(?:{_RANK}|ژنرال)(?:\s+(?:دوم|یکم))?")


def without_address(before: list[Found], after: list[Found]) -> list[Found]:
    """The posts before the name less its rank where a post follows it ("ژنرال X، فرمانده‌ی
    سنتکام"، "سرلشکر X که آن زمان رئیس ستاد ارتش بود"): the rank is then a form of address,
    as the gold conventions read it, and as the English rules read "General X, the army's
    commander"; a rank alone is the post."""
    if not after:
        return before
    return [found for found in before if not _ADDRESS.fullmatch(found[2])]


def before_name(text: str, start: int, person: Mention, bodies: list[Mention]) -> list[Found]:
    """Posts written before the name, from `start` (the sentence's start)."""
    window = max(start, person.start - 80)
    office = _OFFICE_BEFORE.search(text, window, person.start)
    if office:
        return _office_before(text, window, office, person, bodies)
    its = _ITS_OFFICE.search(text, window, person.start)
    if its and _IN_ITS_CHARGE.match(text, person.end):
        return _its_office(text, start, its)
    charge = "عهده" in text[window : person.start] and _IN_CHARGE.search(text, window, person.start)
    if charge:
        return _in_charge(charge, bodies)
    before = _BEFORE.search(text, window, person.start)
    if before is None:
        return []
    # After a comma the name must close the apposition ("رهبر، X را … منصوب کرد" is no post of
    # X's); without one, a head of one word may be the name's possessor ("وکیل X", X's lawyer).
    # (A rank or a compound title joined to the name is its own after any noun: "در دولت
    # رئیس‌جمهور X" is President X's government.)
    joined_title = not before["comma"] and _OWN_TITLE.fullmatch(before["p"])
    if not joined_title and not _OPENS.search(text, window, before.start()):
        return []
    found = []
    if before["rank"]:
        found.append((before.start("rank"), before.end("rank"), before["rank"]))
    if (
        _CLOSED.match(text, person.end)
        if before["comma"]
        else joined_title or _TITLE.match(before["p"])
    ):
        found.append((before.start("p"), before.end("p"), before["p"]))
    return found


def _office_before(
    text: str, window: int, office: re.Match[str], person: Mention, bodies: list[Mention]
) -> list[Found]:
    """The holder of an office named before the name: "در دوران ریاست X بر دادگاه" → رئیس
    دادگاه; "کمیسیونی به ریاست X" → رئیس کمیسیون; "تحت فرماندهی X" → فرمانده."""
    title: list[Found] = [(office.start("t"), office.end("t"), office["t"])] if office["t"] else []
    holder = HOLDER[office["o"]]
    over = _OVER.match(text, person.end)
    if over:
        body = next((m for m in bodies if m.start == over.end()), None)
        words = _OVER_WORDS.match(text, over.end())
        # ("در دوران وزارت X بر وزارت دفاع": the body named by the office itself, وزارت دفاع,
        # makes its holder وزیر دفاع.)
        if body:
            post = f"{holder} {_less_the_office(body.text, office['o'])}"
            return [*title, (office.start("o"), body.end, post)]
        if words:
            post = f"{holder} {_less_the_office(words['b'], office['o'])}"
            return [*title, (office.start("o"), words.end(), post)]
    # ("جنبش … به رهبری ژنرال X": a body found by name right before the office; a rank is
    # then a form of address, the post the office's; a judge is one still.)
    named_body = next(
        (
            m
            for m in bodies
            if m.type == "organization"
            and window <= m.start
            and _BODY_BEFORE_OFFICE.fullmatch(text, m.end, office.start("o"))
        ),
        None,
    )
    if named_body:
        # (The body as the text writes it: a registry's canonical name may be in the other
        # script, "رئیس Revolutionary Court".)
        post = f"{holder} {named_body.text}"
        judge = [t for t in title if t[2] == "قاضی"]
        return [*judge, (named_body.start, office.end("o"), post)]
    of = _OF_BODY.search(text, window, office.start("o"))
    if of:
        # (A body found with a longer name than the words read back keeps its name.)
        named = next(
            (m for m in bodies if m.end == of.end("b") and window <= m.start < of.start("b")), None
        )
        what = named.text if named else of["b"]
        return [*title, (of.start("b"), office.end("o"), f"{holder} {what}")]
    return [*title, (office.start("o"), office.end("o"), holder)]


def _less_the_office(body: str, office: str) -> str:
    """The body's name less the office's noun it opens with ("وزارت دفاع" → "دفاع")."""
    return body[len(office) + 1 :] if body.startswith(office + " ") else body


def _its_office(text: str, start: int, its: re.Match[str]) -> list[Found]:
    """ "کمیسیون تحقیق، که … ریاستش را قاضی X بر عهده داشت" → رئیس کمیسیون تحقیق: the body
    is the one the relative clause opens on."""
    title: list[Found] = [(its.start("t"), its.end("t"), its["t"])] if its["t"] else []
    body = _BODY_WHICH.search(text, start, its.start())
    if body is None:
        return title
    return [*title, (body.start("b"), its.end("o"), f"{HOLDER[its['o']]} {body['b']}")]


def _in_charge(charge: re.Match[str], bodies: list[Mention]) -> list[Found]:
    """The office in X's charge: "فرماندهی لشکر ۲۷ بر عهده‌ی X بود" → فرمانده لشکر ۲۷; "این
    نیرو" is the body named last before it whose name opens with that noun, else the post is
    the holder alone."""
    holder = HOLDER[charge["o"]]
    what = charge["b"]
    if charge["this"]:
        noun = what.split()[1]
        named = [m for m in bodies if m.end <= charge.start() and m.text.startswith(noun)]
        what = named[-1].text if named else ""
    post = f"{holder} {what}".strip()
    return [(charge.start("o"), charge.end("b"), post)]


# "دو فرمانده سپاه، X و Y،"، "قضات پرونده، X و Y،": a post in the plural, or after a number,
# before names listed, each one's in the singular.
_PLURAL_BEFORE = re.compile(
    rf"(?<!{LETTER}|\u200c)(?:(?:هر\s+)?(?:دو|سه|چهار)\s+(?P<s>{STRICT_POSITION})"
    rf"|(?P<h>{'|'.join(PLURAL_HEAD)})(?P<b>(?:\s+(?:و\s+)?{POST_WORD}){{1,5}}))\s*[،,]\s*$"
)


def shared_post_before(text: str, start: int, first: int) -> list[Found]:
    """The post in the plural before names listed, the first at `first`, in the singular."""
    match = _PLURAL_BEFORE.search(text, max(start, first - 80), first)
    if match is None or not _OPENS.search(text, max(start, match.start() - 20), match.start()):
        return []
    if match["s"]:
        return [(match.start("s"), match.end("s"), match["s"])]
    return [(match.start("h"), match.end("b"), PLURAL_HEAD[match["h"]] + match["b"])]
