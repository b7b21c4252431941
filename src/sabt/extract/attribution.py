"""Who asserts a figure: "according to X", "X said", "reported by X", quoted speech, به گفته.

sabt never states a count as a fact, so each count is tied to whoever the text says asserts
it. Cues are found once per text; a figure takes the cue of the quote it sits in, else the
nearest cue in its own clause, else the nearest in its sentence (`attribution_clause`). With no
cue the figure is the source's own (attributed_to null), which a reviewer reads as "the author
says so".
"""

import itertools
import re
from dataclasses import replace

from sabt.extract.attribution_after import (
    AFTER,
    AUTHORED,
    INVERTED,
    INVERTIBLE,
    OWN_VIEW,
    PRONOUN_OF,
    SENTENCE_TAIL,
)
from sabt.extract.attribution_agency import historical_record, in_phrase, remains, subject_party
from sabt.extract.attribution_author import author_body, report_writer, speaks_as_we
from sabt.extract.attribution_clause import CLAUSE_BREAK
from sabt.extract.attribution_clause import Cue as Cue
from sabt.extract.attribution_clause import attribute as attribute
from sabt.extract.attribution_court import court_cues
from sabt.extract.attribution_discourse import (
    FA_THIS_REPORT,
    FIRST_PERSON_ASSERT,
    REACH,
    body_that_spoke,
    earlier_party,
    interviewee,
    is_anaphor,
    is_first_person,
    person_referred,
    previous_sentence_start,
    self_introduced,
    sentence_start,
    speaks_in_first_person,
)
from sabt.extract.attribution_fa import (
    FA_STATED_IN,
    persian_subject,
    shared_subject,
)
from sabt.extract.attribution_party import (
    PERSIAN_LETTER,
    POSSESSIVE,
    POSSESSIVE_TOLL,
    VERB,
    WORD_END,
    antecedent,
    before_auxiliaries,
    party_in,
    possessor,
)
from sabt.extract.attribution_quotes import PERSON_PRONOUN, PRONOUNS
from sabt.extract.attribution_quotes import quote_speakers as quote_speakers
from sabt.extract.attribution_report import REPORT_REFERENCE, report_author
from sabt.extract.attribution_subject import (
    PASSIVE,
    apposed_person,
    apposition_after,
    before_modifier,
    end_of_subject,
    passive_agent,
    renamed,
    start_of_subject,
)
from sabt.extract.attribution_topic import (
    headline_party,
    list_lead,
    names,
    opened_by,
    sentence_from,
    they_opened_by,
)
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence

_CLAUSE_START = re.compile(
    # a spaced dash ends a dateline ("GENEVA, May 2 (Reuters) - The agency said …")
    r"[;“”\"«»؛:]|\s[-—–]\s|,\s*and\b|\b(?i:while|whereas|but|that)\b|\bو\b|"
    # که is a word of its own, not the end of ملکه or کودکه.
    rf"(?<![\u0600-\u06FF\u200c])که{WORD_END}|در حالی|"
    r"(?<![\u0600-\u06FF])(?:اما|ولی)\b"
)
# "GENEVA, May 2 (Reuters) - ": who filed the story is not the subject of its first sentence.
_DATELINE = re.compile(r"[^\n]{0,80}?\s[-—–]\s")
# "an estimated", "the reported", "a show trial": the verb is an adjective or noun, no source.
# "in its estimate", "their count": after a possessive it is a noun too.
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|our|my)\s+$", re.I)
# "61 people were reported killed", "was estimated at": a passive verb names no source here.
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:(?:never|not|also|later|first|\w+ly)\s+)?$", re.I
)
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
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who)\s+(?:also\s+|later\s+|then\s+)?$")
# "The report, released by X, says", "Figures compiled by X show": the publisher asserts.
_PUBLISHED_BY = re.compile(
    r"\b(?i:report|study|survey|findings|investigation|inquiry|review|audit|document|figure|"
    r"data|statistic|record|number|tall(?:y|ie)|count|estimate|list)s?\s*,?\s*"
    r"(?:(?:released|published|issued|compiled|prepared|produced|written|gathered|collected|"
    r"kept|obtained|provided|seen|reviewed|analy[sz]ed)\s+by|"
    # "Figures from the ministry show …" (a place's figures, "data from Syria", are no party)
    r"(?<=[sa]\s)from)\s+"
    r"(?P<y>[^,;:.]+?)(?=\s+(?:on|in|at|last|this|during)\b|\s*,|\s*$)"
)
_NOT_A_NAME_START = frozenset(
    ("In", "On", "At", "After", "Before", "By", "When", "While", "During", "Since", "Until",
     "From", "For", "Of", "The", "A", "An", "It", "They", "He", "She", "This", "That", "Later",
     "Earlier", "Meanwhile", "However", "Yesterday", "Today")
)  # fmt: skip
# "(PMOI) and (NCRI): …", "Witness 3: …": a line that opens with who is speaking.
_HEADER = re.compile(r"(?P<x>[^:.“”\"\n]{2,60}):\s")


