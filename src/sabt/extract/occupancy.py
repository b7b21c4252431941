"""Positions held: "X, the Tehran Prosecutor", "X was Deputy Prosecutor in Tehran, became
Attorney General in 2014 and was named Head of the Judiciary in March 2019", "Secretary General
Agnès Callamard", "X، دادستان تهران", "X … به ریاست قوه قضاییه منصوب شد".

Chains of command are built from these, so each is only a suggestion, with its excerpt and the
date its clause gives (the first date after the position and before the next one, or the span
"from 2003 to 2007"). The wordings are in `occupancy_en` and `occupancy_fa` (after the name)
and `occupancy_en_before` and `occupancy_fa_before` (before it); a sentence that opens with
"He"/"She"/"او" gives its posts to the last person named before it, and a post in the plural
next to names listed ("X and Y, members of …", "The two commanders, X and Y,") is each one's.
"""

import re
from dataclasses import dataclass, replace
from datetime import date

from sabt.extract import (
    occupancy_en,
    occupancy_en_before,
    occupancy_en_bodies,
    occupancy_fa,
    occupancy_fa_before,
)
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.occupancy_fa_words import BODY_NOUN
from sabt.extract.quantities import DateSpan
from sabt.extract.sentences import Sentence
from sabt.text.date_words import ENGLISH_MONTH_NAMES

ANNOTATOR = "occupancy-rules"
VERSION = "2"

_MONTHS = "|".join(ENGLISH_MONTH_NAMES)
# ("was named police chief on Monday": a day of the week is no part of the post.)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_STOP_TAIL = re.compile(rf"(?:\s+(?:in|at|on|of|the|and|{_MONTHS}|{_WEEKDAYS}))+$")
# "held the post of chief of police for a decade": how long is no part of the post.
_DURATION_TAIL = re.compile(
    r"\s+(?:for|over)\s+(?:(?:more than|nearly|almost|about|some)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:decades?|years?|months?|weeks?)$"
)
_STOP_HEAD = re.compile(
    r"^(?:(?:The|the|As|as|A|An|an|a|Then|then|and|[Ff]ormer|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|"
    r"[Tt]hen-|"
    r"[Ee]x-|"
    r"[Ff]ormer-|"
    # ("was re-appointed police chief": the appointment's participle is no part of it.)
    r"(?:newly\s+)?(?:re-?appointed|re-?elected|appointed|elected)\s+(?=\S)|"
    # ("became the first minister of intelligence": an ordinal in lower case is no part of it;
    # "first secretary of the party", "first deputy prime minister" are titles of their own.)
    r"(?:first|second|third|fourth|fifth|last)\s+(?=\S)(?!(?:secretary|deputy|vice)\b))+"
)
# "In 1990 he was appointed …", "او در سال ۱۳۶۰ … منصوب شد": the subject is the last person named.
_PRONOUN = re.compile(
    r"\s*(?:(?:In|By|From|After|Later|Then|On|During|Until)\b[^,.;]{0,40}?,?\s+)?"
    r"(?P<pronoun>[Hh]e|[Ss]he|او|وی)\s"
)
# "from 2003 to 2007", "between 1980 and 1985", "از ۱۳۶۰ تا ۱۳۶۸": one span of two dates.
_CLAUSE_BREAK = re.compile(r"[,;،؛]")
_POSSESSIVE = re.compile(r"[’']s\b")
_OPENING = re.compile(r"[\s“\"‘'(]*")
# Names in a list: "X, Y and Z", "X، Y و Z".
# (An apposition may follow each: "X, an engineer, and Y".)
_APPOSED = r"(?:,\s+(?:an?|the)\s+[^,;.]{1,40})?"
_LISTED = re.compile(rf"{_APPOSED}(?:\s*[,،]\s*|,?\s+(?:and|و)\s+)")
_AND = re.compile(rf"{_APPOSED},?\s+(?:and|و)\s+")
# "قاضی شعبه ۱۵ دادگاه انقلاب": a "name" after a title that opens with a body's noun is the
# post's body, no person (whose stretch of text would cut the post short).
_A_BODY_NOT_A_NAME = re.compile(rf"(?:{BODY_NOUN})(?![\u0621-\u06cc\u200c])")
# "X، آخرین نخست‌وزیر دوران قاجار،": a "name" that opens with a noun of an era (its dynasty
# or ruler after it) is the post's time, no person.
_AN_ERA_NOT_A_NAME = re.compile(r"(?:دوران|دوره|عصر|عهد|روزگار|سلطنت|حکومت|زمامداری)(?:\u200cی)?\s")
_CLOSED = re.compile(r"\s*[,،]")
# A rank in lower case, as a predicate gives it ("promoted to major general").
_RANK_REACHED = re.compile(
    r"(?:(?:brigadier|major|lieutenant)[- ])?(?:general|colonel|major|captain|lieutenant|"
    r"brigadier|sergeant|corporal|admiral|commodore|marshal)"
)
_DATE_TO = re.compile(r"\s*(?:to|until|till|through|and|–|-|تا)\s*")


