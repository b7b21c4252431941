"""Dates relative to another event, and seasons without a year: spans with no value.

"Four days later", "the week after the shooting", "in the months that followed", "that
night", "in the autumn", همان روز، سه روز بعد، فردای آن شب، در پاییز: each dates what the
sentence tells, but only against another event the text may never date. The gold convention
(docs/extraction.md) keeps such a date as a span with no earliest or latest; guessing an
anchor would give a confident wrong date. `sabt.text.dates` reads every date that has a value
(and "that winter" against the date before it); this module finds only the spans, so that a
reviewer sees the clause is dated and a count inside one ("ten days later") is no victim count.

The shapes, each a closed class of words written out in full:
- a counted shift: N (hours|days|weeks|months|years|decades|centuries) later|earlier|
  afterwards|on, or N units after|before (the event) — any count: digits, number words, "a
  hundred", "two and a half", "a couple of" (a count that closes a range or follows a duration
  verb is a duration: "terms of 14 to 20 years after a trial", "served ten years before");
- a unit placed against an event: the same|following|next (three) day(s), the following March
  or Monday, the weeks that followed, the days (just) before|after|leading up to (the vote),
  the eve|night of the vote, the early hours, the end of that year;
- an anaphoric day: that (same) morning|night|day|week|July|winter, later that year (not after
  a verb that takes a "that" clause: "said that night raids …");
- a season after a preposition of time with no year after it: in the autumn, during winter;
- in subsequent|later|ensuing years, tomorrow, next morning, the 19th century, on the 23rd, and
  feasts after a preposition of time (on Christmas Day, during Ramadan, before Nowruz);
- time back from the writing, any count, with a hedge: forty years ago, more than three decades
  ago (a small count, "two years ago", is read with a value by `sabt.text.relative_dates`);
- an anaphoric time: at the time, at that time, in those days, during the night;
- an event with no count: after the verdict, before his arrest, at the time of the attack, in
  the wake of the coup, days after the massacre (a closed list of events' nouns);
- a part of an event: the first days, the second day, the final months, at the end of the war,
  at the height of the crackdown (a closed list of events' nouns);
- after N units (after three days), N units away or from now, an event of a named person or
  body (after Aristide's return, since the army's takeover); adverbs of relative time (much
  later, soon afterwards, before that) and anniversaries in `event_dates_adverbs`;
- Persian (`event_dates_fa`): counted shifts from hours to centuries, back from now (چهل سال
  پیش), with a hedge or a half (کمتر از یک سال و نیم بعد), units placed against an event or now,
  همان|آن روز|زمستان، آن زمان، آن روزها، این سه روز، چنین روزهایی، فردای آن شب، پس از انفجار، در
  زمان حمله، روزهای نخست، months and days with no year, feasts; پیش از آن، پس از آن روز،
  اندکی بعد، چندی پیش، پس از سه روز، از زمان قیام، در پایان جنگ، پاییز گذشته.

The written gold convention counts each of these as a date, a title's "sixty years on" too
(round 8 added to the older gold sets the ones they had left out). Left out: a stretch of time
back from the writing, a duration ("the past few years", هشت سال گذشته), "during the protests"
(the event's own time), "then" and "now" alone and so adverbs of sequence alone ("later",
"afterwards", بعدها), and a shift or part whose event the text dates at once ("چند روز پس از
آتش‌بسی که در ۹ اسفند ۱۳۶۹ …", "the first weeks of the Korean War in 1950").
"""

import re
from bisect import bisect_left
from functools import lru_cache

from sabt.extract.event_dates_adverbs import (
    ADVERB_GROUPS,
    ADVERBS,
    ANNIVERSARY_MARKERS,
    JOINS_ADVERB,
)
from sabt.extract.event_dates_fa import NOUN_GROUPS, PERSIAN
from sabt.text.date_words import ENGLISH_MONTH_NAMES, SEASONS, fold
from sabt.text.number_words import ENGLISH_UNITS, PERSIAN_UNITS

UNKNOWN = "unknown"  # the date_precision vocabulary's value for a date with no bounds

