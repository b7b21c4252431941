"""Where the subject of a reporting verb lies ("The commission, chaired by X, found …").

`attribution.find_cues` reads who speaks at each verb; this module only narrows the words
before the verb to its subject: the clause the verb opens, less fronted phrases, appositions,
the addressee and the adverbs before it. What that subject refers to is `find_cues`'s to read.
"""

import re

from sabt.extract.attribution_after import INVERTED, INVERTIBLE, SENTENCE_TAIL
from sabt.extract.attribution_agency import subject_party
from sabt.extract.attribution_candidate import before_figure, is_party
from sabt.extract.attribution_clause import CLAUSE_BREAK
from sabt.extract.attribution_fa import persian_subject, shared_subject
from sabt.extract.attribution_party import (
    PERSIAN_LETTER,
    THE_TIME,
    before_auxiliaries,
    party_in,
    possessor,
)
from sabt.extract.attribution_quotes import PERSON_PRONOUN
from sabt.extract.attribution_subject import (
    PASSIVE,
    apposed_person,
    apposition_after,
    end_of_subject,
    start_of_subject,
)
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

_CLAUSE_START = re.compile(
    # a spaced dash ends a dateline ("GENEVA, May 2 (Reuters) - The agency said …")
    r"[;“”\"«»؛:]|\s[-—–]\s|,\s*and\b|\b(?i:while|whereas|but|that)\b|\bو\b|"
    # که is a word of its own, not the end of ملکه or کودکه.
    rf"{NOT_AFTER_PERSIAN}که{WORD_END}|در حالی|"
    r"(?<![\u0600-\u06FF])(?:اما|ولی)\b"
)
# "GENEVA, May 2 (Reuters) - ": who filed the story is not the subject of its first sentence.
_DATELINE = re.compile(r"[^\n]{0,80}?\s[-—–]\s")
# "an estimated", "the reported", "a show trial": the verb is an adjective or noun, no source.
# "in its estimate", "their count": after a possessive it is a noun too.
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|our|my)\s+$", re.I)
# "61 people were reported killed", "was estimated at", "those who could be found": a passive
# verb names no source here.
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:never|not|also|later|first|\w+ly)\s+)?$", re.I
)
# "، از جمله …،", "، شامل …،": a phrase set in a counted phrase to say whom it includes.
_INSERTED = re.compile(r"[،,]\s*(?:از\s+جمله|شامل|به‌ویژه|یعنی)\s[^،,]*[،,]")
_FA_ADDRESSEE = re.compile(r"\s+به\s+[\u0600-\u06ff\u200c]+(?:\s+[\u0600-\u06ff\u200c]+)?\s*$")
_DESCRIBED_AS = re.compile(r"describ(?:ed|es)\s+as\b(?!\s+(?:many|much|few|high|low)\b)")
# "The Commission, chaired by the writer X, documented …", "Y, whose son was taken, said …":
# whoever the apposition names is not the subject of the verb.
_APPOSITION = re.compile(
    r",\s*(?:(?:chaired|led|headed|founded|run|directed|commanded|created|set\s+up|"
    r"established|backed|funded)\s+by|who|whose|which|"
    # "A police officer, speaking on condition of anonymity, said …"
    r"speaking|citing|quoting|writing|interviewed|contacted|reached)\b[^,;]*"
)
_NAME_THEN_ROLE = re.compile(
    r"\s*(?P<head>[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|al-\w+|de|van|von|bin|ibn)){0,4})"
    r"\s*,\s*(?:(?:a|an|the|his|her|its|their)\s+)?[a-z][^,;:]*,\s*$"
)
# "Elders spoke of 30 dead, and said dozens were arrested": a verb right after ", and" has no
# subject of its own; it shares the subject of the verb before it.
_AND_BEFORE = re.compile(r",\s*and\s+$")
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who)\s+(?:also\s+|later\s+|then\s+)?$")
# "The report, released by X, says", "Figures compiled by X show": the publisher asserts.
_PUBLISHED_BY = re.compile(
    r"\b(?i:report|study|survey|findings|investigation|inquiry|review|audit|document|figure|"
    r"data|statistic|record|number|tall(?:y|ie)|count|estimate|list)s?\s*,?\s*"
    r"(?:(?:released|published|issued|compiled|prepared|produced|written|gathered|collected|"
    r"kept|obtained|provided|seen|reviewed|analy[sz]ed)\s+by|"
    # "Figures from the ministry show …" (a place's figures, "data from Syria", are no party)
    # ("reports from the time said" are of an era, not of a body that issued them)
    rf"(?<=[sa]\s)from(?!\s+{THE_TIME}))\s+"
    r"(?P<y>[^,;:.]+?)(?=\s+(?:on|in|at|last|this|during)\b|\s*,|\s*$)"
)
_NOT_A_NAME_START = frozenset(
    ("In", "On", "At", "After", "Before", "By", "When", "While", "During", "Since", "Until",
     "From", "For", "Of", "The", "A", "An", "It", "They", "He", "She", "This", "That", "Later",
     "Earlier", "Meanwhile", "However", "Yesterday", "Today")
)  # fmt: skip