@dataclass(frozen=True)
class Occupancy:
    """A suggestion that `person` held `position` (in `organization`) between the dates."""

    person: str
    position: str
    organization: str | None
    earliest: date | None
    latest: date | None
    excerpt: str
    start: int
    end: int
    annotator: str = ANNOTATOR
    annotator_version: str = VERSION


def find_occupancies(
    text: str, sentences: list[Sentence], mentions: list[Mention], dates: list[DateSpan]
) -> list[Occupancy]:
    """Occupancy suggestions for the person mentions of `text`."""
    out: list[Occupancy] = []
    seen: set[tuple[str, str]] = set()
    index = MentionIndex(mentions)
    full_names = _full_names([m for m in mentions if m.type == "person"])
    last: Mention | None = None
    for sentence in _joined_over_names(text, sentences, mentions):
        inside = index.within(sentence.start, sentence.end)
        bodies = [m for m in inside if m.type in ("organization", "place")]
        people = _without_aliases(
            text, [_less_a_word_of_the_post(m) for m in inside if m.type == "person"]
        )
        held = [
            (person, found)
            for number, person in enumerate(people)
            for found in _positions(
                text,
                sentence,
                person,
                _stop(text, people, number, sentence),
                bodies,
                people[number + 1] if number + 1 < len(people) else None,
            )
        ]
        held += _shared_posts(text, sentence, people)
        held += _posts_of_a_mid_pronoun(text, sentence, people, last)
        pronoun = _PRONOUN.match(text, sentence.start, sentence.end)
        if last is not None and pronoun and (not people or people[0].start > pronoun.end()):
            stand_in = Mention(last.entity, last.name, "person", pronoun["pronoun"],
                               pronoun.start("pronoun"), pronoun.end("pronoun"))  # fmt: skip
            stop = people[0].start if people else sentence.end
            following = people[0] if people else None
            held += [
                (last, found) for found in _after(text, stand_in, stop, sentence, bodies, following)
            ]
        held += _posts_of_a_pronoun(text, sentence, people, last)
        for person, (start, end, raw) in _widest(held):
            bare = _STOP_TAIL.sub("", _DURATION_TAIL.sub("", raw.strip(" ,،")))
            position = occupancy_fa.tidy(_STOP_HEAD.sub("", bare))
            if position and raw.find(position) >= 0:
                start += raw.find(position)
                end = start + len(position)
            position = _less_a_country(text, start, position, bodies)
            who = person.name or person.text
            key = (who, position.casefold())
            # ("President Kabbah" after "President Ahmad Tejan Kabbah": the same post again.)
            if not position or key in seen or (full_names.get(who), key[1]) in seen:
                continue
            seen.add(key)
            out.append(_occupancy(text, sentence, person, start, end, position, inside, dates))
        # (A paragraph break forgets the last person, but for an interview's question: "What
        # did Mr X say?" and the answer's "He …" is X.)
        ends_paragraph = "\n\n" in text[sentence.end : sentence.end + 4]
        if ends_paragraph and not sentence.text.rstrip(' »”"').endswith(("?", "؟")):
            last = None
        elif people:
            # Only where one person was named: "X met Y. He became …" is left alone.
            last = people[-1] if len({p.name or p.text for p in people}) == 1 else None
    return _less_ranks_reached(out, full_names)


