"""Who asserts a figure, read across sentences: a source referred back to ("this body", "the
report", "این نهاد"), and the witness who speaks in the first person.

A report names its source once and then refers back to it: "The Foo Observatory published a
report on Monday. According to this body, …", "این نهاد می‌گوید …". When no organisation
mention fits the reference, the party that last asserted something in the sentences before is
the one meant. A testimony names its witness once ("We spoke to X", "X told us") and then lets
the witness speak: "In our village alone they took 20 men" is the witness's figure. A
quotation, a pronoun ("he said", "به گفته‌ی او") and a paragraph that continues a speaker's
remarks take the person named last before.
"""

import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from sabt.extract.attribution_fa import PART_OF
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

# "The group said …", "It estimated …", "این سازمان اعلام کرد": a source named in an earlier
# sentence and referred back to. A generic word takes the last organisation named before; a
# specific one ("the commission") the last whose name holds it.
# "the local monitoring group", "the national commission": lowercase words describing the body
# before its head noun still refer back; a capitalised one ("the Kyrgyzstan Inquiry
# Commission") begins a name of its own.
# "the Norway-based group", "the UN-backed commission": a place's hyphened compound describes.
_DESCRIBED = r"(?:(?-i:[a-z][a-z'’\-]*|[A-Z][\w.]*-[a-z][a-z\-]*)\s+){0,3}?"
GENERIC_ANAPHOR = re.compile(
    # "the same organisation", "همین سازمان": the same body as before, said with emphasis.
    rf"^(?:it|they|(?:the|this)\s+(?:same\s+)?{_DESCRIBED}(?:group|organi[sz]ation|"
    r"report|study|survey|body|ngo|monitor|watchdog|charity|researchers)|"
    # "according to the findings", "its authors": what a body named before published
    r"(?:the|its|their)\s+(?:findings|figures|statement|authors|researchers|report|count|tally)|"
    # "این رسانه‌ها", "این نهادها": the plural refers back to a plural body named before.
    r"(?:این|همین|همان)\s+(?:سازمان|گروه|نهاد|گزارش|مرکز|تشکل|رسانه|بررسی|پژوهش|بیانیه)"
    r"(?:‌ها|ها)?|آن‌ها|آنها)$",
    re.I,
)
NAMED_ANAPHOR = re.compile(
    # Every noun that heads a body's name and may stand for it alone.
    rf"^(?:the|this)\s+(?:same\s+)?{_DESCRIBED}(?P<head>agency|office|cent(?:re|er)|commission|"
    r"committee|ministry|mission|inquiry|network|panel|tribunal|court|council|institute|"
    r"foundation|association|observatory|project|rapporteur|coalition|alliance|union|"
    r"federation|league|society|board|bureau|department|directorate|unit|team|trust|fund|"
    r"campaign|movement|collective|desk|forum|initiative|platform|clinic|hospital|"
    r"secretariat|authority|service)$|"
    r"^(?:این|همین|همان)\s+(?P<fa>کمیته|کمیسیون|وزارت|دادگاه|کانون|انجمن|شبکه|نهاد|مرکز|سازمان)$",
    re.I,
)
# "این", "همین" (this same), "همان" (that same) open a Persian phrase that refers back.
DEMONSTRATIVES = frozenset(("این", "همین", "همان"))
REACH = 1500
SENTENCE_END = re.compile(r"[.!?؟]\s+|\n")
# "بر پایه‌ی این گزارش، …", "طبق این بیانیه", "بنا بر همین آمار رسمی": what the body named
# before published (the same figures: those of the party that gave figures last).
FA_THIS_REPORT = re.compile(
    r"(?:بر پایه|بر اساس|براساس|طبق|بنا بر|بنابر|به استناد)(?:ِ|‌ی|ی)?\s+"
    # "بنا بر همین گزارش": the same report as the one named before.
    r"(?P<x>(?:این|همین|همان)\s+(?:گزارش|بررسی|پژوهش|بیانیه)"
    rf"|(?:این|همین|همان)\s+(?:آمار|ارقام|رقم‌ها|رقم)(?:\s+رسمی)?{WORD_END})"
)
# A first-person word outside a quotation: the speaker is a witness the text let speak.
_FIRST_PERSON = re.compile(
    rf"\b(?:I|we|We|our|Our|my|My|us)\b|{NOT_AFTER_PERSIAN}(?:من|ما){WORD_END}"
)
# "I", "we", or a relative clause's "whom we" read as a verb's subject ("… my cousin, whom we
# found").
_FIRST_PERSON_SOURCE = re.compile(r"^(?:[^\n]*\b(?:whom|that|which)\s+)?(?:I|we|من|ما)$", re.I)
_PRONOUN_SOURCE = re.compile(r"^(?:he|she|they|it|we|i|او|وی|ایشان|آن‌ها|آنها|من|ما)$", re.I)