# Counts: digits, every number word up to ninety (and "twenty-five"), and the vague ones.
_EN_NUMBER = "|".join(
    sorted((w for w in ENGLISH_UNITS if w not in ("zero", "a")), key=len, reverse=True)
)
_EN_COUNT = (
    rf"(?:\d{{1,3}}|(?:{_EN_NUMBER})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one|two|three|four|five)\s+hundred|an?|a\s+few|a\s+couple\s+of|several|some|many)"
    r"(?:\s+and\s+a\s+half)?"
)
_EN_UNIT = (
    r"(?:minutes?|moments?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies))(?:\s+and\s+a\s+half)?"
)
_CENTURY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[- ]first)"
)
_WEEKDAYS_AND_MONTHS = (
    "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    + "|".join(ENGLISH_MONTH_NAMES)
    + ")"
)
_FEASTS = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Holy\s+Week|Lent"
    r"|Ramadan|Ramazan|Eid(?:[- ]al[- ](?:Fitr|Adha))?|Nowruz|Norouz|Newroz|Nauroz|Ashura"
    r"|Muharram|Thanksgiving|Passover|Yom\s+Kippur|Rosh\s+Hashanah|Diwali|Hanukkah)"
)
_EN_PERIOD = r"(?:day|night|morning|evening|afternoon|week|weekend|month|year)"
_EN_PERIODS = (
    r"(?:day|night|morning|evening|afternoon|week|weekend|month|year|decade|hours|days|weeks"
    r"|months|years|decades|spring|summer|autumn|winter)"
)
# The event a unit is placed against, when it is a determiner and a word ("the shooting").
_EN_EVENT = r"(?:\s+(?:the|his|her|their|its|that|this)\s+(?-i:[a-z]+)(?<!\bthat)(?<!\bthis))?"
_EN_EVENT_NEEDED = _EN_EVENT.removesuffix("?")
_EN_AFTER = (
    r"(?:(?:immediately|just|shortly|right|directly|soon)\s+)?"
    r"(?:after|before|following|since|preceding|prior\s+to|leading\s+up\s+to)"
)
# A hedge before a count back from the writing: "more than three decades ago".
_EN_HEDGE = (
    r"(?:(?:more|less|fewer)\s+than|over|almost|nearly|about|around|some|roughly|just\s+over"
    r"|just\s+under|barely|only)"
)
# Events a time is placed against with no count: "after the verdict", "before his arrest".
_EN_EVENT_NOUNS = (
    r"(?:verdicts?|rulings?|judge?ments?|sentencing|trials?|hearings?|massacres?|killings?"
    r"|shootings?|attacks?|raids?|bombings?|blasts?|explosions?|assaults?|coups?|revolution"
    r"|uprisings?|war|invasion|occupation|siege|fall|liberation|ceasefire|truce|elections?"
    r"|vote|referendum|protests?|crackdown|arrests?|executions?|funerals?|burials?|fire"
    r"|genocide|offensive|clashes|riots?|violence|takeover|withdrawal|release|escape"
    r"|abductions?|kidnappings?|disappearances?|murders?|assassination|death|deaths"
    r"|earthquake|floods?|strikes?|ambush|airstrikes?|air\s+strikes?|shelling|bombardment"
    r"|deportations?|expulsions?|evacuation|surrender|capture|handover|independence|partition"
    r"|return|arrival|fighting|battle|purges?|transition|accords?|agreement|talks|amnesty"
    r"|inauguration|resignation|dismissal|detention|imprisonment|interrogation|hangings?"
    r"|demonstrations?|rall(?:y|ies)|march|sit-in|blockade|lynchings?|pogroms?|unrest|revolt"
    r"|rebellion|insurrection|mutiny|storming|incursion|annexation|armistice|collapse"
    r"|overthrow|ouster|downfall|torture|plebiscite)"
)
_EN_AFTER_EVENT = (
    # (the first letters of its words, so that most words fail at once)
    r"(?=[abdfijlprsu])(?:(?:immediately|just|shortly|soon|right|directly|long)\s+)?"
    r"(?:after|before|following|since|upon|ahead\s+of|prior\s+to"
    r"|in\s+the\s+run[- ]up\s+to|in\s+the\s+(?:wake|aftermath)\s+of|at\s+the\s+time\s+of)"
    # (a person's or a body's event: "after Aristide's return", "since the army's takeover")
    r"\s+(?:the\s+(?-i:[a-z]+)['’]s\s+|(?:the|his|her|their|its)\s+"
    r"|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2}['’]s\s+)"
    rf"(?-i:{_EN_EVENT_NOUNS})(?!\s+(?:of|to)\s+(?:the\s+)?\d)"
)
_EN_ANAPHOR = r"at\s+(?:the|that)\s+time(?!\s+of\b)|at\s+that\s+(?:moment|period|stage)"
_EN_BEFORE_THOSE = r"(?:in|during|on|of|from|since|by|until|through|throughout)"
_EN_PART = (
    r"the\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|opening|closing)"
    r"\s+(?:(?:few|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:hours?|days?|nights?|mornings?|weeks?|months?|years?)"
)
# The season words of the date rules' own table, in English.
_SEASONS_EN = (
    "(?:" + "|".join(w for names in SEASONS for w in names.split("|") if w.isascii()) + ")"
)