def verb_clause(
    text: str, sentence: Sentence, verb: re.Match[str], mentions: MentionIndex
) -> tuple[int, int] | None:
    """Where the verb's clause starts and its subject ends, in the sentence's own offsets;
    None when a Persian verb shares a subject that names nobody."""
    body = sentence.text
    openers = list(_CLAUSE_START.finditer(body, 0, verb.start()))
    clause_start = openers[-1].end() if openers else 0
    subject_end = verb.start()
    if PERSIAN_LETTER.match(verb.group()):
        clause_start, subject_end = persian_subject(body, openers, clause_start, subject_end)
        clause_start = _after_fronted_phrase(body, clause_start, subject_end)
        shared = shared_subject(body[:subject_end], openers, clause_start)
        if shared[0] >= 0:
            clause_start, subject_end = shared
            # The clause before و runs on into its object: only a name there is its subject.
            if not PERSON_PRONOUN.match(body[clause_start:subject_end]) and not party_in(
                text, sentence.start + clause_start, sentence.start + subject_end,
                mentions, named=True,
            ):  # fmt: skip
                return None
        # "دادستان بازداشت ۴۰ عضو حزب X را تأیید کرد": the object and its figure stand between
        # the subject and the verb; the subject ends where the counted phrase begins (after a
        # fronted phrase's comma: "پس از دو روز، …" is no counted phrase).
        comma = _fronting_comma(body, clause_start, subject_end)
        counted = comma + 1 if comma >= 0 else clause_start
        subject_end = counted + before_figure(body[counted:subject_end])
    # "… were executed at S-21, the tribunal found.": a verb that ends the sentence has
    # its source after the last comma.
    comma = body.rfind(",", clause_start, verb.start())
    if comma >= 0 and SENTENCE_TAIL.match(body, verb.end()):
        clause_start = comma + 1
    return clause_start, subject_end


def _after_fronted_phrase(body: str, start: int, end: int) -> int:
    """ "چند روز بعد، X در نامه‌ای نوشت": a Persian clause that opens on a phrase of time or
    place and its comma has its subject after the comma; a name before a comma ("X، سخنگوی Y،
    گفت") is the subject itself, and stays."""
    comma = body.find("،", start, end)
    if comma < 0 or is_party(body[start:comma]):
        return start
    return comma + 1


def _fronting_comma(body: str, start: int, end: int) -> int:
    """The last comma of body[start:end] that may close a fronted phrase (-1 when none): not
    one of an inserted "including" phrase, which is part of the counted phrase ("مرگ سه نفر،
    از جمله یک مأمور پلیس، را تأیید کرد")."""
    inserted = [m.span() for m in _INSERTED.finditer(body, start, end)]
    commas = [
        at
        for at in range(start, end)
        if body[at] in "،," and not any(a <= at < b for a, b in inserted)
    ]
    return commas[-1] if commas else -1


def is_passive(body: str, verb: re.Match[str]) -> bool:
    """ "figures published by X": the party comes after, as with "reported by"; "a trial that
    observers described as a show trial" characterises the noun before "that"."""
    return bool(PASSIVE.match(body, verb.end()) or _DESCRIBED_AS.match(body, verb.start()))


