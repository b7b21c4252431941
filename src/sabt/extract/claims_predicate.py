"""The act a figure's own clause gives it: the predicate right after the figure and its victim
words ("were later executed"), a relative clause's verb ("who remain missing") or the main verb
after one that only describes the people, and the last fate of a chain of acts ("abducted and
killed")."""

import re

from sabt.extract.claims_acts import ACT, ANY_ACT, SHOT, UNCOUNTED
from sabt.extract.claims_context import SELF_REPORTED
from sabt.extract.claims_fa import FA_CLAUSE_VERB, FA_PLACE_PREDICATE, FA_VERB_PREDICATE

# "…were killed, and hundreds more were imprisoned": an act in the figure's own predicate is
# its act, however near another act stands before it.
_PREDICATE = re.compile(
    r"\s*(?:[\w\-'‘’]+\s+){0,3}?(?:(?:and|or)\s+[\d,.]+\s+(?:[\w\-'‘’]+\s+){0,2}?)?"
    # "15 others, most of them guards, were sentenced": an apposition on the part before it
    r"(?:[\w\-'‘’]+,\s*(?:most|all|many|some|several|half|none)\s+of\s+them\b[^,;.]{0,40},\s+)?"
    r"(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|being)\s+"
    r"(?:(?:\w+ly|later|then|also|all|since|eventually|summarily)\s+)?"
    # "dozens are believed to have been killed", "were reported to be held"
    r"(?:(?:believed|thought|feared|reported|said|known|presumed|confirmed|estimated|"
    r"understood|alleged)\s+to\s+(?:have\s+been|have|be)\s+)?"
    # "had been 'neutralised'", "were “disappeared”": the act in scare quotes
    r"[\"'“‘]?"
    # "subjecting hundreds to enforced disappearance"
    # "and 45 people had died": the perfect of an act that takes no object
    r"|(?:have|has|had)\s+(?:(?:\w+ly|since|all|later|then|also|eventually)\s+)?"
    r"(?=died|perished|disappeared|vanished|gone\s+missing)"
    r"|to\s+(?:enforced\s+|forced\s+)?(?=disappearance|torture)"
    # "dozens were killed and hundreds more arrested": the act after more/others
    r"|(?:more|others)\s+(?=" + ANY_ACT + ")"
    # "at least 30 bore marks of torture", "showed signs of torture"
    r"|(?:bore|bear|bears|showed|show|shows|had)\s+(?:the\s+|clear\s+)?"
    r"(?:marks|signs|traces|scars)\s+of\s+(?=tortur))",
    re.I,
)
# "9 others who remain missing": a relative clause after the count gives its act, unless it
# only describes them ("killed 58 people who had fled"): then the verb before governs.
_RELATIVE = re.compile(
    r"\s*(?:[\w\-'‘’]+\s+){0,3}?(?:who|that)\s+(?:(?:had|have|has)\s+)?"
    r"(?:(?:been|were|was|are|is)\s+)?(?:(?:\w+ly|later|then|also|all|since|eventually|still)\s+)?",
    re.I,
)
# "who had been wounded at the march were later held": the main verb after a relative clause
# that only describes the people.
_MAIN_VERB = re.compile(
    r"[^.;:()،؛]{0,80}?\b(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+"
    r"(?:(?:\w+ly|later|then|also|all|since|eventually|subsequently)\s+)?(?=" + ANY_ACT + ")",
    re.I,
)
_FATES = ("killed", "executed", "disappeared")
# A seizure is a step on the way, though counted as a disappearance alone: "abducted and
# killed" ends in the killing, while "ناپدید و کشته شدند" (disappeared and killed) stays a
# disappearance, the fate first told.
_SEIZURE = re.compile(r"abduct\w*|kidnapp?\w*|ربوده\w*|ربودند|(?:taken|took|led)\s+away", re.I)
# "were abducted and killed", "ربوده و کشته شدند": a chain of acts on one subject; the last
# is their fate.
# "abducted, tortured and killed": a comma links the chain too; "بازداشت و سپس اعدام شدند".
_CHAIN = re.compile(
    r"(?:\s*[,،]\s*(?:and\s+)?|\s+(?:and|و)\s+)"
    r"(?:(?:\w+ly|later|then|subsequently|eventually|afterwards|"
    r"سپس|بعدا|بعداً|آنگاه|نهایتا|نهایتاً|در\s+نهایت)\s+)?",
    re.I,
)