_IT = re.compile(r"\s*(?:it|It)\s*$")
# A text's first word: a sentence with none before it opens the text. Searched, it stops at the
# text's first word, where copying all before each sentence would be quadratic over a long text.
_NOT_BLANK = re.compile(r"\S")
_SAME = re.compile(r"^(?:the\s+same|همین|همان)\s", re.I)
_PLURAL_PRONOUN = re.compile(r"^(?:they|them|آن‌ها|آنها)$", re.I)
# "X closed its inquiry after confirming the deaths of 1,803 people": a participle of a report
# verb after a conjunction has the sentence's subject as its own.
_PARTICIPLE = re.compile(
    r"\b(?:after|while|when|before|by)\s+(?:confirming|acknowledging|admitting|establishing|"
    r"documenting|recording|counting|reporting|estimating)\b|"
    # "Relatives dispute this, saying 40 were killed": what the subject says after its comma.
    r",\s*(?:saying|adding|claiming|insisting|noting|arguing|alleging|stating|estimating)\b"
)
# A clause with a comma or a dash of its own may open on a phrase, a time or a dateline.
_NOT_PLAIN = re.compile(r"[,:;(]|\s[-—–]\s")
# The capitalised noun phrase that opens a sentence: "Dorma's Office of the Prosecutor".
_OPENING_NAME = re.compile(
    r"(?:The\s+)?(?!(?:The|A|An|In|On|At|After|By|When|While|It|They|He|She|This|That)\b)"
    r"(?P<x>[A-Z][\w'’\-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w'’\-]*)*)"
)
# "The official Rwandan figure of 800,000": the figure is the one that party states officially.
_OFFICIAL = re.compile(
    r"\bofficial\s+(?:[A-Z][\w\-]+\s+){1,3}(?:figure|estimate|toll|count|tally)s?\b"
)


