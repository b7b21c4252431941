"""A court that sentences people asserts the count of its sentence; so does one that convicts,
charges, indicts or acquits them, or refers to victims in its reasoning, and the deaths its
ruling is over ("for the killing of 9 miners").

"A military court sentenced 40 soldiers", "jury courts convicted 74 officers", "hundreds were
sentenced by the courts", "دادگاه ۳ متهم را به اعدام محکوم کرد": the number sentenced is the
court's own ruling, so the court (a court, tribunal, chamber, panel, judges or a jury, one or
many) is the party of that count (the gold convention since 2026-12-07). The court must be
the verb's subject or its passive agent: "40 soldiers were sentenced" names no court. A
verdict someone reports ("their lawyer said the tribunal sentenced 12") is the reporter's
first (`reported_verdicts`).
"""

import re
from typing import NamedTuple

from sabt.extract.attribution_clause import CLAUSE_BREAK, PERSIAN_AND, Cue
from sabt.extract.attribution_court_fa import persian_court_cues
from sabt.extract.attribution_discourse import earlier_sentences
from sabt.extract.mentions import MentionIndex
from sabt.extract.sentences import Sentence

_COURT_EN = r"(?:(?:court|tribunal|chamber|judge|panel)s?|jur(?:y|ies))"
# A court's acts on people (read active and passive).
_VERDICT = r"sentenced|convicted|charged|indicted|acquitted"
# An appeal court's ruling on sentences passed before ("upheld the death sentences of 21").
_UPHELD = (
    r"upheld\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:sentences?|convictions?|verdicts?)\s+"
    r"(?:of|against|on|for)"
)
# "handed down sentences to 32 people", "passed death sentences on 9": a sentence passed on
# people is a verdict on them.
_HANDED_DOWN = (
    r"(?:handed\s+down|passed|imposed)\s+(?:[\w\-]+\s+){0,2}?sentences?\s+(?:to|on|against)"
)
# "tried 21 former guards and convicted 20 of them", "heard cases arising from the riots and
# convicted nine": the trial's verdict on those it tried.
_TRIED_AND = r"(?:(?:tried|heard)\s+[^.;:()]{1,120}?\s+and\s+)?"
# "Judge Ana Ruiz, reading the verdict, sentenced": a judge named after the title is the court.
_JUDGE_NAMED = r"\bjudge\s+(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*"
# "The military court in Kananga on Saturday sentenced": the subject ends at the verb; the
# court noun is its head when no other noun follows it but places, dates and adverbs.
_SENTENCED_EN = re.compile(
    rf"(?P<x>(?i:{_JUDGE_NAMED})|\b(?:[A-Z][\w'’\-]*\s+|(?:an?|the|its|a\s+\w+)\s+)?"
    rf"(?:[\w'’\-]+\s+){{0,5}}?"
    rf"{_COURT_EN}\b(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s*){{1,5}})?)"
    r"(?P<rest>(?:\s+(?:in|at|on|of)\s+(?:[A-Z][\w'’\-]*|\d+)(?:\s+(?:[A-Z][\w'’\-]*|\d+)){0,3})*"
    # An aside between the court and its verb ("reading the verdict in a makeshift courtroom").
    r"(?:\s*,[^,.;]{1,100},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|today\s+)?)"
    # Any act of a court on people, or on victims its reasoning refers to, not only a sentence.
    rf"{_TRIED_AND}(?:{_VERDICT}|referred\s+to|{_UPHELD}|{_HANDED_DOWN})\b",
    re.I,
)
# A verdict's verb alone: a sentence with none has no verdict, and the subject's words before
# it are not tried at each word (the rule path's time).
_A_VERDICT = re.compile(rf"\b(?:{_VERDICT}|referred\s+to|{_UPHELD}|{_HANDED_DOWN})\b", re.I)
# "hundreds were sentenced by the courts in summary trials": the court is the passive's agent.
# Capitals are read as written after it ("by the military court of Kananga", not "in summary
# trials"). A plural needs no article: "sentenced by regional tribunals".
_SENTENCED_BY_EN = re.compile(
    rf"(?i:\b(?:{_VERDICT}|found\s+guilty)\s+by\s+)"
    rf"(?P<x>(?:(?i:an?|the|its)\s+(?:[\w'’\-]+\s+){{0,4}}?(?i:{_COURT_EN})"
    r"|(?:[a-z][\w'’\-]*\s+){0,3}?(?i:courts|tribunals|judges|juries))\b"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s*){1,5})?)"
)
# Where the clause of a passive verdict opens: "…were arrested, and hundreds were sentenced".
_CLAUSE_OPENS = re.compile(r"[;:]|,\s*(?:and|but|while|whereas)\b")
# What ends the reach of a reporting verb over a verdict besides a clause break: a clause of
# its own ("Amnesty said 300 died, and a military court later sentenced 12 soldiers", "… خبر
# داد و دادگاه نظامی ۱۲ نفر را محکوم کرد").
_JOINER = re.compile(rf",\s*and\b|{PERSIAN_AND}")
# The most words after a verdict's reach in which a reporter may close the sentence ("… to
# death, their lawyers said.").
_CLOSING_WORDS = 6