def inverted(body: str, verb: re.Match[str]) -> re.Match[str] | None:
    """ "…, said the ministry": the subject after its verb."""
    if body[: verb.start()].rstrip().endswith(",") and INVERTIBLE.fullmatch(verb.group()):
        return INVERTED.match(body, verb.end())
    return None


def no_subject(body: str, clause_start: int, verb: re.Match[str]) -> bool:
    """A verb with no words before it in its clause, or one used as an adjective or passive."""
    return bool(
        verb.start() - clause_start < 2
        or _ARTICLE_BEFORE.search(body, 0, verb.start())
        or _AUXILIARY_BEFORE.search(body, 0, verb.start())
    )


def shares_subject(body: str, verb: re.Match[str]) -> bool:
    """A verb joined by ", and" to the verb before it, with no subject between them."""
    return bool(_AND_BEFORE.search(body, 0, verb.start()))


def relative_antecedent(
    text: str, sentence: Sentence, start: int, end: int, mentions: MentionIndex
) -> str | None:
    """ "…, disputed by the army, which put the toll at 40": "which" stands for the noun before."""
    relative = _RELATIVE_SUBJECT.search(text, start, end)
    return possessor(text, sentence, relative.start(), mentions) if relative else None


def subject_words(
    text: str, start: int, end: int, mentions: MentionIndex
) -> tuple[int, int, tuple[int, int] | None]:
    """The subject's span within the clause text[start:end] before its verb, and the span of an
    apposition beside it whose figures are the author's."""
    # "A panel examining the killings said", "it had confirmed … and identified": the
    # words after a participle or an earlier verb are no part of the subject.
    x_end = end_of_subject(text, start, end)
    x_start = start_of_subject(text, start, x_end)
    apposition = _APPOSITION.search(text, x_start, x_end)
    aside = None
    # "The tribunal, which sat for four years, found …": the noun before it, named or not.
    if apposition and text[x_start : apposition.start()].strip():
        aside = (apposition.start(), x_end)
        x_end = apposition.start()
    # "The X Commission, a body headed by Y, estimated …" (but "The survey, published by Z on
    # Friday, says …" is the publisher's, below).
    elif (
        not _PUBLISHED_BY.search(text, x_start, x_end)
        and (described := apposition_after(text, x_start, x_end)) is not None
    ):
        if apposed_person(text, described, x_end, mentions):
            x_start = described + 1
        else:
            aside, x_end = (described, x_end), described
    # "Ana Ruiz, spokeswoman for the Foo Commission, told reporters …": the name before
    # an apposition of role is the subject, not the body the role names.
    head = _NAME_THEN_ROLE.match(text, x_start, x_end)
    if head and head.group("head").split()[0] not in _NOT_A_NAME_START:
        x_end = head.end("head")
    # "The report, released by the commission in May, says …": its publisher says so.
    publisher = _PUBLISHED_BY.search(text, x_start, x_end)
    if publisher and not any(
        m.type == "place" for m in mentions.within(publisher.start("y"), publisher.end("y"))
    ):
        x_start, x_end = publisher.start("y"), publisher.end("y")
    # "یک زندانی سابق به بی‌بی‌سی گفت": whom it was told to stands before a Persian verb.
    addressee = _FA_ADDRESSEE.search(text, x_start, x_end)
    if addressee and addressee.start() > x_start:
        x_end = addressee.start()
    # "It also recorded …", "The group has since said …": the subject before its adverbs.
    return x_start, before_auxiliaries(text, x_start, x_end), aside


def sentence_subject(
    text: str, sentence: Sentence, clause_start: int, end: int, mentions: MentionIndex
) -> str | None:
    """The party the sentence opens on, after any dateline, from the last clause break before
    `clause_start` (a sentence offset) up to `end` (a text offset)."""
    body = sentence.text
    opened = [m.end() for m in CLAUSE_BREAK.finditer(body, 0, clause_start)]
    dateline = _DATELINE.match(body, 0, clause_start)
    opened.insert(0, dateline.end() if dateline else 0)
    return subject_party(text, sentence.start + max(opened), end, mentions)
