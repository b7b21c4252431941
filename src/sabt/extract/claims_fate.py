"""What befalls people already counted, and figures that only look like counts.

A count is often told once and its people's fate after it: "sentenced 11 men to death, and all
of them were executed the same day", "۹ نفر را به اعدام محکوم کرد و همه‌ی آن‌ها تیرباران شدند"
— two claims with one figure, the sentence and the execution. People taken away (or abducted,
ربوده شدند) are counted as taken, but when the next sentence of the witness finds their bodies
("۱۲ مرد را بردند … جنازه‌هایشان را دفن کردیم", "They took 15 men. We found their bodies by the
river") they are the dead; people no one took who "never came back" (برنگشتند) from a shooting
told with them are the dead too, while people taken who never came back are the disappeared.
And a court "sentenced each of the four" counts the four, while "thirty years for each …, and
thirty more" repeats a term of years, not people. People counted as "shot" are the executed
when held, the dead when nothing tells of wounds.
"""

import re
from typing import TYPE_CHECKING

from sabt.extract.claims_acts import ACT, ANY_ACT, SHOT
from sabt.extract.claims_context import KIN_AFTER
from sabt.extract.claims_fa import FA_KIN_AFTER
from sabt.extract.sentences import Sentence
from sabt.text.numbers import Quantity, find_numbers

if TYPE_CHECKING:  # claims imports this module
    from sabt.extract.claims import Claim

# "all of them were executed", "both were later shot", "همه‌ی آن‌ها … تیرباران شدند", "همگی
# اعدام شدند": the people just counted, referred back to as a whole.
_ALL_OF_THEM = re.compile(
    r"\b(?:all|each|every\s+one|both)(?:\s+of\s+them)?\s+(?:were|was|had\s+been|have\s+been|"
    r"has\s+been)\s+(?:(?:later|then|subsequently|eventually|also|all)\s+)?"
    r"|(?<![\w\u200c])(?:(?:همه|تمام|تمامی)(?:[\s\u200c]?ی)?\s+(?:آن[\s\u200c]?ها|آنان|ایشان)|همگی"
    r"|هر\s+[\w\u200c]+\s+(?:نفر|تن))(?![\w\u200c])",
    re.I,
)
_THEIR_FATE_REACH = 80  # characters from "all of them" to the act (a date may stand between)
_CLAUSE_STOP = re.compile(r"[.;:!?؛]")
# "… the sentences of all of them were carried out", "حکم همه‌ی آن‌ها … اجرا شد": a death
# sentence carried out is an execution, told without an act's own word.
_CARRIED_OUT = re.compile(
    r"\bcarried\s+out\b|(?<![\w\u200c])اجرا\s+(?:شد|شدند|گردید|گردیدند)(?![\w\u200c])", re.I
)
_TO_DEATH = re.compile(r"\bto\s+death\b|(?<![\w\u200c])(?:به\s+)?اعدام(?![\w\u200c])", re.I)
_NEXT_SENTENCE_REACH = 160  # characters after the figure's sentence its people's fate is read in
# Acts whose people are held, and so may meet a fate after; and the fates they may meet.
_HELD = frozenset({"sentenced", "arrested", "detained", "disappeared"})
_FATES = frozenset({"executed", "killed", "tortured", SHOT})


def their_fate(text: str, sentence: Sentence, number: Quantity, act: str) -> str | None:
    """The act that later befell the people just counted with `act` ("… and all of them were
    executed"), told in the rest of the figure's sentence with no other figure between, or in
    the next sentence when it opens on them ("… sentenced 13 to death. All of them were shot
    at dawn"); a death sentence "carried out" (اجرا شد) on them is their execution."""
    if act not in _HELD:
        return None
    rest = text[number.end : sentence.end]
    whole = _ALL_OF_THEM.search(rest)
    if whole is not None and any(c.isdigit() for c in rest[: whole.start()]):
        return None
    if whole is None:
        following = text[sentence.end : sentence.end + _NEXT_SENTENCE_REACH]
        # (the space between the sentences skipped: the next one must open on them)
        whole = _ALL_OF_THEM.match(following, len(following) - len(following.lstrip()))
        if whole is None:
            return None
        rest = following
    ahead = rest[whole.end() : whole.end() + _THEIR_FATE_REACH]
    stop = _CLAUSE_STOP.search(ahead)
    ahead = ahead[: stop.start() if stop else len(ahead)]
    fate = ACT.search(ahead)
    if fate is None:
        to_death = act == "sentenced" and _TO_DEATH.search(text, number.end, sentence.end)
        return "executed" if to_death and _CARRIED_OUT.search(ahead) else None
    if fate.lastgroup not in _FATES or fate.lastgroup == act:
        return None
    # people held and then shot are executed
    return "executed" if fate.lastgroup == SHOT else fate.lastgroup