class Verdict(NamedTuple):
    """A court's verdict in a sentence: the verb's end (`at`), the court, the span of the figures
    it speaks of (`reach`), and where a reporter of the verdict must stand before (`opens`: the
    court's subject, or a passive verb)."""

    at: int
    court: str
    reach: tuple[int, int]
    opens: int


# Those sentenced: the object up to "to death", "to prison", a clause's end.
_SENTENCED_EN_OBJECT = re.compile(r"[^.;:,()]{1,160}?(?=\s+to\b|[.;:,()]|$)")
# "sentenced 14 officers to life and 30 others to prison terms": those sentenced after "and"
# to another term are the same verdict's.
_AND_OTHERS = re.compile(
    r"\s+to\s+[^.;:,()]{1,80}?,?\s+and\s+(?:[\w\-]+\s+){1,2}?(?:others|more)(?=\s+to\b)"
)
# "convicted 20 of them, two of whom were sentenced to death": those of the convicted the
# relative clause counts are the court's too.
_OF_WHOM = re.compile(r",\s*(?:[\w\-]+\s+){1,3}?of\s+whom\s+[^.;:,()]{1,80}")
# "… to eight years for the killing of 9 miners", "…, finding him responsible for the enforced
# disappearance of 6 people": the deaths or disappearances a ruling is over are its finding
# (but not "for the raid, in which 30 died", a crime the author describes).
_GROUNDS = re.compile(
    r"[^.;:()]{0,120}?\b(?:for|over)\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?"
    r"(?:(?:deaths?|killings?|murders?|disappearances?)\s+of|killing|murdering)"
    r"\s+[^.;:,()]{1,60}",
    re.I,
)
# "convicted 9 men, and in May 2001 sentenced 20 others", "… and later acquitted four": a verdict
# verb coordinated after the figures of the one before shares its court (a subject of its own,
# "and a jury acquitted …", is a verdict's own match).
_AND_VERDICT = re.compile(
    r",?\s+and\s+(?:(?:in|on|at)\s+[^.;:,()]{1,30}?\s+|(?:later|then|also)\s+)?"
    rf"(?:{_VERDICT})\b",
    re.I,
)
# "In July 2021 the court": the court's words begin at its last article.
_BEFORE_ARTICLE = re.compile(r"^.*\b(?:an?|the|its)\s+(?=\S)", re.I | re.S)


def court_cues(text: str, sentence: Sentence, mentions: MentionIndex) -> list[Verdict]:
    """Each verdict of `sentence` whose court is a sentencing verb's subject or agent: the
    court speaks of the people it sentenced, not of "the massacre in which dozens were
    killed" that follows."""
    body = sentence.text
    out: list[Verdict] = []
    for match in _SENTENCED_EN.finditer(body) if _A_VERDICT.search(body) else ():
        # "The families said the courts had sentenced": the court's words open at its article.
        article = _BEFORE_ARTICLE.match(match.group("x"))
        x_start = sentence.start + match.start("x") + (article.end() if article else 0)
        court = _court(match, sentence.start, mentions)
        after = sentence.start + match.end()
        while True:
            end = _object_end(text, after, sentence.end)
            out.append(Verdict(after, court, (after, end), x_start))
            # "convicted 9 men, and in May sentenced 20 others": the same court's next verdict.
            again = _AND_VERDICT.match(text, end, sentence.end)
            if not again:
                break
            after = again.end()
    for match in _SENTENCED_BY_EN.finditer(body):
        opened = list(_CLAUSE_OPENS.finditer(body, 0, match.start()))
        clause = sentence.start + (opened[-1].end() if opened else 0)
        verb = sentence.start + match.start()
        court = _court(match, sentence.start, mentions)
        out.append(Verdict(sentence.start + match.end(), court, (clause, verb), verb))
    out += [
        Verdict(at, court, reach, reach[0])
        for at, court, reach in persian_court_cues(text, sentence, mentions)
    ]
    return out


