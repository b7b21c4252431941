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

from sabt.extract.attribution_accepted import accepted_toll_cues
from sabt.extract.attribution_after import (
    AFTER,
    AUTHORED,
    BY_FIGURES,
    FA_BY_AGENT,
    OWN_VIEW,
    PRONOUN_OF,
)
from sabt.extract.attribution_agency import (
    examiners,
    historical_record,
    in_phrase,
    remains,
    subject_party,
)
from sabt.extract.attribution_author import (
    author_body,
    our_body,
    our_body_named,
    our_people,
    report_writer,
    self_introduced_body,
    signatories_body,
    signing_body,
    speaks_as_we,
)
from sabt.extract.attribution_bench import bench_court
from sabt.extract.attribution_candidate import (
    after_fronted,
    before_figure,
    is_party,
    opens_with_figure,
    stands_as_party,
)
from sabt.extract.attribution_clause import CLAUSE_BREAK
from sabt.extract.attribution_clause import Cue as Cue
from sabt.extract.attribution_clause import attribute as attribute
from sabt.extract.attribution_court import court_cues, earlier_court, reported_verdicts
from sabt.extract.attribution_description import named_for
from sabt.extract.attribution_discourse import (
    FA_THIS_REPORT,
    FIRST_PERSON_ASSERT,
    NAMED_ANAPHOR,
    REACH,
    body_that_spoke,
    earlier_party,
    interviewee,
    is_anaphor,
    is_first_person,
    person_referred,
    plural_body,
    previous_sentence_start,
    self_introduced,
    sentence_start,
    speaks_in_first_person,
)
from sabt.extract.attribution_documents_fa import document_cues
from sabt.extract.attribution_fa import FA_STATED_IN
from sabt.extract.attribution_maker_fa import WE_MADE, maker_cues
from sabt.extract.attribution_participle import participle_cues
from sabt.extract.attribution_party import (
    PERSIAN_LETTER,
    POSSESSIVE,
    POSSESSIVE_TOLL,
    VERB,
    antecedent,
    party_in,
    possessor,
)
from sabt.extract.attribution_quotes import PERSON_PRONOUN, PRONOUNS
from sabt.extract.attribution_quotes import quote_speakers as quote_speakers
from sabt.extract.attribution_report import REPORT_REFERENCE, report_author
from sabt.extract.attribution_subject import before_modifier, passive_agent, renamed
from sabt.extract.attribution_topic import (
    headline_party,
    list_lead,
    names,
    opened_by,
    sentence_from,
    they_opened_by,
)
from sabt.extract.attribution_verb import (
    inverted,
    is_passive,
    no_subject,
    relative_antecedent,
    sentence_subject,
    shares_subject,
    subject_words,
    verb_clause,
)
from sabt.extract.attribution_verdict_fa import verdict_cues
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN

# "(PMOI) and (NCRI): …", "Witness 3: …": a line that opens with who is speaking.
_HEADER = re.compile(r"(?P<x>[^:.“”\"\n]{2,60}):\s")
# How far before a clause's start the verb that closes the clause before it may begin.
_VERB_BEFORE = 40
_IT = re.compile(r"\s*(?:it|It)\s*$")
# "… خبر داد و": و right after a Persian verb of asserting opens a clause of its own (and not
# the و between two nouns, "خانه‌ها و مسجدها").
# "…، و برخی روزنامه‌نگاران … برآورد کرده‌اند": و after a comma opens a clause of its own
# too, whatever verb closed the one before.
_AND_AFTER_VERB = re.compile(rf"(?:(?:{VERB.pattern})\s+|[،,]\s*)و\s*\Z")
# A plural of people or bodies (گروه‌های فعال، فعالان محلی، مسئولین), not "یک بار" (once).
_FA_PLURAL = re.compile(r"^\S+(?:‌ها|‌های|ان|ین)$")
# A text's first word: a sentence with none before it opens the text. Searched, it stops at the
# text's first word, where copying all before each sentence would be quadratic over a long text.
_NOT_BLANK = re.compile(r"\S")
_SAME = re.compile(r"^(?:the\s+same|همین|همان)\s", re.I)
_PLURAL_PRONOUN = re.compile(r"^(?:they|them|آن‌ها|آنها)$", re.I)
# "Two groups said that they had received reports of 14 …": "they" opening a subject.
_THEY = re.compile(r"\s*(?:they|They)\b")
# "The official Rwandan figure of 800,000": the figure is the one that party states officially.
_OFFICIAL = re.compile(
    r"\bofficial\s+(?:[A-Z][\w\-]+\s+){1,3}(?:figure|estimate|toll|count|tally)s?\b"
)