# "took away 12 men", "led 30 prisoners away", "۱۲ مرد را بردند", "با کامیون بردند", "سه نفر
# ربوده شدند": a taking.
_TAKEN = re.compile(
    r"\b(?:took|taken|taking|led|dragged|carried|hauled)\b(?:\s+(?:away|off|out))?"
    r"|(?<![\w\u200c])(?:بردند|برده\s+بودند|بردندشان|کشیدند|بیرون\s+کشیدند|ربوده\s+شدند)"
    r"(?![\w\u200c])",
    re.I,
)
# characters around the figure a taking verb is looked for in (past an apposition: "چهار نفر،
# از جمله …، ربوده شدند")
_TAKEN_REACH = 100
# The dead found after: their bodies, their graves, in the plural (one person's grave, "محل دفن
# پدرش", tells of that one, not of all those taken).
_BODIES = re.compile(
    r"\b(?:bodies|corpses|graves|buried\s+them|remains\s+of\s+(?:them|all))\b"
    r"|(?<![\w\u200c])(?:جنازه[\s\u200c]?ها|اجساد|جسد[\s\u200c]?ها|پیکر[\s\u200c]?ها|گور[\s\u200c]?ها"
    # (one word for all of them: "پیکرشان", "جنازه‌شان")
    r"|(?:جنازه|جسد|پیکر)\u200c?شان(?![\w\u200c]))",
    re.I,
)


def fate_after(
    text: str,
    around: tuple[Sentence | None, Sentence, Sentence | None],
    number: Quantity,
    act: str,
) -> str | None:
    """Killed, when people counted as taken away ("۱۲ مرد را بردند") are found dead in the rest
    of the sentence or the next one of the same paragraph, which counts nobody else; or when
    people no one took "never came back" from a killing told with them (see `_not_back`)."""
    previous, sentence, following = around
    if act not in ("arrested", "detained", "disappeared"):
        return None
    near = text[max(sentence.start, number.start - _TAKEN_REACH) : number.end + _TAKEN_REACH]
    if not _TAKEN.search(near):
        return _not_back(text, previous, sentence, number) if act == "disappeared" else None
    rest = text[number.end : sentence.end]
    # "took away 5 young men who never came home": the fate told already (not the taking
    # itself: "ربوده شدند")
    takings = {taken.start() for taken in _TAKEN.finditer(rest)}
    if any(
        told.lastgroup == "disappeared" and told.start() not in takings
        for told in ACT.finditer(rest)
    ):
        return None
    if following is not None and "\n" not in text[sentence.end : following.start]:
        rest += " " + following.text
    if not _BODIES.search(rest):
        return "disappeared" if _all_gone(_paragraph_after(text, number)) else None
    # another count there ("the bodies of two officers") is that count's; a year and the
    # witness's own kin among those taken ("پدرم و دو عمویم", "my two brothers") are none
    if any(not _is_year(q) and not _kin(rest[q.end :]) for q in find_numbers(rest)):
        return None
    return "killed"


# "… دو برادرم را بردند. از آن روز هر دو ناپدیدند", "از هیچ‌کدامشان خبری نشد", "none of them
# was seen again": all those taken (or none of them back) named again, then a disappearance.
_WHOLE = re.compile(
    r"(?<![\w\u200c])(?:هیچ[\s\u200c]?(?:کدام|یک)[\w\u200c]*|هر\s+[\w\u200c]+|همه[\w\u200c]*|همگی)"
    r"(?![\w\u200c])|\b(?:(?:none|neither|all|both)\s+of\s+them|all|both)\b",
    re.I,
)
_GONE_REACH = 60  # characters from "all of them" to the disappearance
_PARAGRAPH_REACH = 250  # characters after the count in which "all of them" is looked for