def _object_end(text: str, after: int, end: int) -> int:
    """Where the figures of a verdict whose verb ends at `after` end: those sentenced, the others
    sentenced with them, those of whom a relative clause speaks, the deaths it is over."""
    sentenced = _SENTENCED_EN_OBJECT.match(text, after)
    at = sentenced.end() if sentenced else after
    for shape in (_AND_OTHERS, _OF_WHOM, _GROUNDS):
        found = shape.match(text, at, end)
        at = found.end() if found else at
    return at


def _court(match: re.Match[str], start: int, mentions: MentionIndex) -> str:
    """The court a match's `x` names: the body named in it, else its words after an article."""
    x_start, x_end = start + match.start("x"), start + match.end("x")
    # "Judge Ana Ruiz … sentenced": the judge named is the court that speaks.
    named = [m for m in mentions.within(x_start, x_end) if m.type in ("organization", "person")]
    return named[-1].text if named else _BEFORE_ARTICLE.sub("", match.group("x").strip())


# "Seven others received terms of 20 years", "Two more were sentenced to life", "the rest got
# ten years each": the convicted as the subject, the court unsaid ("received compensation" is
# no sentence; "were sentenced by a court in X" has a cue of its own, so no court is sought).
_COURTLESS_OUTCOME = re.compile(
    r"\b(?:received|receive|got|were\s+given|was\s+given|were\s+handed|was\s+handed)\s+"
    r"(?:[\w\-']+\s+){0,3}?(?:terms?|sentences?|years|life)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:convicted|sentenced)\b",
    re.I,
)


# "The court found that …", "the tribunal held that …": a court's finding before its verdict
# ("the court found X guilty" is a verdict on X, and tells no outcome's court).
_COURT_FINDS = re.compile(
    rf"\b(?:an?|the|its)\s+(?P<x>(?:[\w'’\-]+\s+){{0,3}}?{_COURT_EN})\s+(?:also\s+)?"
    r"(?:found|held|ruled|concluded|determined)\s+that\b",
    re.I,
)


def earlier_court(text: str, sentence: Sentence, mentions: MentionIndex) -> str | None:
    """The court of a verdict's outcome told with no court: "A tribunal sentenced 12 soldiers
    to death. Nine others received terms of 20 years." The sentences after a verdict, or after
    a court's finding ("The court found that … . Nine were convicted"), go on telling it, so
    the court of the last verdict or finding within reach before is theirs; None when the
    sentence tells no such outcome or no court spoke before it."""
    if not _COURTLESS_OUTCOME.search(sentence.text):
        return None
    for earlier in earlier_sentences(text, sentence.start):
        verdicts = court_cues(text, earlier, mentions)
        if verdicts:
            return verdicts[-1].court
        finding = _COURT_FINDS.search(earlier.text)
        if finding:
            return finding.group("x")
    return None


def reported_verdicts(
    text: str, sentence: Sentence, cues: list[Cue], verdicts: list[Verdict]
) -> list[Cue]:
    """`cues` less each verdict's own cue where someone else reports the verdict: "their
    lawyer said the tribunal sentenced 12", "according to the families, the court sentenced
    12", "the court sentenced 12 men, their lawyers said" are the reporter's counts first."""
    return [c for c in cues if not any(_reported(text, sentence, c, v, cues) for v in verdicts)]


def _reported(text: str, sentence: Sentence, cue: Cue, verdict: Verdict, cues: list[Cue]) -> bool:
    """Whether `cue` is `verdict`'s own and another party's cue stands over the verdict: before
    the court in the same clause, or in the few words after it that close the sentence."""
    if (cue.at, cue.source, cue.reach) != (verdict.at, verdict.court, verdict.reach):
        return False
    for other in cues:
        if other.source is None or other.reach is not None:  # no party, or figures of its own
            continue
        if other.at < verdict.opens:
            between = text[other.at : verdict.opens]
        elif other.at >= verdict.reach[1]:
            between = text[verdict.reach[1] : other.at]
            if len(text[verdict.reach[1] : sentence.end].split()) > _CLOSING_WORDS:
                continue
        else:
            continue
        if not (_JOINER.search(between) or CLAUSE_BREAK.search(between)):
            return True
    return False