# "7 of those arrested were later found dead", "nine of the men detained were executed": the
# act of the whole a part is taken from (or that only describes the people) is passed over on
# the way to the part's own predicate.
_WHOLE = re.compile(r"\s+(?:of\s+(?:those|these|the\s+[\w\-]+)\s+)?(?=" + ANY_ACT + ")", re.I)

# (only with its own predicate straight after: "26 people killed and 12 others who remain
# missing" keeps killed)
_BE = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s", re.I)


# "Eight of the 12 suspects were arrested", "9 of the 30 defendants received prison terms": the
# part's predicate comes after its figured whole.
_OF_FIGURE = re.compile(
    r"\s+of\s+(?:the\s+)?[\d,]+(?:\s+[\w\-]+){1,2}?\s+(?=(?:were|was|had|have|are|received|got)\s)",
    re.I,
)


def predicate_act(after: str, at: int) -> str | None:
    """The act of the figure's predicate, past a whole it is a part of ("of those arrested")."""
    figured = _OF_FIGURE.match(after, at)
    if figured:
        # "received prison terms" is an act of its own, with no "were" before it.
        act = ACT.match(after, figured.end())
        part = _predicate_act(after, figured.end()) or (act.lastgroup if act else None)
        if part:
            return part
    whole = _WHOLE.match(after, at)
    act = ACT.match(after, whole.end()) if whole else None
    if whole and act and _BE.match(after, act.end()):
        part = _predicate_act(after, act.end())
        if part is not None:
            return part
    return _predicate_act(after, at)


def _predicate_act(after: str, at: int) -> str | None:
    """The act of "were/was/have been <act>" right after the figure and its victim words, or
    of a Persian verb after a place ("یک میلیون کارگر در اردوگاه‌ها نگه داشته می‌شوند") or
    ending the figure's clause ("۳۴ نفر از بازداشت‌شدگان شکنجه شده‌اند"). Words that name an
    act of their own ("9 died in custody and 30 others were beaten") are no way to a shared
    predicate."""
    english = _PREDICATE.match(after, at)
    if english and ACT.search(after, at, english.end()):
        english = None
    predicate = (
        english
        or SELF_REPORTED.match(after, at)
        or FA_PLACE_PREDICATE.match(after, at)
        or FA_VERB_PREDICATE.match(after, at)
        # (the longest pattern: tried last, and only on Persian)
        or (None if after.isascii() else FA_CLAUSE_VERB.match(after, at))
    )
    act = ACT.match(after, predicate.end()) if predicate else None
    if (act is None or act.lastgroup in (UNCOUNTED, SHOT)) and (
        relative := _RELATIVE.match(after, at)
    ):
        act = ACT.match(after, relative.end())
        if act is None or act.lastgroup in (UNCOUNTED, SHOT):
            main = _MAIN_VERB.match(after, act.end() if act else relative.end())
            act = ACT.match(after, main.end()) if main else None
            if act is None:
                return None
    return last_of_chain(after, act).lastgroup if act else None


def last_of_chain(after: str, act: re.Match[str]) -> re.Match[str]:
    """The last act of a chain joined by and/و that is a fate ("abducted and killed",
    "arrested and executed"); a step on the way ("arrested and tortured") keeps the first."""
    current = act
    while not (current.lastgroup in _FATES and not _SEIZURE.fullmatch(current.group())):
        chained = _CHAIN.match(after, current.end())
        then = ACT.match(after, chained.end()) if chained else None
        # a step between ("abducted, tortured and killed") is passed on the way to the fate
        if then is None or then.lastgroup not in (*_FATES, "tortured", "arrested", "detained"):
            break
        current = then
    return current if current.lastgroup in _FATES else act