def _paragraph_after(text: str, number: Quantity) -> str:
    """The words after a figure to the end of its paragraph, at most `_PARAGRAPH_REACH`
    characters of them."""
    end = text.find("\n", number.end)
    return text[number.end : min(len(text) if end < 0 else end, number.end + _PARAGRAPH_REACH)]


def _all_gone(rest: str) -> bool:
    """Whether the words after a count of people taken tell that all of them disappeared (not
    only that none came back: those taken may have met any fate), with no other figure than
    the one in "هر دو" (both)."""
    whole = _WHOLE.search(rest)
    if whole is None:
        return False
    # (the disappearance may open before the whole: "از هیچ‌کدامشان خبری نشد")
    gone = any(
        m.lastgroup == "disappeared" and m.end() > whole.start() and not _NOT_BACK.match(m.group())
        for m in ACT.finditer(rest, 0, whole.end() + _GONE_REACH)
    )
    return gone and all(
        whole.start() <= q.start < whole.end() or _is_year(q) for q in find_numbers(rest)
    )


def _kin(after: str) -> bool:
    """Whether a figure's words after it name the speaker's kin."""
    return bool(FA_KIN_AFTER.match(after) or KIN_AFTER.match(after))


def _is_year(number: Quantity) -> bool:
    """Whether a figure reads as a year, Gregorian or Jalali ("in March 1983", "در بهار ۱۳۶۲")."""
    return number.value is not None and number.value.is_integer() and 1300 <= number.value <= 2100


# "sentenced each of the four", "executed all of the 12", "sentenced the four to 30 years": the
# figure after an act's verb and "each/all of the" or "the" is the count of the act, though no
# victim word follows.
EACH_OF = re.compile(r"\b(?:each|all|every\s+one|both)\s+of\s+(?:the\s+)?$", re.I)
_VERB_EACH_OF = re.compile(
    rf"\b(?:{ANY_ACT})\s+(?:each|all|every\s+one)\s+of\s+(?:the\s+)?$"
    # "the" alone only after a sentence ("never found the 3 rifles" counts rifles)
    r"|\b(?:sentenced|condemned)\s+the\s+$",
    re.I,
)


def verb_each_of(before: str) -> bool:
    """Whether an English act verb and "each/all of the" end just before the figure."""
    found = _VERB_EACH_OF.search(before)
    return bool(found and found.group().isascii())


# "thirty years for each of them, and thirty more": a figure and "more" after a term of time.
_MORE = re.compile(r"^\s+more\b(?!\s+than)", re.I)
_TERM = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?)\b", re.I)
_TERM_REACH = 160


def repeats_a_term(
    text: str, sentence: Sentence, numbers: list[Quantity], index: int, after: str
) -> bool:
    """Whether the figure (`numbers[index - 1]`) with "more" after it repeats a term of time
    named with an earlier figure of its sentence (the unit left unsaid)."""
    if not _MORE.match(after) or index < 2:
        return False
    number = numbers[index - 1]
    for earlier in reversed(numbers[: index - 1]):
        if earlier.start < max(sentence.start, number.start - _TERM_REACH):
            break
        if _TERM.match(text, earlier.end):
            return True
    return False


# A witness's own count of the dead just named: "They brought out the dead. I counted nine
# from our village" (the act is the sentence before's); only with no noun of its own after the
# figure ("we counted 300 ballots" counts ballots); "of ours" (of our family) is the witness's
# own people: "We counted six of ours among the dead".
_WITNESS_COUNTED = re.compile(r"\b(?:I|we)\s+(?:had\s+|have\s+)?counted\s+$", re.I)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:of\s+(?:them|ours)\b|from\b|in\s+(?:all|total|our|my|the)\b|alone\b|[,.;:!?\"”»])"
)


def witness_count(before: str, after: str) -> bool:
    """Whether the figure is a witness's count ("I counted nine") with nothing named after it."""
    return bool(_WITNESS_COUNTED.search(before) and _NO_NOUN_AFTER.match(after))


