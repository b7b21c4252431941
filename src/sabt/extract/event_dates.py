"""Dates relative to another event, and seasons without a year: spans with no value.

"Four days later", "the week after the shooting", "in the months that followed", "that
night", "in the autumn", همان روز، سه روز بعد، فردای آن شب، در پاییز: each dates what the
sentence tells, but only against another event the text may never date. The gold convention
(docs/extraction.md) keeps such a date as a span with no earliest or latest; guessing an
anchor would give a confident wrong date. `sabt.text.dates` reads every date that has a value
(and "that winter" against the date before it); this module finds only the spans, so that a
reviewer sees the clause is dated and a count inside one ("ten days later") is no victim count.

Five shapes, each a closed class of words written out in full:
- a counted shift: N (days|weeks|months|years|decades) later|earlier|afterwards|on, or N units
  after|before (a count that closes a range or follows a duration verb is a duration: "terms of
  14 to 20 years after a trial", "served ten years before");
- a unit placed against an event: the same|following|next (three) day(s), the weeks that
  followed, the day after|before|since (the arrest), the eve|night of the vote;
- an anaphoric day: that (same) morning|night|day|week, later that year (not after a verb that
  takes a "that" clause: "said that night raids …");
- a season after a preposition of time with no year after it: in the autumn, during winter;
- Persian: همان|آن روز|شب|…، صبح آن روز، فردای آن شب، سه روز بعد، چند هفته بعد، سال‌ها بعد،
  روز|هفته‌ی|سال‌های بعد، در|تا|از پاییز.
"""

import re
from bisect import bisect_left
from functools import lru_cache

from sabt.text.date_words import SEASONS, fold
from sabt.text.number_words import ENGLISH_UNITS, PERSIAN_UNITS

UNKNOWN = "unknown"  # the date_precision vocabulary's value for a date with no bounds
_FA = r"(?<![\w\u200c])"  # a Persian word starts here
_FA_END = r"(?![\w\u200c])"  # and ends here (no suffix joined: آن روزنامه, سال‌ها)

# Counts: digits, every number word up to ninety (and "twenty-five"), and the vague ones.
_EN_NUMBER = "|".join(
    sorted((w for w in ENGLISH_UNITS if w not in ("zero", "a")), key=len, reverse=True)
)
_EN_COUNT = (
    rf"(?:\d{{1,3}}|(?:{_EN_NUMBER})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|an?|a\s+few|a\s+couple\s+of|several|some|many)"
)
_EN_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_EN_PERIOD = r"(?:day|night|morning|evening|afternoon|week|weekend|month|year)"
_EN_PERIODS = (
    r"(?:day|night|morning|evening|afternoon|week|weekend|month|year|days|weeks|months|years"
    r"|spring|summer|autumn|winter)"
)
# The event a unit is placed against, when it is a determiner and a word ("the shooting").
_EN_EVENT = r"(?:\s+(?:the|his|her|their|its|that|this)\s+(?-i:[a-z]+)(?<!\bthat)(?<!\bthis))?"
_EN_EVENT_NEEDED = _EN_EVENT.removesuffix("?")
_FA_NUMBER = "|".join(sorted((w for w in PERSIAN_UNITS if w != "نه"), key=len, reverse=True))
_FA_COUNT = rf"(?:\d{{1,3}}|(?:{_FA_NUMBER})(?:[\s\u200c]*و[\s\u200c]*(?:{_FA_NUMBER}))?|چند|چندین)"
_FA_UNIT = r"(?:روز|شب|هفته|ماه|سال)"
_FA_PART = r"(?:صبح|عصر|شب|بامداد|ظهر|غروب|شامگاه|نیمه[\u200c ]?شب)"
# What a Persian shift is placed against: آن or این ("سه روز پس از آن"). Not a noun: "چند روز پس
# از آتش‌بسی که در ۹ اسفند ۱۳۶۹ …" is dated by the date its event is given.
_FA_EVENT = r"(?:ان|این)"
# The season words of the date rules' own table, one alternation per script.
_SEASON_WORDS = [word for names in SEASONS for word in names.split("|")]
_SEASONS_EN = "(?:" + "|".join(w for w in _SEASON_WORDS if w.isascii()) + ")"
_SEASONS_FA = "(?:" + "|".join(w for w in _SEASON_WORDS if not w.isascii()) + ")"