class _Cue(Protocol):
    @property
    def at(self) -> int: ...

    @property
    def source(self) -> str | None: ...


FindCues = Callable[[str, Sentence, MentionIndex], Sequence[_Cue]]


def anaphor_head(phrase: str) -> str:
    """The words that refer back: a Persian phrase opening with a demonstrative puts its object
    between subject and verb ("این سازمان از اعدام ۸۰ … خبر داد"), so only its first two words."""
    words = phrase.split()
    # "یکی از این گروه‌ها": one of the bodies referred back to speaks for them.
    if len(words) > 3 and words[0] in PART_OF and words[1] == "از" and words[2] in DEMONSTRATIVES:
        words = words[2:]
    return " ".join(words if len(words) <= 2 or words[0] not in DEMONSTRATIVES else words[:2])


def is_anaphor(phrase: str, *, generic: bool = False) -> bool:
    """Whether `phrase` refers back ("this body", "the report", "این نهاد …"); `generic`: with
    a word any party may be called ("the group", not "the foundation", which names its kind)."""
    phrase = anaphor_head(phrase)
    if GENERIC_ANAPHOR.match(phrase):
        return True
    return not generic and bool(NAMED_ANAPHOR.match(phrase))


# "این رسانه‌ها": a demonstrative and a plural noun, its head before the plural ending.
_FA_PLURAL_ANAPHOR = re.compile(r"^(?:این|همین|همان)\s+(?P<head>\S+?)\u200c?ها$")


