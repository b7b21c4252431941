"""English adverbs of relative time and anniversaries: "later", "afterwards", "since then".

The gold convention (docs/extraction.md) counts as a date, with no value, every time placed back
from now or from another event; an adverb does that as surely as "ten days later" does, so "the
court later acquitted him" dates the acquittal after the events told before it. How each adverb
was decided by that convention:
- dates: "later" with a measure of the time ("much later", "some time later", "soon afterwards",
  "later in the day"), "earlier in the week"; "before that", "prior to that" standing for an
  event ("Before that, the police …"); "soon after" standing alone at a phrase's end; an
  anniversary of an event ("the thirteenth anniversary of the killings": the same day, years on).
- no dates: "then" and "now" alone (the convention says so), with a preposition too ("since
  then", "by then", "until then", "from then on", "ever since"), and "after that", which says
  "then" as پس از آن does (the written convention lists it among the no-dates; the studied gold
  marks none of these in nine occurrences); the adverbs of sequence
  alone, "later", "later on", "afterwards", "thereafter", "subsequently", "beforehand" (settled
  on 2026-12-07: they say only "after that", as "then" does; the gold leaves bare "later" out 33
  times in 35); "earlier", "previously" and "recently" alone (they tell that something had
  already happened or is new — "had earlier denied", "previously unknown", "recently released" —
  not when; Persian پیش‌تر, the same word, is marked in no gold set); an adjective "later" with
  a determiner or a noun ("a later report", "later reports"; "in later years" is read as a
  stretch elsewhere), "sooner or later", "no later than"; "the anniversary" that a day "marks"
  (the moment of writing, as "This week marks ten years since" is no date). `event_dates` runs
  `ADVERBS` inside its English pattern (which leaves the adverbs of sequence alone unmatched)
  and declines an anniversary after one of the `ANNIVERSARY_MARKERS`.
"""

import re

# Words that make "later" more precise and belong to its span.
_LEAD = (
    r"(?:(?:soon|shortly|immediately|directly|not\s+long|long|much|well|only|a\s+little"
    r"|a\s+bit|a\s+while|some\s+time|a\s+(?:short|long)\s+time|not\s+much)\s+)"
)
_WITHIN = (
    r"(?:\s+in\s+the\s+(?:day|week|month|year|decade|century|morning|afternoon|evening|night))"
)
# The end of a phrase: an adverb standing alone there ("… soon after.", "ever since,").
_ALONE = r"(?=\s*(?:[,.;:!?)\]]|$))"
# A word that opens a clause after "after that"/"before that", so that "that" stands for the
# event and does not point at a noun ("after that, …", "after that the police …").
_CLAUSE_OPENS = (
    r"(?=\s*[,.;:!?]|\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|there|police"
    r"|troops|soldiers|officers|security|government|authorities)\b)"
)
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))"

ADVERBS = "|".join(
    (
        # (the words a lead may open are given first, so that most words fail at once)
        r"\b(?=[abdefilmnoprstuw])(?P<adverb>"
        # (an adverb of sequence alone, "later", "afterwards", "subsequently", is no date: only
        # with a lead or a time within it)
        rf"{_LEAD}(?:later(?:\s+on)?{_WITHIN}?|afterwards?|thereafter)|later(?:\s+on)?{_WITHIN}"
        rf"|{_LEAD}?after{_ALONE}|earlier{_WITHIN}"
        rf"|(?:before|prior\s+to)\s+(?:that|this){_CLAUSE_OPENS}"
        r")\b",
        # the thirteenth anniversary of the killings, the anniversary of his death
        rf"\b(?P<anniversary>the\s+(?:{_ORDINAL}\s+)?anniversary\s+of\s+"
        r"(?:the|his|her|their|its)\s+[a-z]+)\b",
    )
)

# The verbs before "the anniversary" that make it the moment of writing, no date.
ANNIVERSARY_MARKERS = frozenset(("mark", "marks", "marked", "marking"))


# A date straight after an adverb or an anniversary, joined by a preposition or set off by a
# comma, dates the clause itself: "much later, in 1959", "After that, on 13 March 1940, …", "پس
# از آن در سال ۱۳۶۰", "the anniversary of the massacre, 21 March," give the date, and the span
# adds nothing.
JOINS_ADVERB = re.compile(
    r"\s*[,،]?\s*(?:(?:in|on|during|by|at|around|from|until|در|از|تا|طی)\s+)?(?:the\s+|سال\s+)?",
    re.IGNORECASE,
)
ADVERB_GROUPS = frozenset(("adverb", "adverb_fa", "anniversary"))