def find_cues(
    text: str, sentence: Sentence, mentions: MentionIndex, *, look_back: bool = True
) -> list[Cue]:
    """Attribution cues of one sentence (`look_back`: "they" may take the speaker of the
    sentence before)."""
    cues = []
    body = sentence.text
    header = _HEADER.match(body)
    if header:
        source = party_in(
            text, sentence.start, sentence.start + header.end("x"), mentions, named=True
        )
        if source:
            cues.append(Cue(sentence.start, source))
    spoken_of: list[int] = []  # "according to them" cues, read after the verbs are known
    after: list[tuple[int, int]] = []  # the phrases "according to" names
    for match in itertools.chain(AFTER.finditer(body), OWN_VIEW.finditer(body)):
        own = match.re is OWN_VIEW  # "in their own view", not "according to X"
        if not own:
            after.append(match.span("x"))
        x_start, x_end = sentence.start + match.start("x"), sentence.start + match.end("x")
        # "according to estimates by the commission": whose estimates they are.
        authored = AUTHORED.match(text, x_start, x_end)
        x_start = authored.end() if authored else x_start
        x_end = before_modifier(text, x_start, x_end)  # "the commission appointed by X"
        phrase = text[x_start:x_end]
        phrase = PRONOUN_OF.get(phrase.lower(), phrase) if own else phrase
        if historical_record(phrase):
            continue
        source = renamed(text, phrase, x_end, mentions)
        source = source or _referred(text, phrase, x_start, mentions, look_back)
        source = source or (phrase if own else party_in(text, x_start, x_end, mentions))
        if source and PERSON_PRONOUN.match(source):
            # "به گفته‌ی او", "according to her": the person named last before.
            source = person_referred(text, x_start, mentions) or source
        if _PLURAL_PRONOUN.match(phrase.strip()):
            spoken_of.append(len(cues))
            if look_back and source and _PLURAL_PRONOUN.match(source):
                source = _earlier_speaker(text, sentence, mentions) or they_opened_by(
                    text, x_start, mentions
                )
        if not (own and source and PRONOUNS.match(source) and not _PLURAL_PRONOUN.match(source)):
            cues.append(Cue(sentence.start + match.start(), source))
    # "بر پایه‌ی این گزارش …", "در گزارش X آمده است که …": what the report's body asserts.
    for match in itertools.chain(FA_THIS_REPORT.finditer(body), FA_STATED_IN.finditer(body)):
        group = "x" if match.group("x") else "this"
        at = sentence.start + match.start(group)
        source = _referred(text, match.group(group), at, mentions, look_back)
        if not source and group == "x" and match.re is FA_STATED_IN:
            source = party_in(text, at, sentence.start + match.end(group), mentions)
        if source:
            cues.append(Cue(sentence.start + match.start(), source))
    opening = _OPENING_NAME.match(body) if _PARTICIPLE.search(body) else None
    for match in _PARTICIPLE.finditer(body):
        opened = opening.group("x") if opening else None
        # "Police raided the offices of X, saying …": the subject of a plain clause says it.
        plain = not _NOT_PLAIN.search(body, 0, match.start())
        if not (opened and plain and match.group().startswith(",")):
            opened = (
                party_in(text, sentence.start, sentence.start + match.start(), mentions, named=True)
                or opened
            )
        source = opened
        if source:
            cues.append(Cue(sentence.start + match.start(), source, scoped=True))
    # "The tribunal sentenced 12 officers": the court asserts the count of its sentence.
    cues += [
        Cue(at, court, scoped=True, reach=reach)
        for at, court, reach in court_cues(text, sentence, mentions)
    ]
    for match in _OFFICIAL.finditer(body):
        cues.append(Cue(sentence.start + match.start(), match.group()))
    for match in itertools.chain(POSSESSIVE.finditer(body), POSSESSIVE_TOLL.finditer(body)):
        at = sentence.start + match.start()
        named = match.re is POSSESSIVE_TOLL
        source = possessor(text, sentence, at, mentions, named=named)
        if source:
            cues.append(Cue(at, antecedent(text, source, at, mentions) or source))
    for match in VERB.finditer(body):
        if in_phrase(match, after):  # "according to the surviving records of X"
            continue
        openers = list(_CLAUSE_START.finditer(body, 0, match.start()))
        clause_start = openers[-1].end() if openers else 0
        subject_end = match.start()
        if PERSIAN_LETTER.match(match.group()):
            clause_start, subject_end = persian_subject(body, openers, clause_start, subject_end)
            shared = shared_subject(body[:subject_end], openers, clause_start)
            if shared[0] >= 0:
                clause_start, subject_end = shared
                # The clause before و runs on into its object: only a name there is its subject.
                if not PERSON_PRONOUN.match(body[clause_start:subject_end]) and not party_in(
                    text, sentence.start + clause_start, sentence.start + subject_end,
                    mentions, named=True,
                ):  # fmt: skip
                    continue
        # "… were executed at S-21, the tribunal found.": a verb that ends the sentence has
        # its source after the last comma.
        comma = body.rfind(",", clause_start, match.start())
        if comma >= 0 and SENTENCE_TAIL.match(body, match.end()):
            clause_start = comma + 1
        # "figures published by X": the party comes after, as with "reported by"; "a trial that
        # observers described as a show trial" characterises the noun before "that".
        if PASSIVE.match(body, match.end()) or _DESCRIBED_AS.match(body, match.start()):
            agent = passive_agent(body, match)
            if agent:
                x_start, x_end = sentence.start + agent[0], sentence.start + agent[1]
                source = _referred(text, body[agent[0] : agent[1]], x_start, mentions, look_back)
                source = source or party_in(text, x_start, x_end, mentions)
                if source:
                    cues.append(Cue(sentence.start + match.start(), source, scoped=True))
            continue
        inverted = (
            INVERTED.match(body, match.end())
            if body[: match.start()].rstrip().endswith(",") and INVERTIBLE.fullmatch(match.group())
            else None
        )
        if inverted:
            x_start, x_end = (
                sentence.start + inverted.start("x"),
                sentence.start + inverted.end("x"),
            )
            source = antecedent(text, inverted.group("x"), x_start, mentions) or party_in(
                text, x_start, x_end, mentions
            )
            cues.append(Cue(sentence.start + match.start(), source, scoped=True))
            continue
        if (
            match.start() - clause_start < 2
            or _ARTICLE_BEFORE.search(body, 0, match.start())
            or _AUXILIARY_BEFORE.search(body, 0, match.start())
        ):
            continue
        x_start, x_end = sentence.start + clause_start, sentence.start + subject_end
        # "…, disputed by the army, which put the toll at 40": "which" stands for the noun before.
        relative = _RELATIVE_SUBJECT.search(text, x_start, x_end)
        if relative:
            noun_before = possessor(text, sentence, relative.start(), mentions)
            if noun_before:
                cues.append(Cue(sentence.start + match.start(), noun_before, scoped=True))
                continue
        # "A panel examining the killings said", "it had confirmed … and identified": the
        # words after a participle or an earlier verb are no part of the subject.
        x_end = end_of_subject(text, x_start, x_end)
        clause_x_start, x_start = x_start, start_of_subject(text, x_start, x_end)
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
        x_end = before_auxiliaries(text, x_start, x_end)
        # "Amnesty, in a report that it published in 2018, estimated that …": when the clause
        # before the verb names nobody, the sentence's subject (its first party) is the source;
        # but a clause with a capitalised name of its own keeps it ("…, while Foo Watch
        # estimates" is Foo Watch's even if no rule knew the name).
        words = party_in(text, x_start, x_end, mentions)
        source = subject_party(text, x_start, x_end, mentions, cues, sentence.start)
        # "این نهاد …" opens with a demonstrative: a name rule's "نهاد …" is no name of its own.
        referred = _referred(text, text[x_start:x_end], x_start, mentions, look_back)
        # "The ministry said 50 died. It said the barrack held 193.": "it" speaking again is
        # the body that spoke last, not one named inside what that body said.
        if look_back and _IT.match(text, x_start, x_end):
            # "The inquiry heard 200 witnesses. It concluded …": the body that sentence opened on.
            spoke = _earlier_body(text, sentence, mentions) or opened_by(text, x_start, state=True)
            referred = spoke or referred or opened_by(text, x_start)
        # "…, while several historians put the toll …": after a clause break the clause has a
        # subject of its own, and the sentence's subject is not it.
        # A subject found after a fronted phrase is the subject, whether named or not.
        if (
            source is None
            and x_start == clause_x_start
            and not (words and any(ch.isupper() for ch in words))
        ):
            opened = [m.end() for m in CLAUSE_BREAK.finditer(body, 0, clause_start)]
            dateline = _DATELINE.match(body, 0, clause_start)
            opened.insert(0, dateline.end() if dateline else 0)
            subject_start = sentence.start + max(opened)
            source = subject_party(text, subject_start, x_end, mentions)
        # "The centre's director, Ana Ruiz, said …": a person named in the subject speaks, not
        # the body a description of her refers to.
        person = source and any(m.type == "person" for m in mentions.within(x_start, x_end))
        named_source = source if person else referred or source
        if remains(match) and not (source or is_anaphor(text[x_start:x_end].strip())):
            continue
        source = named_source or words
        if source and PERSON_PRONOUN.match(source):
            # "He said he was taken …": the last person named before.
            source = named_source = person_referred(text, x_start, mentions)
        # A long run of words is no subject; a name is one however long it is.
        short = source is not None and (source == named_source or len(source.split()) <= 8)
        if look_back and source and _PLURAL_PRONOUN.match(source):
            source = _earlier_speaker(text, sentence, mentions) or they_opened_by(
                text, x_start, mentions
            )
        # "The report also documents …", "Researchers recorded …": the report's author.
        if REPORT_REFERENCE.match(text[x_start:x_end].strip()):
            source = report_author(text, x_start, mentions) or source
        if source and short and not PRONOUNS.match(source):
            cues.append(Cue(sentence.start + match.start(), source, scoped=True, aside=aside))
    _within_speech(cues, spoken_of)
    if look_back and not _NOT_BLANK.search(text, 0, sentence.start):
        cues = [
            replace(c, source=headline_party(text, sentence, c.source, mentions, _find_earlier))
            for c in cues
        ]
    if not look_back:
        return cues
    cues = _first_person(text, sentence, cues, mentions)
    # "We documented 40 cases" with no witness speaking: the body whose report the text is.
    cues = [
        replace(c, source=author_body(text, sentence.start, mentions))
        if speaks_as_we(c.source)
        else c
        for c in cues
    ]
    # An item of a list is its lead line's; in a report, what no one else asserts its authors do.
    writer = None if cues else list_lead(text, sentence.start, mentions, _find_earlier)
    writer = writer or (None if cues else report_writer(text, sentence.start, mentions))
    return [Cue(sentence.start, writer)] if writer else cues