def plural_body(text: str, phrase: str, at: int) -> str | None:
    """ "رسانه‌های محلی … . این رسانه‌ها نخست از ۱۵ کشته خبر دادند": a Persian plural
    referring back names the people or bodies of the last plural of its head before `at`,
    with the word that qualifies it ("رسانه‌های محلی"), whether or not they spoke."""
    anaphor = _FA_PLURAL_ANAPHOR.match(anaphor_head(phrase))
    if not anaphor:
        return None
    plural = re.compile(
        rf"{NOT_AFTER_PERSIAN}{re.escape(anaphor.group('head'))}\u200c?های\s+"
        r"(?!(?:این|آن|خود|ما)(?![\u0600-\u06FF\u200c]))[\u0600-\u06FF\u200c]+"
    )
    named = list(plural.finditer(text, max(0, at - REACH), at))
    return named[-1].group() if named else None


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins (after . ! ? ؟ and a space, or a line break)."""
    ends = list(SENTENCE_END.finditer(text, max(0, at - 600), at))
    return ends[-1].end() if ends else text.rfind("\n", 0, at) + 1


def previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one starting at `start` begins, across the blank lines
    between paragraphs ("… since 2019.\n\nThey say 240 …"); `start` when there is none."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return sentence_start(text, end) if end else start


def earlier_sentences(text: str, before: int) -> list[Sentence]:
    """The sentences within reach before `before`, nearest first."""
    out = []
    end = before
    while end > 0 and before - end < REACH:
        start = sentence_start(text, end - 1)
        if start >= end:
            break
        if text[start:end].strip():
            out.append(Sentence(start, end, text[start:end]))
        end = start
    return out


def earlier_party(
    text: str, before: int, mentions: MentionIndex, find: FindCues, *, person: bool = False
) -> str | None:
    """The party that last asserted something before `before` (a person only, if `person`)."""
    people = {m.name or m.text for m in mentions.within(max(0, before - REACH), before)
              if m.type == "person"}  # fmt: skip
    for sentence in earlier_sentences(text, sentence_start(text, before)):
        for cue in reversed(find(text, sentence, mentions)):
            source = cue.source
            if not source or is_anaphor(source) or _PRONOUN_SOURCE.match(source):
                continue
            if person and source not in people:
                continue
            return source
    return None


def body_that_spoke(text: str, at: int, mentions: MentionIndex, find: FindCues) -> str | None:
    """The last party, not a person, that asserted something in the sentence before `at`'s:
    "The group added …" after it is that body, not one named earlier in passing."""
    start = sentence_start(text, at)
    before = previous_sentence_start(text, start)
    if before >= start:
        return None
    held = Sentence(before, start, text[before:start])
    people = {m.name or m.text for m in mentions.within(before, start) if m.type == "person"}
    spoken = [
        c.source
        for c in find(text, held, mentions)
        if c.source
        and c.source not in people
        and not is_anaphor(c.source)
        and not _PRONOUN_SOURCE.match(c.source)
    ]
    return spoken[-1] if spoken else None


# "As far as I know, at least 12 …", "تا جایی که من می‌دانم": the speaker asserts what follows.
FIRST_PERSON_ASSERT = re.compile(
    r"\b(?:as far as (?:I|we) know|I (?:know|believe|counted|estimate|saw))\b|"
    rf"{NOT_AFTER_PERSIAN}(?:من|ما) (?:می‌دانم|می‌دانیم|دیدم|دیدیم|شمردم|شمردیم)"
    rf"{WORD_END}"
)
# A question on a line of its own: the paragraphs after it are the interviewee's answers.
_QUESTION_LINE = re.compile(r"^[^\n.!]{3,200}[?؟]\s*$", re.M)
# "We spoke in Benghazi to X", "Y interviewed X", "ایران‌وایر با X … گفت‌وگو کرده است".
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked)\s+(?:[\w,]+\s+){0,4}?(?:to|with)\s+$|\binterviewed\s+$|"
    rf"{NOT_AFTER_PERSIAN}با\s+$"
)
_INTERVIEW_VERB = re.compile(r"گفت‌وگو|مصاحبه")


@functools.lru_cache(maxsize=4)
def _questions(text: str) -> tuple[int, ...]:
    """Where the question lines of a text begin (found once per text, not once per sentence)."""
    return tuple(m.start() for m in _QUESTION_LINE.finditer(text))


def interviewee(text: str, at: int, mentions: MentionIndex) -> str | None:
    """Whom a question-and-answer interview questions, when `at` lies in an answer: the person
    introduced as spoken to before the first question, else the one named last before it."""
    questions = _questions(text)
    if len(questions) < 2 or questions[0] >= at:
        return None
    opening = questions[0]
    people = [m for m in mentions.within(0, opening) if m.type == "person"]
    for person in people:
        before = text[max(0, person.start - 60) : person.start]
        if _INTERVIEWED.search(before) and (
            not before.rstrip().endswith("با")
            or _INTERVIEW_VERB.search(text, person.end, person.end + 200)
        ):
            return person.name or person.text
    return (people[-1].name or people[-1].text) if people else None


# "My name is X.", "I am X,", "نام من X است", "اسمم X است": a testimony's narrator names herself;
# "The witness, here called X,", "The speaker, X,", "The witness, X,": its editor names her.
_SELF_INTRODUCTION = re.compile(
    r"\b(?:[Mm]y\s+name\s+is|I\s+am|I'm)\s+$|"
    r"\b[Tt]he\s+witness,?\s+(?:(?:here|hereafter)\s+)?(?:called|named)\s+$|"
    # (a lowercase "speaker": "The Speaker, X," is a parliament's)
    r"\b[Tt]he\s+(?:speaker|narrator|witness),\s+$|"
    rf"{NOT_AFTER_PERSIAN}(?:نام|اسم)(?:\s+من|م)\s+$"
)
# How far before a name its introduction may begin ("The witness, here called ").
_INTRODUCTION_REACH = 40


def self_introduced(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The person who introduced herself in the first person before `at` ("My name is X"), or
    whom the text introduced as testifying ("Testimony of X"): the "I" and "our" of a
    testimony that follows are hers."""
    people = [m for m in mentions.within(0, at) if m.type == "person"]
    for person in reversed(people):
        # "I am Ana's sister" introduces Ana's sister, not Ana.
        possessive = text.startswith(("'s", "’s"), person.end)
        if not possessive and _SELF_INTRODUCTION.search(
            text, max(0, person.start - _INTRODUCTION_REACH), person.start
        ):
            return person.name or person.text
    return _testifying(text, at, mentions)


def speaks_in_first_person(sentence: Sentence) -> bool:
    return bool(_FIRST_PERSON.search(sentence.text))


def is_first_person(source: str | None, *, singular: bool = False) -> bool:
    """Whether a cue's source is "I"/"we" (only "I", من, if `singular`)."""
    if singular:
        return bool(source and source.lower() in ("i", "من"))
    return bool(source and _FIRST_PERSON_SOURCE.match(source))


# The verbs after which a paragraph goes on in the speaker's words.
SPEECH_VERB = re.compile(r"\b(?:said|says|added|stated|told|declared|noted|recalled)\b")


def paragraph_speaker(text: str, quote_start: int, mentions: MentionIndex) -> str | None:
    """A quotation that continues someone's remarks: the person who last "said" something in
    the same paragraph before it ("… Marandi said as he stood … “We witnessed …”")."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    speaker = None
    for verb in SPEECH_VERB.finditer(text, line_start, quote_start):
        people = [m for m in mentions.within(line_start, verb.start()) if m.type == "person"]
        if people:
            speaker = people[-1].name or people[-1].text
    return speaker or last_person(text, line_start, quote_start, mentions)


def opening_quote_speaker(text: str, quote_start: int, mentions: MentionIndex) -> str | None:
    """A quotation that opens its paragraph continues the witness of the paragraph before
    ("X, a survivor, spoke to us in March.\n“They took away 30 men …”")."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    if text[line_start:quote_start].strip() or line_start == 0:
        return None
    previous_end = line_start  # the end of the text before, blank space read back (no copy)
    while previous_end > 0 and text[previous_end - 1].isspace():
        previous_end -= 1
    if previous_end == 0:
        return None
    return paragraph_speaker(text, previous_end, mentions)


