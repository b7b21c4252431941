"""A Persian court that sentences people asserts the count of its sentence, wherever in its
clause it stands and whichever voice the verb takes.

"دادگاه نظامی ۲ نفر را … محکوم کرد" names the court as the subject of the sentence; so does
"در پاییز ۱۳۹۰ دادگاه X ۵ نفر را محکوم کرد" (a time before it), "دادگاه X دو متهم را محکوم و
یک نفر را تبرئه کرد" (two objects sharing one light verb), "۲۰ نفر در دادگاه X به اعدام محکوم
شدند" (the court the sentence was passed in) and "چهار نفر محکوم شدند" right after a sentence
whose court sentenced people in the same paragraph (the court goes on passing its sentences).
"۳۱ نفر به اعدام محکوم شدند" with no court anywhere near stays the author's.
"""

import re

from sabt.extract.attribution_party import antecedent
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END
from sabt.text.number_words import PERSIAN_UNITS, SCALES

# A court's name runs on until its object: a count ("ده نفر", "دست‌کم سه متهم") ends it.
_COUNT_WORDS = "|".join(
    sorted(
        [*PERSIAN_UNITS, *(s for s in SCALES if not s.isascii()), "صدها", "هزاران", "ده‌ها",
         "دست‌کم", "حدود", "بیش", "نزدیک", "شماری", "تعدادی", "برخی", "همه"],
        key=len,
        reverse=True,
    )
)  # fmt: skip

_FA_WORD = r"(?:[^\W\d_]|\u200c)+"
_FA_STOP = (
    r"(?:[\d۰-۹]|(?:در|به|از|با|را|نیز|هم|تنها|فقط|پس|سپس|روز|بعد|سرانجام|امروز|دیروز"
    rf"|همچنین|که|و|{_COUNT_WORDS}){WORD_END})"
)
# A court's name of up to six words after دادگاه ("دادگاه کیفری بین‌المللی برای X سابق").
_COURT_NAME = (
    r"(?:این\s+|همان\s+|همین\s+)?دادگاه(?:‌های|‌ها|‌ی|ی)?"
    rf"(?:\s+(?!{_FA_STOP}){_FA_WORD}){{0,6}}?(?=\s+{_FA_STOP}|\s*[،؛:.()«»]|\s*$)"
)
# The court as a subject: not governed by a noun or a preposition before it ("رئیس دادگاه",
# "در دادگاه" are no subject of an active verb): the clause opens there, or a time does.
_COURT_SUBJECT = re.compile(
    r"(?:^\s*|[،؛:]\s*|" + NOT_AFTER_PERSIAN + r"(?:و|که)\s+|"
    r"(?:[\d۰-۹]+|" + NOT_AFTER_PERSIAN + r"(?:امروز|دیروز|سرانجام|سپس|بعد|روز|ماه|سال))"
    r"[)\s]+)(?P<x>" + _COURT_NAME + ")"
)
# The court a passive sentence was passed in or by.
_COURT_AGENT = re.compile(
    NOT_AFTER_PERSIAN + r"(?:در|توسط|از\s+سوی|از\s+طرف|به\s+دست)\s+(?P<x>" + _COURT_NAME + ")"
)
# محکوم کرد; محکوم و یک نفر را تبرئه کرد (one light verb for two acts).
_SENTENCED = re.compile(
    r"محکوم\s+(?:و\s+[^.؛،:]{1,60}?\s+)?(?:کرد|کردند|می‌کند|می‌کنند|نمود|نمودند|ساخت)" + WORD_END
)
_SENTENCED_PASSIVE = re.compile(r"محکوم\s+(?:شد|شدند|شده|گردید|گردیدند|می‌شوند|می‌شود)" + WORD_END)
_CLAUSE_BREAK = re.compile(r"[؛:]|(?<=[^\d۰-۹])،")


def _court(text: str, match: re.Match[str], sentence_start: int, mentions: MentionIndex) -> str:
    x_start = sentence_start + match.start("x")
    x_end = sentence_start + match.end("x")
    named = [m for m in mentions.within(x_start, x_end + 1) if m.type == "organization"]
    if named:
        return named[0].text
    # "این دادگاه": the court of that name named before.
    court = match.group("x").strip()
    return antecedent(text, court, x_start, mentions) or court


def _clause_start(body: str, end: int) -> int:
    breaks = list(_CLAUSE_BREAK.finditer(body, 0, end))
    return breaks[-1].end() if breaks else 0


def _active(
    text: str, body: str, start: int, mentions: MentionIndex
) -> list[tuple[int, str, tuple[int, int]]]:
    out: list[tuple[int, str, tuple[int, int]]] = []
    for verb in _SENTENCED.finditer(body):
        courts = list(_COURT_SUBJECT.finditer(body, 0, verb.start()))
        if not courts:
            continue
        found = courts[-1]
        court = _court(text, found, start, mentions)
        out.append((start + verb.start(), court, (start + found.end("x"), start + verb.start())))
    return out


def _court_before(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """The court that sentenced people in an earlier sentence of the same paragraph."""
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    window = text[paragraph : sentence.start]
    cues = _active(text, window, paragraph, mentions)
    return cues[-1][1] if cues else None


def persian_court_cues(
    text: str, sentence: Sentence, mentions: MentionIndex
) -> list[tuple[int, str, tuple[int, int]]]:
    """(position of the verb, the court, the span of those it sentenced) for each Persian
    sentencing verb whose court the sentence or its paragraph names."""
    body = sentence.text
    if "محکوم" not in body:
        return []
    out = _active(text, body, sentence.start, mentions)
    for verb in _SENTENCED_PASSIVE.finditer(body):
        clause = _clause_start(body, verb.start())
        agents = list(_COURT_AGENT.finditer(body, clause, verb.start()))
        court = _court(text, agents[-1], sentence.start, mentions) if agents else None
        court = court or _court_before(text, sentence, mentions)
        if court:
            out.append(
                (
                    sentence.start + verb.start(),
                    court,
                    (sentence.start + clause, sentence.start + verb.start()),
                )
            )
    return out