_ENGLISH = re.compile(
    "|".join(
        (
            # four days later, weeks later, two years on, a decade earlier, ten days away, three
            # years from now (the lookahead, a unit within four words, spares trying every count
            # at every word)
            r"\b(?=(?:[\w-]+\s+){0,4}?(?:minute|moment|hour|day|week|fortnight|month|year"
            r"|decade|centur))"
            rf"(?P<shift>(?:{_EN_COUNT}\s+)?{_EN_UNIT}\s+"
            r"(?:later|earlier|afterwards?|hence|from\s+now|prior(?!\s+to\b)"
            # (not "two hours away by road": a distance)
            r"|away(?!\s+(?:by|on\s+foot)\b))"
            rf"|{_EN_COUNT}\s+{_EN_UNIT}\s+(?:on\b(?!\s+(?:the|a|an|his|her|their)\b)"
            rf"|(?:after|before|prior\s+to){_EN_EVENT})"
            # forty years ago, more than three decades ago, years ago (back from the writing)
            rf"|(?:(?:{_EN_HEDGE}\s+)?{_EN_COUNT}\s+)?{_EN_UNIT}\s+ago"
            # days after the massacre, weeks before Ali Kamal (a plural with no count)
            rf"|(?:hours|days|weeks|months|years|decades)\s+(?:after|before)"
            rf"(?:{_EN_EVENT_NEEDED}|(?=\s+(?-i:[A-Z])))"
            # within days, within weeks of the attack, within the week (no count: "within 48
            # hours" is as often a deadline a law sets)
            r"|within\s+(?:(?:the|a)\s+(?:day|week|month|year)|hours|days|weeks|months|years)"
            rf"(?:\s+of{_EN_EVENT_NEEDED})?)\b",
            # the following day, the same night, the weeks that followed, the day after the vote,
            # the following March, the early hours, the end of that year (not "the first weeks
            # of the war": the gold leaves a part of an event undated)
            r"\b(?P<placed>the\s+(?:(?:same|following|next|previous|preceding|ensuing|subsequent)"
            # ("the subsequent decades of impunity" is a stretch of something, "the following
            # year's budget" a thing of that year: no dates)
            rf"\s+(?:(?:{_EN_COUNT}\s+)?{_EN_PERIODS}(?!\s+of\b|['’]s\b)|{_WEEKDAYS_AND_MONTHS})"
            rf"|{_EN_PERIODS}\s+(?:that|which)\s+followed"
            rf"|{_EN_PERIODS}\s+{_EN_AFTER}{_EN_EVENT}"
            # (the early hours of an event or a day; alone they are a time of day, as "at dawn")
            r"|(?:very\s+)?early\s+hours(?=\s+of\b)|turn\s+of\s+the\s+(?:century|millennium)"
            # (not "at the end of the day", an idiom for "in the end")
            r"|(?:end|beginning|start|middle|close)\s+of\s+(?:the|that|this)\s+"
            rf"(?:week|month|year|decade|{_SEASONS_EN})"
            rf"|(?-i:eve|day|night|morning|evening|afternoon)\s+of{_EN_EVENT_NEEDED}))\b",
            # that night, that same week, later that year, that July, that winter
            rf"\b(?P<that>(?:(?:later|earlier)\s+)?that\s+(?:same\s+|very\s+)?"
            rf"(?:{_EN_PERIOD}|{_SEASONS_EN}|(?-i:{'|'.join(ENGLISH_MONTH_NAMES)})))\b"
            r"(?![-\u2010\u2011])",
            # in the autumn, during winter (a year after it is read by sabt.text.dates)
            r"\b(?=[abdiostu])(?:in|during|by|until|till|through|throughout|since|over|into|before"
            r"|after)\s+"
            rf"(?P<season>(?:the\s+)?(?:(?:early|late|mid)[- ]\s*)?{_SEASONS_EN})\b"
            r"(?!\s+of\b|[-\u2010\u2011'’])",
            # in later years, in the ensuing weeks, over the following days (not "the past few
            # years", "in recent decades": a stretch back from the writing, as "ago" is)
            r"\b(?=[diotw])(?:in|during|over|within|throughout)\s+"
            r"(?P<vague>(?:the\s+)?(?:subsequent|later|ensuing|succeeding|intervening|next"
            r"|following|previous|preceding)"
            rf"\s+(?:(?:few|several|{_EN_COUNT})\s+)?(?:hours|days|weeks|months|years|decades))\b",
            # tomorrow, next morning (with no "the"), the 19th century, on the 23rd, Christmas Day
            # (and against now: last weekend, over the weekend, the other day)
            r"\b(?P<plain>tomorrow|the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)"
            r"|(?:last|this|next|over\s+the)\s+weekend|the\s+other\s+day(?!\s+of\b)"
            r"|(?-i:[Nn]ext)\s+(?:morning|day|evening|night|afternoon)"
            rf"|the\s+(?:(?:early|mid|late)[- ])?{_CENTURY}[- ]century)\b",
            r"\b(?=[abfostu])(?:on|by|until|till|since|from|of|before|after)\s+"
            r"(?P<nth>the\s+\d{1,2}(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)]|$)|\s+(?:when|at|in|the)\b)",
            r"\b(?=[abdfostu])(?:on|during|at|before|after|until|till|since|over|by|for|around"
            r"|ahead\s+of|throughout)\s+(?P<feast>(?:the\s+)?(?:(?:holy\s+)?month\s+of\s+)?"
            rf"{_FEASTS})\b",
            # after the verdict, before his arrest, at the time of the attack, in the wake of
            rf"\b(?P<event_after>{_EN_AFTER_EVENT})\b",
            # at the time, at that time, in those days, during that period, during the night
            rf"\b(?P<anaphor>{_EN_ANAPHOR})\b",
            rf"\b(?=[bdfiostu]){_EN_BEFORE_THOSE}\s+"
            r"(?P<those>(?:those|these)\s+(?:days|years|weeks|months|times)|that\s+(?:time|period"
            r"|era))\b",
            r"\b(?=[dit])(?:in|during|through|throughout)\s+(?P<night>the\s+night)\b(?!\s+of\b)",
            # the first days (of the assault), the second day, the final months
            rf"\b(?P<part>{_EN_PART})\b(?!['’]s|-)",
            # at the end of the war, by the start of the siege, at the height of the crackdown
            r"\b(?=[abftsun])(?:at|by|until|till|since|from|before|after|towards?|near|around)\s+"
            r"(?P<part_of>"
            r"the\s+(?:very\s+)?(?:end|start|beginning|outbreak|height|peak|close|middle|onset)"
            rf"\s+of\s+(?:the|his|her|their|its)\s+(?-i:{_EN_EVENT_NOUNS}))\b",
            # after three days, after a decade, after years (N units after the events told)
            rf"\b(?P<after_count>after\s+(?:{_EN_HEDGE}\s+)?(?:{_EN_COUNT}\s+{_EN_UNIT}"
            # (not "after a month of occupation": a stretch of the event itself)
            r"|(?:hours|days|weeks|months|years|decades)))\b(?!\s+of\b)",
            ADVERBS,
        )
    ),
    re.IGNORECASE,
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
# A count or "time" before "since" makes the stretch from the event to now, no date.
_STRETCH_HEADS = frozenset(
    ("hours", "days", "weeks", "months", "years", "decades", "centuries", "year", "time")
)
_SCRIPTS = (
    (_ENGLISH, "gregorian", re.compile("[A-Za-z]")),
    (PERSIAN, "jalali", re.compile("[\u0600-\u06ff]")),
)
# An English shift or placed unit that ends on the event's noun ("three days after the raid").
_ENDS_ON_NOUN = re.compile(
    r"\b(?:after|before|following|since|preceding|to)\s+(?:the|his|her|their|its)\s+\w+$",
    re.IGNORECASE,
)
# How far after a shift placed against a noun a date may stand and still date that event
# ("two days after the coup of 5 May 1972", "چند روز پس از آتش‌بسی که در ۹ اسفند ۱۳۶۹ …").
_EVENT_DATE_REACH = 60
_CLAUSE_END = re.compile(r"[.!?؟;؛:\n]")
# A Persian event noun with a noun joined after it ("دو روز پس از ترور X", "ماه‌های پس از ورود
# ارتش") names one event the text dates elsewhere, and the gold leaves the shift out; a bare
# noun ("سال‌های پس از انقلاب، …", "سه روز پس از بازداشت، …") is the period's own event.
_FA_NOUN_GOES_ON = re.compile(
    r"[\s\u200c]+(?!(?:در|به|از|تا|و|را|که|هم|نیز|بود|شد|شدند|بودند)(?![\w\u200c]))[\w\u200c]"
)
_FA_SHIFTS = frozenset(("shift_fa", "next_fa"))
_FA_LATER_FROM = re.compile(r"(?<![\w\u200c])(بعد)\s+از\s+[\w\u200c]+$")
# The event's date after its noun phrase: "… پس از فرمان X، رهبر انقلاب، در ۲۸ مرداد ۱۳۵۸",
# "days after the vote on 5 May 1990".
_DATED_ON = re.compile(r"(?<![\w\u200c])(?:در|on|in)\s+$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"(?<![\w\u200c])(?:که|which|that|when)(?![\w\u200c])", re.I)
# The alternatives whose match always ends on the noun of the event it is placed against
# ("after the verdict", "at the end of the war", در شب حمله).
_EVENT_NOUN_GROUPS = frozenset(("event_after", "event_fa", "part_of", "part_of_fa", "day_of_fa"))
# A part of an event or an event placed against with a date straight after it in the same
# phrase is dated by that date ("the first weeks of the Korean War in 1950", "پس از انتخابات
# ریاست جمهوری ۲۲ خرداد ۱۳۸۸").
_DATED_NEXT_GROUPS = _EVENT_NOUN_GROUPS | {"part", "part_fa"}
_DATED_NEXT_REACH = 32
_PHRASE_END = re.compile(r"[.!?؟;؛:\n,،()«»\"“”]")
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
            name = _group(match)
            start, end = match.span(name)
            on_noun = _on_noun(match, name)
            if name in _FA_SHIFTS and on_noun and _FA_NOUN_GOES_ON.match(folded, end):
                # "چند هفته بعد از زندان آزاد شد": بعد is "later", از زندان "from prison"
                later = _FA_LATER_FROM.search(folded, start, end)
                if later is not None:
                    end, on_noun = later.end(1), False
            joins = _JOINS_NEXT if on_noun else _JOINS_NEXT_OF
            if (
                _free(folded, start, end, taken, JOINS_ADVERB if name in ADVERB_GROUPS else joins)
                and not _declined(folded, name, start, end)
                and not _RECURRENCE.search(folded, max(0, start - 24), start)
                and not (on_noun and _event_dated(folded, end, taken))
                and not (name in _DATED_NEXT_GROUPS and _dated_next(folded, end, taken))
            ):
                out.append((start, end, calendar))
    return sorted(out)


def _group(match: re.Match[str]) -> str:
    """The name of the alternative that matched (a noun group inside it is not the span)."""
    name = match.lastgroup or ""
    if name in NOUN_GROUPS:
        return "shift_fa" if name == "noun_shift" else "next_fa"
    return name


def _on_noun(match: re.Match[str], name: str) -> bool:
    """Whether the match ends on a noun naming the event it is placed against."""
    if name in _EVENT_NOUN_GROUPS:
        return True
    if name in ("shift_fa", "next_fa"):
        return any(match[group] for group in NOUN_GROUPS)
    return name in ("shift", "placed") and bool(_ENDS_ON_NOUN.search(match[name]))


def _event_dated(folded: str, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the event's own words after `end` give its date: "N روز پس از آتش‌بسی که در ۹
    اسفند ۱۳۶۹ …", "days after the vote, which was held on 5 May 1990"."""
    at = bisect_left(taken, (end, end))
    if at == len(taken) or taken[at][0] - end > _EVENT_DATE_REACH:
        return False
    gap = folded[end : taken[at][0]]
    if _CLAUSE_END.search(gap):
        return False
    if _RELATIVE_CLAUSE.search(gap):
        return True
    # An English "on"/"in" after a comma dates the sentence, not the event ("Eighty years after
    # the killings, the state on Sunday …"); a Persian comma sets off an apposition (پس از فرمان
    # X، رهبر انقلاب، در ۲۸ مرداد ۱۳۵۸).
    return bool(_DATED_ON.search(gap)) and not ("," in gap and gap.isascii())


def _dated_next(folded: str, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a dated span follows `end` closely in the same phrase (no comma between)."""
    at = bisect_left(taken, (end, end))
    if at == len(taken) or taken[at][0] - end > _DATED_NEXT_REACH:
        return False
    return not _PHRASE_END.search(folded, end, taken[at][0])


def _free(
    folded: str, start: int, end: int, taken: list[tuple[int, int]], joins: re.Pattern[str]
) -> bool:
    """No dated span overlaps [start, end) or follows it joined by `joins` (only a space,
    "the" or "on"; or "of" after a time word: "the early hours of 21 August 2013"). A line
    break joins nothing: a title ending "fifty years later" is not dated by the date that
    opens the next paragraph."""
    at = bisect_left(taken, (end, end))
    if at > 0 and taken[at - 1][1] > start:
        return False
    if at == len(taken) or "\n" in folded[end : taken[at][0]]:
        return True
    return not joins.fullmatch(folded, end, taken[at][0])


# (An event's noun takes no "of": "fifty years after the killings of 1972" keeps its span.)
_JOINS_NEXT = re.compile(r"\s*(?:the\s+|on\s+)?", re.IGNORECASE)
_JOINS_NEXT_OF = re.compile(r"\s*(?:the\s+|on\s+|of\s+(?:the\s+)?)?", re.IGNORECASE)


# A recurrence just before the span makes it a day of every year, no date (the convention:
# "every year", هر سال are no dates): "every year on that day", هر سال در این روز.
_RECURRENCE = re.compile(
    r"(?:\b(?:every|each)\s+year(?:\s+(?:on|in|at))?|(?<![\w\u200c])هر\s+سال(?:\s+در)?)\s*$",
    re.IGNORECASE,
)


def _declined(folded: str, name: str, start: int, end: int) -> bool:
    """Whether the words around the match make it no date: a verb or conjunction taking a
    "that" clause before "that night", a duration's verb or a range's end before a count, an
    anniversary that a day marks."""
    if name == "that" and not folded[start : start + 7].lower().startswith(("later", "earlier")):
        heads = _THAT_CLAUSE_HEADS
    elif name == "anniversary":
        heads = ANNIVERSARY_MARKERS
    elif name == "shift":
        heads = _DURATION_HEADS
    elif name == "event_after" and folded[start : start + 5].lower() == "since":
        # "thirty years since the massacre", "the first time since the war": a stretch to now
        heads = _STRETCH_HEADS
    elif name == "next_fa":
        # "چهار دهه‌ی گذشته", "سه روز بعدی": a count before the unit makes a stretch of time
        return bool(_FA_COUNT_BEFORE.search(folded, max(0, start - 12), start))
    else:
        return False
    return _word_before(folded[max(0, start - 24) : start]) in heads


_FA_COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![\w\u200c])(?:"
    + "|".join(w for w in PERSIAN_UNITS if w != "نه")
    + r"|چند|چندین))[\s\u200c]+$"
)


@lru_cache(maxsize=4096)
def _word_before(window: str) -> str:
    """The last word of `window` in lower case ("-" when it ends a range "14-")."""
    if window.endswith("-"):
        return "to"
    found = _WORD_BEFORE.search(window)
    return found[1].lower() if found else ""