def _less_ranks_reached(out: list[Occupancy], full_names: dict[str, str]) -> list[Occupancy]:
    """A rank reached by promotion, in lower case ("was promoted to major general"), is a
    post only where the text gives the person no other: beside "commander of land forces" it
    is the person's grade, as the gold conventions read a rank beside a full post."""
    with_a_post = {
        full_names.get(held.person, held.person)
        for held in out
        if not _RANK_REACHED.fullmatch(held.position)
    }
    return [
        held
        for held in out
        if not (
            _RANK_REACHED.fullmatch(held.position)
            and full_names.get(held.person, held.person) in with_a_post
        )
    ]


def _full_names(people: list[Mention]) -> dict[str, str]:
    """A surname alone ("Kabbah", "مرتضوی") → the one full name of the text that ends with it
    ("Ahmad Tejan Kabbah"; two full names that end alike leave it alone). Only a post the full
    name already holds is folded: a relative's full name may be one the rules did not find."""
    ending: dict[str, set[str]] = {}
    for person in people:
        name = person.name or person.text
        # ("Andal Ampatuan Jr." and "Zaldy Ampatuan" share "Ampatuan".)
        words = occupancy_en.SUFFIX.sub("", name).split()
        if len(words) > 1:
            ending.setdefault(words[-1], set()).add(name)
    return {last: next(iter(names)) for last, names in ending.items() if len(names) == 1}


def _joined_over_names(
    text: str, sentences: list[Sentence], mentions: list[Mention]
) -> list[Sentence]:
    """The sentences, two joined where a break falls inside a person's name (an abbreviation
    the splitter does not know, as in a registry's "Wm. Harlow, head of …"; initials no longer
    end a sentence): the name and its post are in one sentence."""
    # Every position strictly inside a name: one set, not every name tried at every break.
    within_names = {at for m in mentions if m.type == "person" for at in range(m.start + 1, m.end)}
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous and previous.end in within_names:
            joined[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end])
        else:
            joined.append(sentence)
    return joined


def _posts_of_a_pronoun(
    text: str, sentence: Sentence, people: list[Mention], last: Mention | None
) -> list[tuple[Mention, tuple[int, int, str]]]:
    """Posts given to a pronoun: in "X …, and as head of Y, he …" the sentence's subject's,
    named at its start, when no other person stands between but as a preposition's object
    ("according to Z"); in "As head of Y, he …" before anyone is named, the last person's named
    before the sentence."""
    held = []
    subject = (
        people[0] if people and _OPENING.fullmatch(text, sentence.start, people[0].start) else None
    )
    for start, end, raw in occupancy_en.before_pronoun(text, sentence.start, sentence.end):
        named = [p for p in people if p.start < start]
        if not named:
            owner = last
        elif subject and all(
            (p.name or p.text) == (subject.name or subject.text) or occupancy_en.is_object(text, p)
            for p in named[1:]
        ):
            owner = subject
        else:
            owner = None
        if owner is not None:
            held.append((owner, (start, end, raw)))
    return held


def _less_a_country(text: str, start: int, position: str, bodies: list[Mention]) -> str:
    """The post less a place's possessive that opens it ("Kenya's Prosecutor General" is
    Prosecutor General, of Kenya: the place stays the post's organisation); a body's stays
    ("the army's chief of staff")."""
    place = next((m for m in bodies if m.type == "place" and m.start == start), None)
    if place is None:
        return position
    possessive = _POSSESSIVE.match(text, place.end)
    if possessive is None or possessive.end() - start >= len(position):
        return position
    # ("Iran's then-president": what follows the possessive may open with a time word.)
    return _STOP_HEAD.sub("", position[possessive.end() - start :].lstrip())