def find_cues(
    text: str, sentence: Sentence, mentions: MentionIndex, *, look_back: bool = True
) -> list[Cue]:
    """Attribution cues of one sentence (`look_back`: "they" may take the speaker of the
    sentence before)."""
    cues = _header_cues(text, sentence, mentions)
    after, spoken_of = _according_cues(text, sentence, mentions, look_back, cues)
    cues += _report_body_cues(text, sentence, mentions, look_back)
    cues += document_cues(sentence)
    cues += verdict_cues(text, sentence, mentions)
    made, made_spans = maker_cues(text, sentence, mentions)
    cues += participle_cues(text, sentence, mentions)
    cues += accepted_toll_cues(text, sentence, mentions)
    # "The tribunal sentenced 12 officers": the court asserts the count of its sentence.
    verdicts = court_cues(text, sentence, mentions)
    cues += [Cue(v.at, v.court, scoped=True, reach=v.reach) for v in verdicts]
    cues += [Cue(sentence.start + m.start(), m.group()) for m in _OFFICIAL.finditer(sentence.text)]
    cues += _possessive_cues(text, sentence, mentions)
    for match in VERB.finditer(sentence.text):
        if in_phrase(match, after):  # "according to the surviving records of X"
            continue
        if any(start <= match.start() < end for start, end in made_spans):
            continue  # "بر پایه‌ی گزارشی که X منتشر کرد": the relative clause's verb
        cue = _verb_cue(text, sentence, match, mentions, cues, look_back)
        if cue:
            cues.append(cue)
    _within_speech(cues, spoken_of)
    # "بر پایه‌ی گزارشی که X منتشر کرد": the maker, not the relative clause "according to" names.
    made_at = {sentence.start + start for start, _ in made_spans}
    cues = [c for c in cues if c.at not in made_at] + made
    # "بنا بر فهرستی که X گردآوری کرده‌اند، این دادگاه … محکوم کرد": the maker reports it too.
    cues = reported_verdicts(text, sentence, cues, verdicts)
    # A party no rule could read ("از", "یک سال", "خودِ او" with no one before): the next cue's.
    cues = [c for c in cues if c.source is None or stands_as_party(c.source)]
    cues = [
        replace(c, source=_named_source(text, c.at, c.source, mentions)) if c.source else c
        for c in cues
    ]
    if look_back and not _NOT_BLANK.search(text, 0, sentence.start):
        cues = [
            replace(c, source=headline_party(text, sentence, c.source, mentions, _find_earlier))
            for c in cues
        ]
    if not look_back:
        return cues
    return _looking_back(text, sentence, cues, mentions)


def _header_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    """ "(PMOI) and (NCRI): …", "Witness 3: …": the party a line opens on."""
    header = _HEADER.match(sentence.text)
    if not header:
        return []
    source = party_in(text, sentence.start, sentence.start + header.end("x"), mentions, named=True)
    return [Cue(sentence.start, source)] if source else []