def person_referred(text: str, at: int, mentions: MentionIndex) -> str | None:
    """Whom "he", "she", "او" at `at` refers to: the person named last in its paragraph, else
    the one named last in the paragraphs just before ("X is a nurse.\nAccording to her, …")."""
    line_start = text.rfind("\n", 0, at) + 1
    return (
        last_person(text, line_start, at, mentions)
        or given_name_again(text, line_start, at, mentions)
        or last_person(text, max(0, line_start - REACH), line_start, mentions)
    )


# A word that opens a sentence: "ییرلان پس از آزادی …".
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?؟]\s)|(?<=\n))(?P<w>[^\W\d_](?:\w|\u200c)*)", re.M)


def given_name_again(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """ "ییرلان ساتیبالدیف … .\n\nییرلان پس از آزادی … . او می‌گوید": a person named in full
    before, whose first word alone opens a sentence of the paragraph, is whom "او" refers to
    (no rule marks the bare given name when no list knows it)."""
    people = [m for m in mentions.within(0, start) if m.type == "person"]
    firsts = {m.text.split()[0]: m.name or m.text for m in people if len(m.text.split()) > 1}
    found = None
    for opening in _OPENING_WORD.finditer(text, start, end):
        found = firsts.get(opening.group("w"), found)
    return found


def last_person(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """The person named last before a quotation in its paragraph (what "she said" refers to);
    a name no rule knew counts when the text introduces it by its role ("Mi-rae Song, a
    teacher who …, said")."""
    people = [m for m in mentions.within(start, end) if m.type == "person"]
    if people:
        return people[-1].name or people[-1].text
    return introduced_person(text, start, end, mentions)


# "Lerato Dube, a nurse at …", "Testimony of Ana Ruiz (a survivor)": a capitalised name the
# text introduces by a role or as the one testifying is a person, known to a rule or not.
_INTRODUCED = re.compile(
    r"(?:\b(?:[Tt]estimony|[Ss]tatement|[Aa]ccount|[Ee]vidence)\s+(?:of|by|from)\s+)?"
    r"(?<![\w'’\-])(?P<name>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
    r"(?:\s+[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?){1,3})"
    r"(?=,\s+(?:an?|who|whose|aged)\s|\s+\((?:an?|aged)\s)"
)
_TESTIFYING = re.compile(r"^(?:[Tt]estimony|[Ss]tatement|[Aa]ccount|[Ee]vidence)\b")
# "Witness statement of Ana Ruiz", "Testimony of Ana Ruiz" as a heading on a line of its own.
_TESTIMONY_HEADING = re.compile(
    r"^[^\S\n]*(?:[A-Za-z]+[^\S\n]+)?(?:[Tt]estimony|[Ss]tatement|[Aa]ccount|[Ee]vidence)[^\S\n]+"
    r"(?:of|by|from)[^\S\n]+(?P<name>[A-Z][a-z'’\-]+(?:[^\S\n]+[A-Z][a-z'’\-]+){1,3})[^\S\n]*:?$",
    re.M,
)


def introduced_person(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """The last name in text[start:end] introduced by a role or as a testimony's witness,
    that no rule took for a place or an organisation."""
    found = None
    for match in _INTRODUCED.finditer(text, start, end):
        if _not_a_body(match.start("name"), match.end("name"), mentions):
            found = match.group("name")
    return found


def _not_a_body(start: int, end: int, mentions: MentionIndex) -> bool:
    return not any(m.type in ("place", "organization") for m in mentions.within(start, end))


@functools.lru_cache(maxsize=4)
def _testimonies(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each "Testimony of X" names its witness (found once per text, not per sentence)."""
    found = [
        (m.start("name"), m.end("name"), m.group("name"))
        for m in _INTRODUCED.finditer(text)
        if _TESTIFYING.match(m.group())
    ]
    found += [
        (m.start("name"), m.end("name"), m.group("name")) for m in _TESTIMONY_HEADING.finditer(text)
    ]
    return tuple(sorted(found))


def _testifying(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The witness the text last introduced as testifying before `at` ("Testimony of X")."""
    found = None
    for start, end, name in _testimonies(text):
        if end <= at and _not_a_body(start, end, mentions):
            found = name
    return found