def _posts_of_a_mid_pronoun(
    text: str, sentence: Sentence, people: list[Mention], last: Mention | None
) -> list[tuple[Mention, tuple[int, int, str]]]:
    """Appointments in a clause "… و او …" (or "…: او …") in the middle of a sentence: the
    pronoun's, that is the one person named before it in the sentence (or, if none and و joins
    the clause, before the sentence), up to the next name that is not in a phrase of the era
    ("در دولت Y")."""
    at, joined, posts = occupancy_fa.pronoun_posts(text, sentence.start, sentence.end)
    if not posts:
        return []
    before = {p.name or p.text for p in people if p.end <= at}
    owner = next((p for p in people if p.end <= at), None) if len(before) == 1 else None
    if not before and joined:
        owner = last
    after = [p for p in people if p.start > at and not occupancy_fa.in_an_era(text, p)]
    stop = after[0].start if after else sentence.end
    return [(owner, post) for post in posts if owner is not None and post[1] <= stop]


def _shared_posts(
    text: str, sentence: Sentence, people: list[Mention]
) -> list[tuple[Mention, tuple[int, int, str]]]:
    """A post in the plural after names joined by "and"/و ("X and Y, members of …"), given
    to each of the names."""
    held: list[tuple[Mention, tuple[int, int, str]]] = []
    run: list[Mention] = []
    for number, person in enumerate(people):
        run = (
            [*run, person]
            if run and _LISTED.fullmatch(text, run[-1].end, person.start)
            else [person]
        )
        if len(run) < 2 or not _AND.fullmatch(text, run[-2].end, person.start):
            continue
        stop = people[number + 1].start if number + 1 < len(people) else sentence.end
        subject = _OPENING.fullmatch(text, sentence.start, run[0].start) is not None
        posts = [
            *occupancy_en.shared_post(text, person.end, stop, subject),
            *occupancy_fa.shared_post(text, person.end, stop),
        ]
        # ("The two commanders, X and Y, …": the plural before the names, closed after them.)
        if _CLOSED.match(text, person.end):
            posts += [
                *occupancy_en_before.shared_post_before(text, sentence.start, run[0].start),
                *occupancy_fa_before.shared_post_before(text, sentence.start, run[0].start),
            ]
        held += [(named, post) for named in run for post in posts]
    return held


def _widest(
    held: list[tuple[Mention, tuple[int, int, str]]],
) -> list[tuple[Mention, tuple[int, int, str]]]:
    """Less a post read inside a longer one of the same person ("head" in "head of the
    judiciary"): two rules took the same words, one of them fewer."""
    return [
        (person, (start, end, raw))
        for person, (start, end, raw) in held
        if not any(
            other is person and s <= start and end <= e and e - s > end - start
            for other, (s, e, _) in held
        )
    ]


def _stop(text: str, people: list[Mention], number: int, sentence: Sentence) -> int:
    """Where the person's stretch of text ends: at the next person named, but one written in
    the possessive qualifies a post of this person's ("X had been Y's justice minister")."""
    return next(
        (p.start for p in people[number + 1 :] if not _POSSESSIVE.match(text, p.end)),
        sentence.end,
    )


# Words that open a post or its time, taken by the name rules for a third name: "X سمت
# دادستان را داشت"، "X هم‌اکنون دادستان است"، "X به‌عنوان سفیر منصوب شد".
_OPENS_A_POST_FA = frozenset({"سمت", "پست", "مقام", "منصب", "زمانی", "اکنون", "هم‌اکنون",
                              "به‌عنوان", "مسئولیت", "ریاست", "فرماندهی", "دادستانی", "وزارت",
                              "معاونت", "سرپرستی", "رهبری", "دبیرکلی", "استانداری", "فرمانداری",
                              "بعدها", "سپس", "قبلاً", "سابقاً", "پیش‌تر", "پیشتر"})  # fmt: skip