_ENGLISH = re.compile(
    "|".join(
        (
            # four days later, weeks later, two years on, a decade earlier
            rf"\b(?P<shift>(?:{_EN_COUNT}\s+)?{_EN_UNIT}\s+(?:later|earlier|afterwards?)"
            rf"|{_EN_COUNT}\s+{_EN_UNIT}\s+(?:on\b(?!\s+(?:the|a|an|his|her|their)\b)"
            rf"|(?:after|before){_EN_EVENT}))\b",
            # the following day, the same night, the weeks that followed, the day after the vote
            r"\b(?P<placed>the\s+(?:(?:same|following|next|previous|preceding|ensuing|subsequent)"
            rf"\s+(?:{_EN_COUNT}\s+)?{_EN_PERIODS}|{_EN_PERIODS}\s+(?:that|which)\s+followed"
            rf"|{_EN_PERIODS}\s+(?:after|before|following|since){_EN_EVENT}"
            rf"|(?-i:eve|day|night|morning|evening|afternoon)\s+of{_EN_EVENT_NEEDED}))\b",
            # that night, that same week, later that year
            rf"\b(?P<that>(?:(?:later|earlier)\s+)?that\s+(?:same\s+|very\s+)?{_EN_PERIOD})\b"
            r"(?![-\u2010\u2011])",
            # in the autumn, during winter (a year after it is read by sabt.text.dates)
            r"\b(?:in|during|by|until|till|through|throughout|since|over|into|before|after)\s+"
            rf"(?P<season>(?:the\s+)?(?:(?:early|late|mid)[- ]\s*)?{_SEASONS_EN})\b"
            r"(?!\s+of\b|[-\u2010\u2011'’])",
        )
    ),
    re.IGNORECASE,
)
_PERSIAN = re.compile(
    "|".join(
        (
            # سه روز بعد، چند هفته بعد، سال‌ها بعد، دو روز پس از آن، ده سال قبل از این
            _FA
            + rf"(?P<shift_fa>(?:{_FA_COUNT}\s+{_FA_UNIT}|{_FA_UNIT}\u200c?ها)\s+"
            + rf"(?:بعد|بعدتر|دیرتر|(?:پس|قبل|پیش|بعد)\s+از\s+{_FA_EVENT}))"
            + _FA_END,
            # روز بعد، هفته‌ی بعد، سال‌های بعد، شب قبل
            _FA
            + rf"(?P<next_fa>{_FA_UNIT}(?:\u200c?ها)?(?:\u200cی|\s+ی|ی)?\s+"
            + rf"(?:(?:بعد|قبل)(?:\s+از\s+{_FA_EVENT})?|بعدی|پس\s+از\s+{_FA_EVENT}))"
            + _FA_END,
            # همان روز، آن شب، صبح آن روز، فردای آن شب، فردای اعدام
            _FA
            + rf"(?P<that_fa>(?:{_FA_PART}(?:\u200cی|\s+ی)?\s+)?(?:همان|ان)\s+"
            + rf"(?:{_FA_UNIT}|{_FA_PART})"
            + r"|(?:پس[\u200c ]?)?فردای\s+[\w\u200c]+(?:\s+(?:روز|شب))?)"
            + _FA_END,
            # در پاییز، تا زمستان (a year or همان سال after it is read by sabt.text.dates)
            _FA
            + r"(?:در|از|تا|طی|طول|اوایل|اواخر|اواسط|پایان|اغاز|ابتدای)\s+(?:فصل\s+)?"
            + rf"(?P<season_fa>{_SEASONS_FA})"
            + _FA_END
            + r"(?!(?:\u200cی|\s+ی)?\s+(?:\d|سال|همان|ان\s+سال|گذشته|امسال))",
        )
    ),
)
# A "that" after these introduces a clause: "said that night raids …", "so that day labourers".
_THAT_CLAUSE_HEADS = frozenset(
    (
        "say", "says", "said", "saying", "tell", "tells", "told", "report", "reports", "reported",
        "state", "states", "stated", "claim", "claims", "claimed", "find", "finds", "found",
        "show", "shows", "showed", "shown", "add", "adds", "added", "note", "notes", "noted",
        "believe", "believes", "believed", "know", "knows", "knew", "learn", "learns", "learned",
        "learnt", "announce", "announces", "announced", "argue", "argues", "argued", "allege",
        "alleges", "alleged", "testify", "testifies", "testified", "confirm", "confirms",
        "confirmed", "deny", "denies", "denied", "insist", "insists", "insisted", "recall",
        "recalls", "recalled", "explain", "explains", "explained", "write", "writes", "wrote",
        "written", "rule", "rules", "ruled", "conclude", "concludes", "concluded", "agree",
        "agrees", "agreed", "fear", "fears", "feared", "hope", "hopes", "hoped", "think",
        "thinks", "thought", "realise", "realised", "realize", "realized", "hear", "hears",
        "heard", "admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged",
        "estimate", "estimates", "estimated", "warn", "warns", "warned", "suggest", "suggests",
        "suggested", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed",
        "mean", "means", "meant", "ensure", "ensures", "ensured", "decide", "decides", "decided",
        "order", "orders", "ordered", "demand", "demands", "demanded", "ask", "asks", "asked",
        "so", "such", "now", "given", "except", "in", "fact", "evidence", "news", "sign", "signs",
        "belief", "view", "allegation", "allegations", "rumour", "rumours", "assurance",
        "assurances"
    )
)  # fmt: skip
# A count after these measures a stretch of time, not a date: "terms of 14 to 20 years after",
# "spent two weeks before", "for three days after".
_DURATION_HEADS = frozenset(
    (
        "for", "of", "to", "than", "within", "served", "serve", "serves", "serving", "spent",
        "spend", "spends", "spending", "waited", "wait", "waits", "waiting", "lasted", "last",
        "lasts", "lasting", "took", "take", "takes", "taking", "remained", "remain", "remains",
        "stayed", "stay", "stays", "lived", "live", "lives", "worked", "work", "works", "held",
        "kept"
    )
)  # fmt: skip
_SCRIPTS = (
    (_ENGLISH, "gregorian", re.compile("[A-Za-z]")),
    (_PERSIAN, "jalali", re.compile("[\u0600-\u06ff]")),
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*$")


def find_event_dates(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spans of dates relative to another event, as (start, end, calendar), in order.

    `taken` (sorted) are the dates read with a value: none of these spans overlaps one or runs
    straight into one ("two days after 5 May 1972" is dated by 5 May 1972)."""
    folded = fold(text)
    out: list[tuple[int, int, str]] = []
    for pattern, calendar, script in _SCRIPTS:
        if not script.search(folded):
            continue  # a text in one language skips the other's scan
        for match in pattern.finditer(folded):
            name = match.lastgroup or ""
            start, end = match.span(name)
            if _free(folded, start, end, taken) and not _declined(folded, name, start):
                out.append((start, end, calendar))
    return sorted(out)


def _free(folded: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """No dated span overlaps [start, end) or follows it with only a space, "the" or "on"."""
    at = bisect_left(taken, (end, end))
    if at > 0 and taken[at - 1][1] > start:
        return False
    return at == len(taken) or not _JOINS_NEXT.fullmatch(folded, end, taken[at][0])


_JOINS_NEXT = re.compile(r"\s*(?:the\s+|on\s+)?", re.IGNORECASE)


def _declined(folded: str, name: str, start: int) -> bool:
    """Whether the word before the match makes it no date: a verb or conjunction taking a
    "that" clause before "that night", a duration's verb or a range's end before a count."""
    if name == "that" and not folded[start : start + 7].lower().startswith(("later", "earlier")):
        heads = _THAT_CLAUSE_HEADS
    elif name == "shift":
        heads = _DURATION_HEADS
    else:
        return False
    return _word_before(folded[max(0, start - 24) : start]) in heads


@lru_cache(maxsize=4096)
def _word_before(window: str) -> str:
    """The last word of `window` in lower case ("-" when it ends a range "14-")."""
    if window.endswith("-"):
        return "to"
    found = _WORD_BEFORE.search(window)
    return found[1].lower() if found else ""