def _according_cues(
    text: str, sentence: Sentence, mentions: MentionIndex, look_back: bool, cues: list[Cue]
) -> tuple[list[tuple[int, int]], list[int]]:
    """Adds the cues of "according to X", "by X's figures" and "in their own view" to `cues`;
    returns the spans of the phrases "according to" names and the indexes of the cues of
    "according to them", read after the verbs are known."""
    body = sentence.text
    spoken_of: list[int] = []
    after: list[tuple[int, int]] = []
    for match in itertools.chain(
        AFTER.finditer(body),
        FA_BY_AGENT.finditer(body),
        OWN_VIEW.finditer(body),
        BY_FIGURES.finditer(body),
    ):
        own = match.re is OWN_VIEW  # "in their own view", not "according to X"
        if match.re is BY_FIGURES:
            # "By police figures quoted in the report, …": the participle is the phrase's.
            closed = body.find(",", match.end())
            after.append((match.start("x"), closed if closed >= 0 else len(body)))
        elif not own:
            after.append(match.span("x"))
        x_start, x_end = sentence.start + match.start("x"), sentence.start + match.end("x")
        # "according to estimates by the commission": whose estimates they are.
        authored = AUTHORED.match(text, x_start, x_end)
        x_start = authored.end() if authored else x_start
        x_end = before_modifier(text, x_start, x_end)  # "the commission appointed by X"
        if not own:  # "به گفته‌ی پلیس سه مأمور نیروی انتظامی …": the officers are counted
            x_end = x_start + before_figure(text[x_start:x_end])
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
    return after, spoken_of


def _report_body_cues(
    text: str, sentence: Sentence, mentions: MentionIndex, look_back: bool
) -> list[Cue]:
    """ "بر پایه‌ی این گزارش …", "در گزارش X آمده است که …": what the report's body asserts."""
    cues = []
    body = sentence.text
    for match in itertools.chain(FA_THIS_REPORT.finditer(body), FA_STATED_IN.finditer(body)):
        group = "x" if match.group("x") else "this"
        at = sentence.start + match.start(group)
        source = _referred(text, match.group(group), at, mentions, look_back)
        if not source and look_back and _SAME.match(match.group(group)):
            # "بنا بر همین آمار رسمی": the same figures, those of the party that gave some last.
            source = earlier_party(text, at, mentions, _find_earlier)
        if not source and group == "x" and match.re is FA_STATED_IN:
            source = party_in(text, at, sentence.start + match.end(group), mentions)
        if source and PERSON_PRONOUN.match(source):
            # "در خلاصه‌ی گزارش او آمده است": the report of the person named last before.
            source = person_referred(text, at, mentions)
        if source:
            cues.append(Cue(sentence.start + match.start(), source))
    return cues


def _possessive_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Cue]:
    """ "the ministry's figures", "X's death toll": the possessor asserts them."""
    cues = []
    body = sentence.text
    for match in itertools.chain(POSSESSIVE.finditer(body), POSSESSIVE_TOLL.finditer(body)):
        at = sentence.start + match.start()
        named = match.re is POSSESSIVE_TOLL
        source = possessor(text, sentence, at, mentions, named=named)
        if source:
            cues.append(Cue(at, antecedent(text, source, at, mentions) or source))
    return cues


def _named_source(text: str, at: int, source: str, mentions: MentionIndex) -> str:
    """The body a cue's party names: "A commission of enquiry into the raid concluded …" is the
    body the text names so; "A three-judge chamber ruled that …", "The bench of Justice X found
    …" the court named before."""
    source = named_for(source, len(text), mentions) or source
    return bench_court(text, at, source, mentions) or source