def _less_a_word_of_the_post(person: Mention) -> Mention:
    """The person's name less a last word that opens the post after it, or a first word that
    closes the rank before it ("سرتیپ دوم پاسدار X")."""
    first, _, rest = person.text.partition(" ")
    if rest and first == "پاسدار":
        name = rest if person.name in (None, person.text) else person.name
        person = replace(person, name=name, text=rest, start=person.end - len(rest))
    head, _, last = person.text.rpartition(" ")
    if not head or last not in _OPENS_A_POST_FA:
        return person
    name = head if person.name in (None, person.text) else person.name
    return replace(person, name=name, text=head, end=person.start + len(head))


def _without_aliases(text: str, people: list[Mention]) -> list[Mention]:
    """People less the second names given right after a name ("Kaing Guek Eav, alias Duch"):
    the post that follows belongs to the person first named; and less a body's noun taken for
    a name after a title ("قاضی شعبه …") or an era's ("دوران قاجار")."""
    return [
        person
        for number, person in enumerate(people)
        if (
            number == 0
            or not occupancy_en.ALIAS_BETWEEN.fullmatch(text, people[number - 1].end, person.start)
        )
        and not _A_BODY_NOT_A_NAME.match(person.text)
        and not _AN_ERA_NOT_A_NAME.match(person.text)
    ]


def _positions(
    text: str,
    sentence: Sentence,
    person: Mention,
    stop: int,
    bodies: list[Mention],
    following: Mention | None,
) -> list[tuple[int, int, str]]:
    """(start, end, position text) of each position the sentence gives `person`."""
    after = _after(text, person, stop, sentence, bodies, following)
    return [
        *after,
        *occupancy_en_before.before_name(text, sentence.start, person, stop),
        *occupancy_en_bodies.before_name(text, sentence.start, person, bodies),
        *occupancy_fa_before.without_address(
            occupancy_fa_before.before_name(text, sentence.start, person, bodies), after
        ),
    ]


def _after(
    text: str,
    person: Mention,
    stop: int,
    sentence: Sentence,
    bodies: list[Mention],
    following: Mention | None,
) -> list[tuple[int, int, str]]:
    return [
        *occupancy_en.after_name(text, person, stop, sentence.end, bodies),
        *occupancy_fa.after_name(text, person, stop, following),
    ]


def _occupancy(
    text: str,
    sentence: Sentence,
    person: Mention,
    start: int,
    end: int,
    position: str,
    mentions: list[Mention],
    dates: list[DateSpan],
) -> Occupancy:
    organization = next(
        (
            m.name or m.text
            for m in mentions
            if m.type in ("organization", "place") and start <= m.start and m.end <= end + 15
        ),
        None,
    )
    in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
    # The date of the post's own clause: after it with no comma between ("…, died in 2010" is
    # not), else the sentence's one date if it stands before the post ("In 1988, X, …").
    chosen = next((d for d in in_sentence if d.start >= end), None)
    if chosen and _CLAUSE_BREAK.search(text, end, chosen.start):
        chosen = None
    if chosen is None and len(in_sentence) == 1 and in_sentence[0].end <= start:
        chosen = in_sentence[0]
    earliest, latest = (chosen.earliest, chosen.latest) if chosen else (None, None)
    until = next((d for d in in_sentence if chosen and d.start >= chosen.end), None)
    if chosen and until and _DATE_TO.fullmatch(text, chosen.end, until.start):
        latest = until.latest
    return Occupancy(
        person.name or person.text,
        position,
        organization,
        earliest,
        latest,
        sentence.text,
        min(start, person.start),
        max(end, person.end),
    )