def told_anew(claims: "list[Claim]", number: Quantity, predicate: str | None) -> bool:
    """Whether "هر بیست نفر … به اعدام محکوم شده بودند" (all twenty) tells of people counted
    before a new act of their own: the figure's own verb names an act no earlier claim of the
    same figure has (a Persian "all N" is otherwise no new count)."""
    same = [c.property for c in claims if number.value is not None and c.value == number.value]
    return bool(predicate and same and predicate not in same)


# "eleven men never came back", "سه نفر آن روز برنگشتند": not coming back. Of people no one is
# told to have taken, arrested or abducted, after a shooting or a killing told in the sentence
# or the one before, it is death; of people taken it stays a disappearance (an enforced
# disappearance is of people first held by someone).
_NOT_BACK = re.compile(
    r"\b(?:never|none|not|n't)\s+(?:came|come|returned|made\s+it)\s*(?:back|home)?"
    r"|\bdid\s+not\s+(?:return|come\s+(?:back|home))"
    r"|(?<![\w\u200c])(?:باز|بر)نگشت[\w\u200c]*",
    re.I,
)
_KILLING = re.compile(
    r"\b(?:shooting|shootings|gunfire|fired|firing|opened\s+fire|massacre|shot|bullets?)\b"
    r"|(?<![\w\u200c])(?:تیراندازی|شلیک|رگبار|گلوله|کشتار|قتل[\s\u200c]?عام)",
    re.I,
)
_SEIZED = frozenset({"arrested", "detained"})


def _not_back(
    text: str, previous: Sentence | None, sentence: Sentence, number: Quantity
) -> str | None:
    """Killed, when people who "never came back" were taken by no one and a killing is told
    with them (in their sentence or the one before)."""
    rest = text[number.end : sentence.end]
    told = [m for m in ACT.finditer(rest) if m.lastgroup == "disappeared"]
    if not _NOT_BACK.search(rest) or len(told) != 1:
        return None
    # only "never came back": not "vanished", "remain missing" as well
    if not _NOT_BACK.match(told[0].group()):
        return None
    context = (previous.text if previous else "") + " " + sentence.text
    acts = {m.lastgroup for m in ACT.finditer(context)}
    if acts & _SEIZED or _TAKEN.search(context):
        return None
    return "killed" if "killed" in acts or SHOT in acts or _KILLING.search(context) else None


# Whom "shot" befalls as an execution: captives, named with the figure or in the sentence
# before ("… to shoot the officers held in camps. A note said 21,000 people had been shot").
_CAPTIVES = re.compile(
    r"prisoners|prisons?\b|detainees|inmates|captives|held\s+in\b|زندانی|اسیر", re.I
)
# "17 villagers shot beside a ditch", "gunmen shot 11 members of two families": people counted
# as shot are the dead, unless the sentence tells of wounds or they were shot at ("fired on");
# at a march or a protest many shot are wounded, so there it is no count.
_NOT_FATAL = re.compile(
    r"injur|wound|hospital|rubber|pellets?\b|\bmarch\b|marchers|protest|demonstrat|rally|"
    r"crowd|مجروح|زخمی|مصدوم",
    re.I,
)
_SHOT_AT = re.compile(r"\bshot\s+at\s+$", re.I)
# "My father and his two brothers were taken that night. All three were shot": people taken
# in the sentence before, named again as a whole ("all three", "both"), shot: the dead.
_ALL_BEFORE = re.compile(r"\b(?:all|both)\s+(?:of\s+the\s+)?$", re.I)


def shot_act(
    victims: re.Match[str] | None, sentence: Sentence, previous: Sentence | None, before: str
) -> str | None:
    """What "shot" means for a figure: executed when captives are named with it or in the
    sentence before, killed when people are counted (or those taken in the sentence before are
    named again as a whole) and nothing tells of wounds or of being shot at, else unsure
    (None)."""
    held = (victims.group() if victims else "") + (previous.text if previous else "")
    if _CAPTIVES.search(held):
        return "executed"
    if _NOT_FATAL.search(sentence.text) or _SHOT_AT.search(before):
        return None
    if victims or (
        _ALL_BEFORE.search(before) and previous is not None and _TAKEN.search(previous.text)
    ):
        return "killed"
    return None