def _verb_cue(
    text: str,
    sentence: Sentence,
    match: re.Match[str],
    mentions: MentionIndex,
    cues: list[Cue],
    look_back: bool,
) -> Cue | None:
    """The cue of one reporting verb: its agent, its subject after it, or before it."""
    body = sentence.text
    at = sentence.start + match.start()
    clause = verb_clause(text, sentence, match, mentions)
    if clause is None:
        return None
    clause_start, subject_end = clause
    if is_passive(body, match):
        agent = passive_agent(body, match)
        if not agent:
            return None
        x_start, x_end = sentence.start + agent[0], sentence.start + agent[1]
        source = _referred(text, body[agent[0] : agent[1]], x_start, mentions, look_back)
        source = source or party_in(text, x_start, x_end, mentions)
        return Cue(at, source, scoped=True) if source else None
    after = inverted(body, match)
    # "Ana Ruiz, a teacher, said four members of her family …": the words after the verb are
    # what she said, not a speaker put after it; in "X, a local group, said last week, before
    # the vote, that …" they say when, and the speaker is the subject before the verb.
    if after and not opens_with_figure(after.group("x")) and is_party(after.group("x")):
        x_start, x_end = sentence.start + after.start("x"), sentence.start + after.end("x")
        source = antecedent(text, after.group("x"), x_start, mentions) or party_in(
            text, x_start, x_end, mentions
        )
        return Cue(at, source, scoped=True)
    # "فهرستی که ما … گردآوری کرده‌ایم، …": a verb in the first person plural has "we" for its
    # subject, whatever noun a relative clause hangs on.
    if WE_MADE.search(match.group()):
        return Cue(at, "ما", scoped=True)
    if no_subject(body, clause_start, match):
        return _shared_subject(sentence, match, cues)
    clause_x_start, clause_x_end = sentence.start + clause_start, sentence.start + subject_end
    noun_before = relative_antecedent(text, sentence, clause_x_start, clause_x_end, mentions)
    if noun_before:
        return Cue(at, noun_before, scoped=True)
    x_start, x_end, aside = subject_words(text, clause_x_start, clause_x_end, mentions)
    clause = (clause_x_start, clause_start)
    source = _subject_source(
        text, sentence, match, mentions, clause, (x_start, x_end), cues, look_back
    )
    return Cue(at, source, scoped=True, aside=aside) if source else None


def _shared_subject(sentence: Sentence, match: re.Match[str], cues: list[Cue]) -> Cue | None:
    """ "Elders spoke of 30 dead, and said dozens were arrested": a verb after ", and" with no
    subject of its own goes on with the speaker of the verb before it in the same clause (after
    "; the project …" or ", while the army …" the speaker before is another clause's)."""
    body = sentence.text
    if not shares_subject(body, match):
        return None
    opened = max((b.end() for b in CLAUSE_BREAK.finditer(body, 0, match.start())), default=0)
    at = sentence.start + match.start()
    speaker = _speaker_before([c for c in cues if c.at >= sentence.start + opened], at)
    return Cue(at, speaker, scoped=True) if speaker else None


def _subject_source(
    text: str,
    sentence: Sentence,
    match: re.Match[str],
    mentions: MentionIndex,
    clause: tuple[int, int],
    subject: tuple[int, int],
    cues: list[Cue],
    look_back: bool,
) -> str | None:
    """Who the words before a verb (`subject`, text offsets) name; `clause` is where the
    verb's clause starts, as a text and as a sentence offset."""
    x_start, x_end = subject
    clause_x_start, clause_start = clause
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
        # "The commission reported that it had identified 114": the speaker of its own sentence.
        spoke = _speaker_before(cues, x_start) or spoke
        referred = spoke or referred or opened_by(text, x_start)
    # "Two groups said that they had received reports …": "they" after a speaker's verb in
    # its own sentence is that speaker.
    if look_back and _THEY.match(text, x_start, x_end):
        referred = _speaker_before(cues, x_start) or referred
    # "… خبر داد و گروه‌های فعال در تبعید شمار را … دانستند": a clause joined by و to another
    # party's verb that opens on a plural of its own has it as its subject, named or not.
    own = (
        words
        and _FA_PLURAL.match(words.split()[0])
        and _AND_AFTER_VERB.search(text, max(0, clause_x_start - _VERB_BEFORE), clause_x_start)
    )
    # "…, while several historians put the toll …": after a clause break the clause has a
    # subject of its own, and the sentence's subject is not it.
    # A subject found after a fronted phrase is the subject, whether named or not.
    if (
        source is None
        and x_start == clause_x_start
        and not (words and any(ch.isupper() for ch in words))
        and not own
    ):
        source = sentence_subject(text, sentence, clause_start, x_end, mentions)
    # "The centre's director, Ana Ruiz, said …": a person named in the subject speaks, not
    # the body a description of her refers to.
    person = source and any(m.type == "person" for m in mentions.within(x_start, x_end))
    named_source = source if person else referred or source
    examined = remains(match) and examiners(text[x_start:x_end])
    if remains(match) and not (source or is_anaphor(text[x_start:x_end].strip()) or examined):
        return None
    source = named_source or examined or words
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
    # "… گفت. در ادامه افزود که …": a Persian verb with its subject unsaid is the last speaker's.
    if source and PERSIAN_LETTER.match(match.group()):
        source = after_fronted(source)
        if look_back and not is_party(source):
            source = _earlier_speaker(text, sentence, mentions)
    return source if source and short and not PRONOUNS.match(source) else None