def _within_speech(cues: list[Cue], pronouns: list[int]) -> None:
    """ "X told the BBC that by their estimate 300 …": a pronoun inside X's reported speech
    is X (or those X speaks for), not the medium X spoke to."""
    for index in pronouns:
        pronoun = cues[index]
        speakers = [c for c in cues if c.scoped and c.at < pronoun.at and c.source]
        if speakers:
            speaker = max(speakers, key=lambda c: c.at)
            cues[index] = Cue(pronoun.at, speaker.source, pronoun.scoped, pronoun.reach)


def _find_earlier(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    return find_cues(text, sentence, mentions, look_back=False)


def _referred(
    text: str, phrase: str, at: int, mentions: MentionIndex, look_back: bool
) -> str | None:
    """What a phrase referring back names: the organisation named last that fits, else (for a
    noun phrase: "this body", "این نهاد") the party that last asserted something before."""
    if not look_back or len(phrase.split()) < 2 or not is_anaphor(phrase, generic=True):
        return antecedent(text, phrase, at, mentions)
    # "به گفته‌ی همین سازمان", "the same group": the party that last asserted, not a body
    # named since in passing ("…'s police chief denied it").
    if _SAME.match(phrase):
        return earlier_party(text, at, mentions, _find_earlier) or antecedent(
            text, phrase, at, mentions
        )
    # "According to the memory project, 3,000 were held. The group added …": the body that
    # spoke in the sentence before, not one named there in passing ("ITN reporters filmed").
    found = body_that_spoke(text, at, mentions, _find_earlier)
    found = found or antecedent(text, phrase, at, mentions)
    if not found:
        return earlier_party(text, at, mentions, _find_earlier)
    # "According to this report, five members of the Foo Council were taken …. This body
    # says …": a body named inside what another party asserts is not what "this body" means.
    named = [m for m in mentions.within(max(0, at - REACH), at) if names(m, found)]
    if not named:
        return found
    held, _ = sentence_from(text, sentence_start(text, named[-1].start), named[-1].end)
    others = [
        c.source for c in _find_earlier(text, held, mentions) if c.source and c.source != found
    ]
    return others[-1] if others and not is_anaphor(others[-1]) else found


def _first_person(
    text: str, sentence: Sentence, cues: list[Cue], mentions: MentionIndex
) -> list[Cue]:
    """A witness speaking in the first person ("I counted 12", "in our street they killed 37")
    asserts the figures: the person who last spoke before, named in the text."""
    if not speaks_in_first_person(sentence):
        return cues
    # A witness the text introduced (interviewed, or testifying in her own name) is "we" too.
    interviewed = interviewee(text, sentence.start, mentions) or self_introduced(
        text, sentence.start, mentions
    )
    speaker = interviewed or earlier_party(
        text, sentence.start, mentions, _find_earlier, person=True
    )
    if not speaker:
        return cues
    if not cues:
        return [Cue(sentence.start, speaker)]
    cues += [
        Cue(sentence.start + m.end(), speaker) for m in FIRST_PERSON_ASSERT.finditer(sentence.text)
    ]
    # "We documented 40 cases" in a report is its authors' count, not the last witness's.
    return [
        Cue(c.at, speaker, c.scoped) if is_first_person(c.source, singular=not interviewed) else c
        for c in cues
    ]


def _earlier_body(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """The speaker of the sentence before, when no person: what "it" is that speaks again."""
    speaker = _earlier_speaker(text, sentence, mentions)
    # "M. Ana Ruiz" named, "Ana Ruiz" speaking: a person by any of her name's words.
    people = mentions.within(max(0, sentence.start - REACH), sentence.start)
    words = [set(f"{m.name or ''} {m.text}".split()) for m in people if m.type == "person"]
    return None if not speaker or any(set(speaker.split()) <= w for w in words) else speaker


def _earlier_speaker(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """Who "they" are: the party of the last verb cue in the sentence before ("Officials said
    the attack was planned. They said 45 people had died.")."""
    start = previous_sentence_start(text, sentence.start)
    if start >= sentence.start:
        return None
    before = Sentence(start, sentence.start, text[start : sentence.start])
    spoken = [c for c in find_cues(text, before, mentions, look_back=False) if c.scoped]
    return spoken[-1].source if spoken else None
