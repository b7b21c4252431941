"""Counts of victims and acts ("at least 5,000 prisoners were executed"), each with its asserter.

A figure becomes a claim when an act (executed, killed, arrested, disappeared, sentenced …)
is named in its clause and a victim word or the act itself follows it closely. Years, percents
and durations are not counts. The figure, its hedge ("at least", "about", "between …
and …", "thousands") and the bounds they imply come from `sabt.text.numbers`; the value is
never rounded or merged with another source's figure.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

from sabt.extract.attribution import Cue, attribute, find_cues, quote_speakers
from sabt.extract.claims_acts import ACT, SHOT, UNCOUNTED, VICTIMS, is_conviction
from sabt.extract.claims_context import (
    COFFINS_AFTER,
    FREED_BEFORE,
    IN_CONFINEMENT,
    KIN_AFTER,
    KIN_BEFORE,
    KIN_LIST_AFTER,
    KIN_LIST_BEFORE,
    LABEL_BEFORE,
    NOT_COUNT,
    OTHER_VERB_BEFORE,
    OWN_VERB,
    SELF_REPORTED,
    SPOKEN_OR_NAMED_BEFORE,
    SURVIVED,
    is_age,
    is_code,
    is_year,
    is_year_pair,
    seized,
    seized_of_us,
    things,
)
from sabt.extract.claims_estimates import estimated_again
from sabt.extract.claims_euphemisms import no_people_for_euphemism
from sabt.extract.claims_fa import (
    ALL_OF,
    FA_AND,
    FA_HELD_IN,
    FA_KIN_LIST_BEFORE,
    FA_LABEL_BEFORE,
    FA_PARTITIVE_AFTER,
    FA_PARTITIVE_BEFORE,
    fa_object_act,
    fa_whole_act,
    others_kin,
    own_kin,
)
from sabt.extract.claims_fate import (
    EACH_OF,
    fate_after,
    repeats_a_term,
    shot_act,
    their_fate,
    told_anew,
    verb_each_of,
    witness_count,
)
from sabt.extract.claims_kin_list import kin_listed, with_kin_listed
from sabt.extract.claims_one import ones_counted
from sabt.extract.claims_predicate import last_of_chain
from sabt.extract.claims_predicate import predicate_act as _predicate_act  # tests import it here
from sabt.extract.claims_self import with_self
from sabt.extract.claims_verdicts import without_convictions_sentenced_again
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.quantities import DateSpan, Quantity
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN

ANNOTATOR = "claim-rules"
VERSION = "1"

# "put the number at 20", "put the toll there in the hundreds", "the fate of thousands": the
# figure is the count of the act; with no act in its sentence, of the act named just before
# ("… were killed. Officials put the number at 1,700.").
# In Persian "این شمار را ۲۸۰۰ نفر ذکر کرد", "تعداد آنان را حدود …": the count as its object.
# "the real number was more than 400", "gathered the names of 1,270 men": the same.
_TOLL_AT = re.compile(
    r"\b(?:number|figure|toll|count|total|tally)\s+(?:\w+\s+)?(?:at|to|as|of|in)\s+"
    r"(?:the\s+)?$|\bfate\s+of\s+$"
    r"|\b(?:number|figure|toll|tally)\s+(?:was|is|were|(?:would|could|may|might)\s+be)\s+$"
    # "bringing the total this year to 346"
    r"|\b(?:total|toll|tally)\s+(?:[\w\-]+\s+){1,3}?(?:to|at)\s+$"
    r"|\bnames\s+of\s+(?:the\s+)?$"
    r"|(?<![\w\u200c])(?:شمار|تعداد|رقم|آمار)(?:\u200cی|ی)?\s+(?:[\w\u200c]+\s+){0,2}?را\s+$",
    re.I,
)
# "gives 21 as the toll", "cites 300 dead as the final toll": the figure a party gives as a
# toll of deaths counts killings, whatever act is told nearer to it.
_AS_TOLL = re.compile(
    r"\s*(?:dead\s+)?as\s+(?:the|its|their|a)\s+(?:(?:final|official|real|true|total)\s+)?"
    r"(?:death\s+)?toll\b",
    re.I,
)
# "30 killed, 90 wounded and four missing", "12 people still missing": missing right after
# the figure (and its victims) counts the disappeared, whatever act the clause named before
# (not "12 missing sailors were found alive": the word that ends its noun phrase).
_MISSING = re.compile(
    r"\s*(?:still\s+)?missing(?=\s*(?:[,.;:)]|$|(?:and|or|in|at|on|by|from|after|since|when|"
    r"for)\b))",
    re.I,
)
# "40 to life imprisonment and 90 others to prison terms", "sent 15 defendants to prison":
# a figure's people given a term are sentenced, whatever imprisonment names nearer to them.
_TO_TERM = re.compile(
    r"\s*(?:others\s+)?to\s+(?:(?:life|long|lengthy|short)\s+)?(?:(?:prison|jail)\s+terms?|"
    r"terms?\s+of|imprisonment)\b",
    re.I,
)
_SENT_BEFORE = re.compile(r"\bsen[dt]s?\s+(?:\w+\s+)?$", re.I)
_TO_PRISON = re.compile(r"\s*to\s+(?:prison|jail)\b", re.I)
# "brought charges against eight Marines, four for the killings": a figure in the object of
# charges counts the accused; an act named beside it ("for the killings") has no victims there.
_CHARGED_BEFORE = re.compile(r"\b(?:charges|indictments?|cases?)\s+against\b[^.;:]*$", re.I)
# "for the torture of four others who had been detained": the act a noun before "of" names
# befell those counted, as well as the act of a clause that tells more of them (two claims);
# it wins over an act nearer in the noun phrase ("the deaths of 12 detained protesters").
_ACT_NOUN_OF = re.compile(
    r"\b(?:executions?|killings?|murders?|massacre|arrests?|detentions?|abductions?|"
    r"disappearances?|torture|deaths|hangings?|imprisonment|jailing)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the execution of thousands of our friends": an act's noun and "of" count whom it befell.
_COUNT_OF = re.compile(
    rf"{_TOLL_AT.pattern}"
    r"|\b(?:rose|risen|climbed|reached|jumped|increased|stands|stood)\s+(?:to\s+|at\s+)?$"
    # "estimates of the number killed range from 500 to 800"
    r"|\b(?:range|ranged|ranges|ranging|vary|varies|varied)\s+$"
    # "شمار کشته‌شدگان به ۸۷ نفر رسید": a Persian toll that reaches the figure
    r"|(?<![\w\u200c])(?:شمار|تعداد|آمار|رقم)(?:\u200cی|ی)?\s+(?:[\w\u200c]+\s+){0,3}?(?:به|از)\s+$"
    rf"|{_ACT_NOUN_OF.pattern}|\b(?:slaughter|shootings?)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "statements putting the number of people killed in the city in January at more than 5,000":
# the count a source puts a long-named toll at (looked for up to 150 characters back).
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|"
    r"setting)\s+(?:the|its|their|a)\s+(?:\w+\s+)?(?:number|figure|toll|count|total|tally)\b"
    r"[^.;:]{0,110}?\s+at\s+$"
    # "the number of detainees in the prison was estimated at between 10,000 and 20,000"
    r"|\b(?:number|figure|toll|count|total|tally)\b[^.;:]{0,110}?\s+(?:was|were|is|are|has\s+been|"
    r"had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:estimated|put|placed|set|reported|recorded)\s+"
    r"(?:at|as)\s+$",
    re.I,
)
_PUT_AT_REACH = 150
# "at least 817 protesters …, and probably more than 1,000.": a second hedged figure restating
# the count just made in the sentence (its act and victims are that count's).
_RESTATED = re.compile(
    r"[,;]\s*(?:and|or|but)\s+(?:probably|possibly|perhaps|maybe|likely|even)\s+$"
    r"|\s+و\s+(?:احتمالا\S*|شاید|حتی)\s+$",
    re.I,
)
_RESTATED_REACH = 90
# "Seven were killed on Monday and a further 12 on Tuesday", "another 30 in the south": a figure
# added to the count just made in its sentence, its act left unsaid, is of that act.
_FURTHER = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|a\s+second|yet\s+another)\s+$", re.I
)
_FURTHER_REACH = 120
_FURTHER_AHEAD = 50  # characters after it with no act of its own
# (with the subject of a clause that fronts them: "Eleven of them we never saw again")
_OF_THEM = re.compile(r"\s*of\s+(?:them|us|those|these)\b(?:\s+(?:we|I|they)\b)?", re.I)
_CLOSES = re.compile(r"\s*(?:[,.;:)،؛]|$)")
# "in the three camps", "در این دو شهر": a figure after a determiner counts something other
# than victims unless victims follow it; "کشتار ۶۷" (the massacre of [13]67) names an event.
_DETERMINER = re.compile(
    r"\b(?:the|these|those|its|their|his|her)\s+$"
    rf"|{NOT_AFTER_PERSIAN}(?:این|آن|همین|همان|کشتار)\s+$",
    re.I,
)
# "the five others received terms of seven years": "others" after the figure are people.
_OTHERS = re.compile(r"\s*others\b", re.I)
# "Of the 1,200 detainees, at least 300 were executed": the whole a figured part is taken
# from; in Persian "از ۱۲ زندانی آن بند ۵ نفر …", a figure after از with another figure after
# it. A whole with no figure for its part is a count ("most of the 108 people killed", "Of
# the 23 men they arrested, only my uncle came back").
_PARTITIVE = re.compile(r"\b[Oo]f\s+the\s+$")
# "Eight of the 12 suspects were arrested": the whole after its figured part is no count.
_WHOLE_AFTER_PART = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+of\s+(?:the\s+)?$", re.I)
# "a list naming 767 victims": the act is implied, named in the sentence before.
_SHORT = 40  # characters: "That is not true.", "No one believed it."
# "They killed my husband and his father … That is four men from one house.", «یعنی دو مرد»:
# a sentence that only sums up (a copula, no verb of its own: not "In all, 40 people came")
# counts those the sentence before told of.
_SUMMED = re.compile(r"\s*(?:(?:That|This)\s+(?:is|was|makes|made)|یعنی)\s+", re.I)
# "their own list had more than 200 names": names on a list of the act's victims.
_IMPLIED = re.compile(r"^\s*(?:[\w\-]+\s+){0,2}?(?:victims|names|قربانی\w*)\b", re.I)
# "…, an interpreter and three drivers,": the last item of an apposition that names the
# parts of a count (see _breaks_down).
_BREAKDOWN_BEFORE = re.compile(r"[,،]\s*(?:an?|one|یک)\s+[\w\-\u200c]+\s+(?:and|و)\s+$", re.I)
# "among them 425 civilians and 22 guards": a figure joined to a counted one and its victims.
# Only in a list: the second figure's noun phrase ends the clause ("and 12 soldiers left" has
# a verb of its own).
_AND = re.compile(r"\s*(?:and|و)\s+")
_LIST_END = re.compile(r"\s*(?:[\w\-'’\u200c]+\s+){0,2}[\w\-'’\u200c]+\s*(?:[,.;:)،؛]|$)")
# "soldiers killed hundreds in the town": a vague figure as the object of an act's verb.
_VERB_JUST_BEFORE = re.compile(rf"\b(?:{ACT.pattern})\s+$", re.I)
_ABOUT_STOP = re.compile(
    r"\b(?:were|was|are|is|have|had|has|who|that|in|on|at|to|by|during|from|of|and|across)\b|[,.;:،؛()]|اعدام|کشته|بازداشت|ناپدید|محکوم|در|که|را"
)


@dataclass(frozen=True)
class Claim:
    """A sourced count: property, value or bounds, what is counted, who asserts it, where."""

    property: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    about: str
    attributed_to: str | None
    excerpt: str
    start: int
    end: int
    annotator: str = ANNOTATOR
    annotator_version: str = VERSION


def countable_figures(text: str, numbers: list[Quantity], dates: list[DateSpan]) -> list[Quantity]:
    """The figures that may count victims: none inside a date (`dates` sorted by start, as
    `find_dates` returns them), a bare year or a code's number ("S-21"). The rules' claims and
    `parsed_acts` read the same figures."""
    starts = [d.start for d in dates]
    return [
        n
        for n in numbers
        if not _in_date(n, starts, dates) and not is_year(n) and not is_code(text, n)
    ]


def _in_date(number: Quantity, starts: list[int], dates: list[DateSpan]) -> bool:
    """Whether the figure overlaps a date (`dates` sorted by start, `starts` their starts)."""
    at = bisect_left(starts, number.end)
    return at > 0 and dates[at - 1].end > number.start


def _act(sentence: Sentence, start: int, end: int) -> str | None:
    """The act nearest to the figure in its sentence, within a short window."""
    lo, hi = max(sentence.start, start - 90), min(sentence.end, end + 110)
    best: tuple[int, re.Match[str]] | None = None
    for match in ACT.finditer(sentence.text, lo - sentence.start, hi - sentence.start):
        at = sentence.start + match.start()
        distance = at - end if at >= end else start - (sentence.start + match.end())
        if best is None or distance < best[0]:
            best = (distance, match)
    # only the nearest act's chain is followed
    return (last_of_chain(sentence.text, best[1]).lastgroup or "") if best else None


def find_claims(
    text: str,
    sentences: list[Sentence],
    numbers: list[Quantity],
    dates: list[DateSpan],
    mentions: list[Mention],
) -> list[Claim]:
    """Counts of victims and acts in `text`, each attributed to whoever the text says asserts it."""
    index_of_mentions = MentionIndex(mentions)
    quotes = quote_speakers(text, index_of_mentions)
    numbers = countable_figures(text, numbers, dates)
    numbers = sorted(numbers + ones_counted(text), key=lambda n: n.start)
    claims: list[Claim] = []
    index = 0
    previous: Sentence | None = None
    earlier: Sentence | None = None
    for position, sentence in enumerate(sentences):
        following = sentences[position + 1] if position + 1 < len(sentences) else None
        cues = None
        while index < len(numbers) and numbers[index].start < sentence.end:
            number = numbers[index]
            index += 1
            if number.start < sentence.start:
                continue
            after = text[number.end : min(sentence.end, number.end + 70)]
            if NOT_COUNT.match(after):
                continue
            before = text[max(sentence.start, number.start - 30) : number.start]
            if is_age(number, before, after):
                continue
            listed = kin_listed(text[sentence.start : number.start], after)
            victims = VICTIMS.match(after) or own_kin(after) or seized_of_us(before, after)
            if not victims and is_year_pair(number):
                continue
            victims_end = _victims_end(after, victims)
            # Distances count from after the victims ("۸۰۰۰ نفر مصدوم" is of the wounded even
            # with کشته just before the figure).
            # the clause may run past `after`: a Persian verb ends it
            clause = text[number.end : min(sentence.end, number.end + 200)]
            # a Persian verb whose object is the people counted wins over any predicate
            predicate = (victims and fa_object_act(clause, victims_end, before)) or _predicate_act(
                clause, victims_end
            )
            act = (
                predicate
                or (None if after.isascii() else fa_whole_act(after))
                or _act(sentence, number.start, number.end + victims_end)
            )
            noun = _ACT_NOUN_OF.search(before)
            named = _act_named(noun.group()) if noun else None
            if named and not predicate:
                act = named
            if _TO_TERM.match(after, victims_end) or (
                _SENT_BEFORE.search(before) and _TO_PRISON.match(after, victims_end)
            ):
                act = "sentenced"
            missing = _MISSING.match(after, victims_end)
            if missing:
                act = "disappeared"
            as_toll = _AS_TOLL.match(after)
            if as_toll:
                act = "killed"
            if act == "arrested" and FA_HELD_IN.match(clause):
                act = "detained"
            if act == SHOT:
                act = shot_act(victims, sentence, previous, before)
            if act is None and victims and seized(before, after, victims_end):
                act = "detained"
            coffins = COFFINS_AFTER.match(after)
            if act is None and coffins:
                act = "killed"
            if act is not None:
                act = fate_after(text, (previous, sentence, following), number, act) or act
            if (
                predicate is None
                and victims
                and act != "tortured"
                and IN_CONFINEMENT.search(before)
            ):
                act = "detained"
            count_of = (
                _COUNT_OF.search(before)
                or _PUT_AT.search(
                    text, max(sentence.start, number.start - _PUT_AT_REACH), number.start
                )
                or verb_each_of(before)
                or witness_count(before, after)
                or as_toll
            )
            restated = (
                _restated(text, claims, number, sentence, after)
                or (
                    predicate is None
                    and not ACT.search(after, 0, _FURTHER_AHEAD)
                    and _further(text, claims, number, sentence, before)
                )
                or estimated_again(text, claims, number, sentence, previous, before)
            )
            if restated:
                act = claims[-1].property
            summed = bool(_SUMMED.fullmatch(text, sentence.start, number.start))
            if (
                act is None
                and previous is not None
                and (
                    _IMPLIED.match(after)
                    or _TOLL_AT.search(before)
                    or witness_count(before, after)
                    or summed
                )
            ):
                # "… 85 had died. That is not true. The real number was 400.": a short
                # sentence between may deny or doubt, the act is the one before it
                act = _last_act(previous) or (
                    _last_act(earlier) if earlier and len(previous.text) < _SHORT else None
                )
            # "Nineteen of them never came home": the words after a partitive pronoun
            partitive = _OF_THEM.match(after)
            soon = " ".join(after[partitive.end() if partitive else 0 :].split()[:3])
            # A vague figure ("hundreds of thousands more were imprisoned") needs its act or
            # victims right after it; a number may also have its act just before it.
            if (
                act is None
                or act == UNCOUNTED
                or (
                    not victims
                    and not count_of
                    and _DETERMINER.search(before)
                    and not _OTHERS.match(after)
                    and not listed
                )
                # ("Room 101"; not a hedged figure: "Diplomats estimated 700")
                or (not victims and not number.qualifier and LABEL_BEFORE.search(before))
                or (not victims and FA_LABEL_BEFORE.search(before))
                or SURVIVED.match(after)
                or FREED_BEFORE.search(before)
                or OTHER_VERB_BEFORE.search(before)
                or (predicate is None and bool(victims) and OWN_VERB.match(after, victims_end))
                or (others_kin(after) and not listed)
                or (FA_KIN_LIST_BEFORE.search(before) and not listed)
                or (KIN_BEFORE.search(before) and KIN_AFTER.match(after) and not listed)
                or (
                    KIN_LIST_BEFORE.search(before)
                    and not KIN_LIST_AFTER.match(after)
                    and not listed
                )
                or (
                    SPOKEN_OR_NAMED_BEFORE.search(before)
                    and not SELF_REPORTED.match(after, victims_end)
                )
                or things(after, victims)
                or (
                    act == "killed"
                    and no_people_for_euphemism(sentence.text, before, after, victims)
                )
                or (
                    act == "killed"
                    and not victims
                    and _CHARGED_BEFORE.search(text, sentence.start, number.start)
                )
                # (the witness's own kin named as a whole, "هر دو پسرعمویم", are told of anew)
                or (
                    ALL_OF.search(before)
                    and not told_anew(claims, number, predicate)
                    and not own_kin(after)
                )
                or _breaks_down(number, numbers, index, sentence, before)
                or (
                    _PARTITIVE.search(before)
                    and not EACH_OF.search(before)
                    and _part_follows(number, numbers, index, sentence)
                )
                or repeats_a_term(text, sentence, numbers, index, after)
                or _after_part(numbers, index, before)
                or (FA_PARTITIVE_BEFORE.search(before) and FA_PARTITIVE_AFTER.match(after))
                or not (
                    victims
                    or predicate
                    or count_of
                    or _IMPLIED.match(after)
                    or _paired(text, claims, number, after)
                    or restated
                    or ACT.search(soon)
                    # "kept nine of us": an act just before the figure, read with it
                    or (
                        number.value is not None
                        and ACT.search(before + text[number.start : number.end + 12])
                    )
                    or _verb_object(before)
                    or coffins
                    or missing
                )
            ):
                continue
            if cues is None:
                cues = find_cues(text, sentence, index_of_mentions)
            if summed and not cues and previous is not None:
                cues = _summed_cues(text, previous, index_of_mentions, quotes)
            number = with_kin_listed(
                with_self(number, before, after, text[sentence.start : number.start]), listed
            )
            claims.append(_claim(text, sentence, number, act, cues, quotes))
            if named and named != act:
                claims.append(_claim(text, sentence, number, named, cues, quotes))
            # "… sentenced 11 to death, and all of them were executed": a second act, one figure,
            # which the court's cue (it speaks of its sentence only) does not assert
            if fate := their_fate(text, sentence, number, act):
                told = [cue for cue in cues if cue.reach is None]
                claims.append(_claim(text, sentence, number, fate, told, quotes))
        previous, earlier = sentence, previous
    return without_convictions_sentenced_again(text, _without_headline_repeats(text, claims))


_HEADLINE = re.compile(r"[^\n]*[^\s.!?؟…][ \t]*\n\s*\n")


def _without_headline_repeats(text: str, claims: list[Claim]) -> list[Claim]:
    """A headline (a first line with no full stop, a blank line after it) repeats a count the
    body tells again: the body's sentence is the claim, the headline's is dropped."""
    headline = _HEADLINE.match(text)
    if headline is None:
        return claims
    body = {(c.property, c.value, c.low, c.high) for c in claims if c.start >= headline.end()}
    return [
        c
        for c in claims
        if c.start >= headline.end() or (c.property, c.value, c.low, c.high) not in body
    ]


def _victims_end(after: str, victims: re.Match[str] | None) -> int:
    """Where the victim words after a figure end, taking in a second noun joined by و ("۱۴۸
    مرد و نوجوان"), so that the clause's verb after it is still the figure's act."""
    if victims is None:
        return 0
    joined = FA_AND.match(after, victims.end())
    if joined and (second := VICTIMS.match(after[joined.end() :])):
        return joined.end() + second.end()
    return victims.end()


def _verb_object(before: str) -> bool:
    """Whether an English act verb ends just before the figure ("killed hundreds")."""
    verb = _VERB_JUST_BEFORE.search(before)
    return bool(verb and verb.group().isascii())


def _breaks_down(
    number: Quantity, numbers: list[Quantity], index: int, sentence: Sentence, before: str
) -> bool:
    """Whether the figure ends an apposition that breaks down a count made just before it in
    its sentence ("the five men with them, a guide and four porters, were never found"): the
    count is the whole, not its parts."""
    whole = numbers[index - 2] if index >= 2 else None
    return bool(
        whole is not None
        and sentence.start <= whole.start
        and number.start - whole.end < 120
        and _BREAKDOWN_BEFORE.search(before)
    )


def _restated(
    text: str, claims: list[Claim], number: Quantity, sentence: Sentence, after: str
) -> bool:
    """Whether the figure restates the count just made in its sentence with another hedge
    ("killed at least 817, and probably more than 1,000."): nothing is counted after it."""
    if not claims or claims[-1].start < sentence.start:
        return False
    between = text[claims[-1].end : number.start]
    return (
        len(between) < _RESTATED_REACH
        and not any(c.isdigit() for c in between)
        and bool(_RESTATED.search(between))
        and bool(_CLOSES.match(after))
    )


def _further(
    text: str, claims: list[Claim], number: Quantity, sentence: Sentence, before: str
) -> bool:
    """Whether the figure adds to the count just made in its sentence ("a further 12", "another
    30") with no act of its own between."""
    if not claims or claims[-1].start < sentence.start or not _FURTHER.search(before):
        return False
    between = text[claims[-1].end : number.start]
    return len(between) < _FURTHER_REACH and not any(
        m.lastgroup != claims[-1].property for m in ACT.finditer(between)
    )


def _after_part(numbers: list[Quantity], index: int, before: str) -> bool:
    """Whether the figure (`numbers[index - 1]`) is the whole after a figured part ("Eight of the
    12 suspects"): the figure before it ends just where "of the" starts."""
    whole = _WHOLE_AFTER_PART.search(before)
    if whole is None or index < 2:
        return False
    part = numbers[index - 2]
    gap = len(before) - whole.start()  # characters from the part's start to the whole's
    at = numbers[index - 1].start - gap  # where the part's last word is
    # "At least 9 of the 30": the part's hedge opens the part before its figure.
    return at <= part.start < numbers[index - 1].start - 4 or part.start <= at < part.end


def _part_follows(
    number: Quantity, numbers: list[Quantity], index: int, sentence: Sentence
) -> bool:
    """Whether the next figure (`numbers[index]`) follows closely in the sentence: the part."""
    return index < len(numbers) and numbers[index].start < min(sentence.end, number.end + 80)


def _paired(text: str, claims: list[Claim], number: Quantity, after: str) -> bool:
    """Whether the figure is joined by "and" to the counted figure and victims just before it."""
    if not claims or not 0 < number.start - claims[-1].end < 40 or not _LIST_END.match(after):
        return False
    between = text[claims[-1].end : number.start]
    victims = VICTIMS.match(between)
    return bool(victims and _AND.fullmatch(between, victims.end()))


def _summed_cues(
    text: str, previous: Sentence, mentions: MentionIndex, quotes: list[tuple[int, int, str]]
) -> list[Cue]:
    """Who a sentence that sums up the one before ("That is four men from one house") speaks
    for: the party of the sentence before, as a cue of its own."""
    party = attribute(previous.end - 1, previous, find_cues(text, previous, mentions), quotes)
    return [Cue(previous.start, party)] if party else []


def _act_named(words: str) -> str | None:
    """The act `words` name ("the torture of": tortured)."""
    act = ACT.search(words)
    return act.lastgroup if act else None


def _last_act(sentence: Sentence) -> str | None:
    """The last act a sentence names: what "767 victims" in the next sentence are victims of
    (not a conviction: "convicted Mladić of genocide" tells of no victims)."""
    acts = [
        m.lastgroup
        for m in ACT.finditer(sentence.text)
        if m.lastgroup not in (UNCOUNTED, SHOT) and not is_conviction(m)
    ]
    return acts[-1] if acts else None


def _claim(
    text: str,
    sentence: Sentence,
    number: Quantity,
    act: str,
    cues: list[Cue],
    quotes: list[tuple[int, int, str]],
) -> Claim:
    tail = text[number.end : min(sentence.end, number.end + 60)]
    stop = _ABOUT_STOP.search(tail)
    about = tail[: stop.start() if stop else len(tail)].strip()
    return Claim(
        act, number.value, number.low, number.high, number.qualifier, about,
        attribute(number.start, sentence, cues, quotes),
        sentence.text, number.start, number.end,
    )  # fmt: skip