def _looking_back(
    text: str, sentence: Sentence, cues: list[Cue], mentions: MentionIndex
) -> list[Cue]:
    """The parties "I", "we" and an unattributed list item or report sentence stand for."""
    cues = _first_person(text, sentence, cues, mentions)
    # "We documented 40 cases" with no witness speaking: the body whose report the text is.
    cues = [
        replace(c, source=our_people(c.source) or author_body(text, sentence.start, mentions))
        if speaks_as_we(c.source)
        else c
        for c in cues
    ]
    # An item of a list is its lead line's; in a report, what no one else asserts its authors do.
    # "در خانواده‌های امضاکنندگان این نامه، ۱۷ نفر …": the letter's writers, its signing body.
    writer = None if cues else signatories_body(text, sentence.start, sentence.end, mentions)
    writer = writer or (None if cues else list_lead(text, sentence.start, mentions, _find_earlier))
    # "Nine others received terms of 20 years": the court of the verdict told before.
    writer = writer or (None if cues else earlier_court(text, sentence, mentions))
    writer = writer or (None if cues else _continued_report(text, sentence, mentions))
    writer = writer or (None if cues else _also_according(text, sentence, mentions))
    writer = writer or (None if cues else report_writer(text, sentence.start, mentions))
    return [Cue(sentence.start, writer)] if writer else cues


def _continued_report(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """ "ما نام ۷۸ کشته را ثبت کرده‌ایم. نام ۱۲ نفر دیگر در شمار ناپدیدشدگان آمده است": a
    sentence no one asserts, right after the text's own "we" counted, goes on with that count:
    the author's, or no one's when no author is found."""
    start = previous_sentence_start(text, sentence.start)
    if start >= sentence.start:
        return None
    before = Sentence(start, sentence.start, text[start : sentence.start])
    if not any(speaks_as_we(c.source) for c in _find_earlier(text, before, mentions)):
        return None
    return author_body(text, sentence.start, mentions)


# "نیز" (also, too): a sentence that adds to the account before.
_ALSO_FA = re.compile(rf"{NOT_AFTER_PERSIAN}نیز(?![\u0600-\u06FF\u200c])")


def _also_according(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """ "به گفته‌ی این نهاد، ده نفر اعدام شدند. دو روز پیش از آن نیز سه نفر اعدام شده بودند":
    a Persian sentence no one asserts that adds «نیز» to one opened by "according to X" goes
    on with X's account."""
    start = previous_sentence_start(text, sentence.start)
    if start >= sentence.start or not _ALSO_FA.search(sentence.text):
        return None
    opening = AFTER.match(text[start : sentence.start].lstrip())
    if not opening:
        return None
    before = Sentence(start, sentence.start, text[start : sentence.start])
    sources = [c.source for c in _find_earlier(text, before, mentions) if c.source]
    return sources[0] if sources else None


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
        party = earlier_party(text, at, mentions, _find_earlier)
        if party and not _a_body(party, phrase, at, mentions):
            # "پژوهشگران شمار را ۴۵ می‌دانند. به گفته‌ی همین نهاد …": a body's noun refers
            # to a body named before, not to the people who spoke last.
            return antecedent(text, phrase, at, mentions) or party
        return party or antecedent(text, phrase, at, mentions)
    # "According to the memory project, 3,000 were held. The group added …": the body that
    # spoke in the sentence before, not one named there in passing ("ITN reporters filmed").
    found = plural_body(text, phrase, at) or body_that_spoke(text, at, mentions, _find_earlier)
    found = found or antecedent(text, phrase, at, mentions)
    if not found:
        return earlier_party(text, at, mentions, _find_earlier)
    # "According to this report, five members of the Foo Council were taken …. This body
    # says …": a body named inside what another party asserts is not what "this body" means.
    named = [m for m in mentions.within(max(0, at - REACH), at) if names(m, found)]
    if not named:
        return found
    held, _ = sentence_from(text, sentence_start(text, named[-1].start), named[-1].end)
    held_cues = _find_earlier(text, held, mentions)
    # "X, citing relatives, wrote that the court sentenced 9. This body also estimated …": X
    # asserted there itself, so it was not named only inside another's words.
    if any(c.source == found for c in held_cues):
        return found
    others = [c.source for c in held_cues if c.source and c.source != found]
    return others[-1] if others and not is_anaphor(others[-1]) else found


def _a_body(party: str, phrase: str, at: int, mentions: MentionIndex) -> bool:
    """Whether `party` may be what `phrase` refers to: the phrase names no body («همین نهاد»),
    or the party is named as an organisation before `at`."""
    noun = NAMED_ANAPHOR.match(phrase)
    if not noun or not noun.group("fa"):
        return True
    earlier = mentions.within(max(0, at - REACH), at)
    bodies = (m for m in earlier if m.type == "organization")
    return any(names(m, party) for m in bodies)


def _first_person(
    text: str, sentence: Sentence, cues: list[Cue], mentions: MentionIndex
) -> list[Cue]:
    """A witness speaking in the first person ("I counted 12", "in our street they killed 37")
    asserts the figures: the person who last spoke before, named in the text."""
    if not speaks_in_first_person(sentence):
        return cues
    # "Our group, the Foo Association, has listed 312 names": the body named there.
    named = our_body_named(text, sentence.start, sentence.end, mentions)
    if named:
        return [Cue(sentence.start, named)]
    # "Our archive lists 112 names", "کانون ما … ثبت کند": the report's author, no witness.
    ours = our_body(sentence.text)
    if ours is not None:
        author = None if cues else author_body(text, sentence.start, mentions)
        return [Cue(sentence.start + ours, author)] if author else cues
    # A witness the text introduced (interviewed, or testifying in her own name) is "we" too.
    interviewed = interviewee(text, sentence.start, mentions) or self_introduced(
        text, sentence.start, mentions
    )
    # A letter or a release speaks as the body that signs or issues it.
    voiced = interviewed or signing_body(text, mentions)
    # "ما، اعضای «X»، …": a letter whose writers said whose members they are speaks as that body.
    voiced = voiced or self_introduced_body(text, sentence.start, mentions)
    speaker = voiced or earlier_party(text, sentence.start, mentions, _find_earlier, person=True)
    if not speaker:
        return cues
    if not cues:
        return [Cue(sentence.start, speaker)]
    cues += [
        Cue(sentence.start + m.end(), speaker) for m in FIRST_PERSON_ASSERT.finditer(sentence.text)
    ]
    # "We documented 40 cases" in a report is its authors' count, not the last witness's.
    return [
        Cue(c.at, speaker, c.scoped) if is_first_person(c.source, singular=not voiced) else c
        for c in cues
    ]


def _speaker_before(cues: list[Cue], at: int) -> str | None:
    """The party of the last verb before `at` in its sentence, whose words "it" goes on."""
    spoken = [c for c in cues if c.scoped and c.source and c.at < at]
    return max(spoken, key=lambda c: c.at).source if spoken else None


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
