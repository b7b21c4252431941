"""Who a span of text names as the party asserting a figure: the subject before a verb of
asserting, the possessor of "X's figures", the organisation "this body" refers back to.

The verbs of asserting live here too, since a verb ends a subject ("خانم X می‌گوید …" is no
part of the name). attribution finds the cues; this module says whom each one names.
"""

import functools
import itertools
import re

from sabt.extract.attribution_description import ITS, described_body
from sabt.extract.attribution_discourse import (
    DEMONSTRATIVES,
    GENERIC_ANAPHOR,
    NAMED_ANAPHOR,
    REACH,
    anaphor_head,
    sentence_start,
)
from sabt.extract.attribution_fa import (
    FA_HOLDS_NAMES,
    FA_PUT_IN_OWN,
    FA_REPORT_ADJECTIVES,
    FA_REPORT_NOUNS,
    FA_SPOKE_OF,
    FA_SUBJECT_END,
    FA_VERBS,
    NOT_IN_A_PARTY,
    PART_OF,
)
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.sentences import Sentence
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END
from sabt.text.date_words import ENGLISH_MONTH_NAMES

VERBS = (
    r"said|says|say|stated|states|estimated|estimates|estimate|reported|reports|claimed|claims|"
    r"announced|announces|confirmed|confirms|documented|documents|recorded|records|counted|"
    r"counts|told|wrote|writes|noted|notes|added|believes|believe|cites|cited|concluded|"
    # "put the toll at 40", "put it far higher", "put the dead in the thousands": a figure put
    # somewhere; "put them on a bus", "put on trial" assert none.
    r"(?:puts|put)(?=\s+[^.;:]{0,120}?\b(?:at|far|as\s+(?:high|low)|"
    r"in\s+the\s+(?:tens|hundreds|thousands))\b)|"
    r"concludes|conclude|"
    r"tweeted|declared|insists|insisted|maintains|maintained|contends|contended|alleged|alleges|assessed|assesses|calculated|"
    r"verified|testified|recalled|recounted|published|released|tallied|described|"
    r"describes|acknowledged|acknowledges|admitted|admits|shows|showed|show|emphasi[sz]es|"
    r"emphasi[sz]ed|stresses|stressed|explained|explains|warned|warns|argues|argued|"
    r"highlighted|highlights|"
    # the plural's present: "Activists claim that as many as 90 …"
    r"claim|allege|assert|asserts|asserted|maintain|insist|contend|confirm|"
    # "attributed 405 of the deaths to gunfire", "blamed 60 killings on the guard": who assigns
    # a count its cause asserts the count; "deaths attributed to X" is a participle, no verb.
    r"(?:attribut|ascrib|blam|link|trac)(?:ed|es|e)(?!\s+(?:to|on|for|with|back)\b)|"
    # "the court held that soldiers executed 17", "the chamber ruled that …": a judgment's
    # finding; only before "that" ("police held 40 people" holds no finding). "The inquiry
    # heard that 300 were held": who heard the evidence vouches for what it was told. An adverb
    # may stand between: "ruled unanimously that".
    r"(?:held|holds|ruled|rules|determined|determines|established|establishes|judged|"
    r"observed|accepted|considered|heard|hears)(?=\s+(?:[a-z]+ly\s+)?that\b)|"
    # "the court ruled in the case of Ortiz and others that …": the case it ruled in may come
    # before the finding ("police held 40 in a camp that …" is no ruling).
    r"(?:ruled|rules)(?=\s+in\s+[^.;:]{1,80}?\s+that\b)|"
    # "… were innocent, a coroner ruled on Tuesday.": a ruling after what it found.
    r"(?:ruled|rules)(?=(?:\s+(?:on|last|this)\s+\w+)?\s*[.,])|"
    # "The governor was quoted as saying …", "police were quoted by local media as saying …",
    # "the minister is reported to have said …": the quoted one says it.
    r"(?:is|are|was|were|been)\s+quoted\s+(?:by\s+(?:[\w\-'’]+\s+){1,4}?)?as\s+"
    r"(?:saying|stating|telling)|"
    r"(?:is|are|was|were)\s+(?:reported|said|understood)\s+to\s+have\s+(?:said|told|stated|"
    r"estimated|claimed|confirmed|acknowledged|admitted)|"
    # "The Chamber is satisfied beyond reasonable doubt that …", "the Commission has reasonable
    # grounds to believe that …": a finding to its standard of proof.
    r"(?:is|was|are|were)\s+(?:satisfied|convinced|persuaded)(?:\s+beyond\s+(?:a\s+)?"
    r"reasonable\s+doubt)?(?=\s+that\b)|"
    r"(?:has|have|had|found)\s+(?:reasonable|sufficient|credible|substantial)\s+grounds\s+to\s+"
    r"(?:believe|conclude)(?=\s+that\b)|"
    # "gave a toll of 61", "spoke of hundreds of dead": a figure given is one asserted; so is
    # one a body takes as its own ("the inquiry used the official figure of 310").
    r"(?:gave|gives|give|used|uses|adopted|adopts|accepted|accepts)"
    r"(?=\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+)?"
    r"(?:toll|figure|estimate|count|tally|number)\b)|"
    r"(?:spoke|speaks|spoken)(?=\s+of\b)|"
    # "Most scholars place the toll between 800 and 1,000": as "put the toll at".
    r"(?:place|places|placed)(?=\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+)?"
    r"(?:toll|figure|estimate|count|tally|number)s?\b)|"
    # "X raised its count to 61", "police revised the toll to 75": whoever changes a figure
    # states the new one; "The figure of 210 was given by X" names its party after it.
    r"(?:rais|revis|updat|lower|increas|adjust|correct)(?:ed|es|e)(?=\s+(?:its|their|his|her|"
    r"the)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:toll|figure|estimate|count|tally|number)s?\s+"
    r"(?:to|at)\b)|"
    r"given(?=\s+by\b)|"
    # "Families fear that 300 …", "rights groups suspect as many as 90 …": a belief asserts the
    # figure it holds; "suspected militants" and "a thought" hold none.
    r"(?:fear|fears|feared|suspect|suspects|suspected|think|thinks|thought|reckon|reckons|"
    r"reckoned)(?=\s+(?:that\b|as\s+many\s+as|up\s+to|more\s+than|at\s+least|some\s+\d|"
    r"hundreds|thousands|dozens|\d))|"
    # "The indictment charges that …", "the army denied that 50 …": a charge or a denial states
    # the figure it is about.
    r"(?:charge|charges|charged|deny|denies|denied|dispute|disputes|disputed)(?=\s+that\b)|"
    # "The defendant confessed to killing 24 people", "he pleaded guilty to …": an admission.
    r"(?:confessed|confesses|pleaded\s+guilty|pleads\s+guilty)(?=\s+(?:to|that)\b)|"
    # "found the bodies of 40 men" is a discovery, not a finding: no source.
    r"(?:found|finds)(?!\s+(?:the\s+|a\s+)?(?:(?!that\b)[\w,\-]+\s+){0,3}?"
    r"(?:bodies|remains|corpses|graves?)\b)"
)
# "The Foo Forensic Team recovered the remains of 96 people": a named body that exhumed or
# identified the dead counts them (`find_cues` keeps only a named subject, or one whose trade
# is to examine the dead: "investigators found the remains of dozens" is theirs, "monitors
# found the bodies of dozens" and "forensic teams exhumed the bodies" name no party).
REMAINS = (
    r"(?:exhumed|exhumes|recovered|recovers|unearthed|retrieved|identified|identifies|found|finds)"
    r"(?=\s+(?:the\s+)?(?:skeletal\s+)?(?:remains|bodies|skeletons|corpses)\s+of\b)"
)
# A Persian verb is a whole word: گفت must not match inside گفته‌ی ("according to").
# "listed" names a source only before a figure ("listed at least 271 people"), not in
# "listed him as a perpetrator"; so does an official recognition ("has recognised about 680
# people as killed", "registered 300 as missing"), not "recognised the new government".
_LISTED = (
    rf"{REMAINS}|"
    r"(?:listed|identified|named|recogni[sz]ed|registered|lists|list|identifies|names|recogni[sz]es)"
    r"(?=\s+(?:(?:at least|about|some|more than|over)\s+)?\d)"
    # "compiled a register": its compiler is the source ("a list compiled by" is a cue after).
    r"|(?:compiled|made|drew\s+up|kept|put\s+together)"
    r"(?=\s+(?:a|the|its|their)\s+(?:own\s+)?(?:\w+\s+)?(?:list|register|database|tally))"
    # "The commission has received statements putting the toll at 5,000", "the UN said it had
    # received credible reports that 40 …": who received the accounts vouches for their count.
    r"|(?:received|collected|gathered|registered)(?=\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statements|reports|testimonies|accounts|complaints)\b)"
)
# A Persian verb may be plural ("تأیید کردند", "گفتند").
VERB = re.compile(
    rf"\b(?:{VERBS}|{_LISTED})\b"
    # "سخن می‌گفت" (was talking) holds گفت after a zero-width joiner: no verb of asserting.
    # A Persian comma is no letter: "اعلام کرد، اما …" ends the verb. "سخن می‌گفت" is talk.
    rf"|{NOT_AFTER_PERSIAN}(?<!سخن )(?<!حرف )(?:{FA_VERBS})(?:ند)?{WORD_END}"
    rf"|{FA_SPOKE_OF}|{FA_PUT_IN_OWN}|{FA_HOLDS_NAMES}"
)
PERSIAN_LETTER = re.compile(r"[\u0600-\u06FF]")
# "شورای شهر X در ۵ فروردین به نقل از شاهدان اعلام کرد": a Persian subject ends where a
# phrase of time, manner or source opens before its verb.
# Persian words that join two names rather than continue one ("X و Y", "X در Y", "X را").
_NOT_IN_NAME = FA_SUBJECT_END | {"و", "که", "یا", "اما", "ولی"}
# "مرکز ما، بر پایه‌ی فهرست‌هایی که …، برآورد کرده است": a phrase of what a count rests on,
# set off by a comma between subject and verb, ends the subject ("بر" alone may sit in a name).
_GROUNDS = frozenset(("بر", "بنا", "بنابر", "براساس", "طبق"))
# "A court-martial at Fort X", "Witnesses in Dorma": where the subject's place begins.
_SUBJECT_END = FA_SUBJECT_END | {"at", "in"}
# "foreign diplomats at the time estimated", "newspaper reports from the time said", "the
# press of the day wrote": a phrase of time after a party's head noun is no body it serves
# nor any part of the party's name.
THE_TIME = r"(?:the|that)\s+(?:time|day|period|era)\b"
_TIME_AFTER = re.compile(rf"(?:at|from|of)\s+{THE_TIME}", re.I)
# "Officials at the health ministry", "sources in the prison service": a nameless role is
# the people of the body it serves, so the body stays part of the party.
ROLES = frozenset(
    ("official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
     "representative", "representatives", "staff", "doctors", "researchers", "investigators",
     "members", "workers", "officers", "experts", "monitors", "observers", "employees",
     "personnel", "analysts", "lawyers", "prosecutors", "inspectors", "diplomats")
)  # fmt: skip
# "the interior ministry's figures", "Amnesty's researchers": the possessor is the source.
POSSESSIVE = re.compile(
    r"['’]s\s+(?:own\s+|latest\s+|official\s+|annual\s+|new\s+|final\s+)?"
    r"(?:figures|data|statistics|tally|count|records|estimates?|researchers|investigators|"
    r"reports?|findings|list|database|monitors|documentation)\b"
)
# "Foo Watch's death toll stands at 212": a body's toll is its count; "Syria's death toll" is
# the toll in a place, which no one named asserts.
POSSESSIVE_TOLL = re.compile(r"['’]s\s+(?:own\s+|latest\s+|official\s+|new\s+)?(?:death\s+)?toll\b")
_POSSESSOR_STOP = frozenset(
    ("the", "a", "an", "in", "on", "of", "and", "that", "while", "but", "by", "to", "at", "from")
)
_WORD = re.compile(r"[^\W\d_]+")
_AUXILIARIES = frozenset(
    ("have", "has", "had", "also", "was", "were", "is", "are", "will", "would", "later", "then",
     "initially", "first", "subsequently", "since", "now", "long", "always", "repeatedly",
     "consistently", "publicly", "still", "again", "too", "only", "already", "reportedly",
     "officially", "previously", "often", "once", "jointly", "separately", "independently",
     "themselves", "itself", "meanwhile", "further", "likewise", "similarly",
     "however", "today")
)  # fmt: skip
_NOT_A_SUBJECT_START = frozenset(
    ("the", "and", "in", "a", "also", "but", "yet", "so", "still", "however", "meanwhile",
     "now", "then", "instead", "indeed", "moreover", "separately", "although", "though", "as",
     "since", "because", "if", "when", "while", "whereas")
)  # fmt: skip
_QUANTIFIERS = frozenset(("برخی", "بعضی", "بسیاری", "شماری", "تعدادی", "چندین"))
_LAST_WORD = re.compile(r"[^\W\d_]+[\s,]*$")


def before_auxiliaries(text: str, start: int, end: int) -> int:
    """Where a subject ends before the auxiliaries and adverbs that stand between it and its
    verb: "It also recorded", "The group has since said", "They, however, estimated"."""
    while True:
        last = _LAST_WORD.search(text, start, end)
        word = last.group().rstrip(" ,\n").lower() if last else ""
        if not last or last.start() == start or word not in _AUXILIARIES:
            return end
        end = last.start()


@functools.lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    """The lowercased words of a name."""
    return frozenset(_WORD.findall(name.lower()))


def antecedent(text: str, phrase: str, before: int, mentions: MentionIndex) -> str | None:
    """What "the group", "it", "the commission" refers to: the organisation named last before,
    within a few sentences; None when the phrase is no such reference or nothing fits."""
    phrase = anaphor_head(phrase)
    generic = GENERIC_ANAPHOR.match(phrase)
    named = None if generic else NAMED_ANAPHOR.match(phrase)
    if not (generic or named):
        # "its own inquiry": the body "it" stands for.
        if ITS.match(phrase):
            return antecedent(text, "it", before, mentions)
        # "the trust's ledgers", "the Kenyan collective": any head noun of a body named before.
        body = described_body(phrase, before, mentions)
        return _party_name(body) if body else None
    head = named and (named.group("head") or named.group("fa") or "").lower()
    earlier = mentions.within(max(0, before - REACH), before)
    if generic and not head:
        head = _kind_named_before(phrase, earlier)
    # "Amnesty called the strike a crime by the Russian army. According to this organisation
    # …": the body that opened the sentence naming the last body is what "this organisation"
    # refers to, before one named later inside that sentence.
    bodies = [m for m in earlier if m.type == "organization"]
    if generic and bodies:
        opened = sentence_start(text, bodies[-1].start)
        earlier += [m for m in bodies if m.start == opened]
    for mention in reversed(earlier):
        if mention.type != "organization":
            continue
        # A whole word: "the commission" is not the "Office of the High Commissioner".
        if head and head not in _words(mention.name or mention.text) | _words(mention.text):
            continue
        return _party_name(mention)
    return None


def _kind_named_before(phrase: str, earlier: list[Mention]) -> str | None:
    """ "مرکز X … . در گزارش این مرکز آمده است": a Persian reference back by a kind of body
    ("این مرکز", "همین سازمان") is to the body whose name holds that word, when one was named
    within reach, before any other body named since in passing; None when none holds it."""
    words = phrase.split()
    if len(words) != 2 or words[0] not in DEMONSTRATIVES:
        return None
    kind = words[1]
    held = any(
        m.type == "organization" and kind in _words(m.name or m.text) | _words(m.text)
        for m in earlier
    )
    return kind if held else None


def _party_name(mention: Mention) -> str:
    """How a body referred back to is named: its registered name, else its words cut back."""
    name = mention.name or mention.text
    return name if mention.entity is not None else REPORT_OF.sub("", trimmed(name))


# "Report of the Independent Commission": a title a rule took with the body's name.
REPORT_OF = re.compile(
    r"^(?:(?:Final|Annual|Interim|Special)\s+)?(?:Report|Findings|Summary|Statement)\s+"
    r"(?:of|by|from)\s+(?:the\s+)?"
)


def possessor(
    text: str, sentence: Sentence, at: int, mentions: MentionIndex, *, named: bool = False
) -> str | None:
    """The party before "'s figures" at `at`: a mention ending there, else (unless `named`)
    the words before it back to a determiner or preposition."""
    for mention in mentions.within(sentence.start, at):
        if mention.end == at and mention.type in ("person", "organization"):
            return mention.name or mention.text
    if named:
        return None
    words = text[sentence.start : at].split()
    taken: list[str] = []
    while words and len(taken) < 5:
        word = words.pop()
        if word.lower() in _POSSESSOR_STOP or not word[-1].isalnum():
            break
        taken.insert(0, word)
    return " ".join(taken) or None


def whole_name(text: str, mention: Mention, inside: list[Mention]) -> str:
    """The party a mention names, extended over the organisation mentions that overlap it or
    continue its name ("دفتر کمیسر عالی حقوق" + "بشر" + "سازمان ملل" is one office of the UN).

    A registered mention keeps its canonical name: a rule's proposed mention may have caught
    only part of a long name, a registered one is whole.
    """
    if mention.entity is not None or mention.type != "organization":
        return mention.name or mention.text
    end = mention.end
    for other in inside:
        if other.start < mention.start or other.end <= end or other.type != "organization":
            continue
        gap = text[end : other.start].split()
        # "… X کشته شدند، Y اعلام کرد": a comma between two names parts them.
        if other.start > end and not (
            len(gap) <= 2
            and all(PERSIAN_LETTER.match(w) and w not in _NOT_IN_NAME for w in gap)
            and "،" not in text[end : other.start]
        ):
            break
        end = other.end
    name = text[mention.start : end] if end > mention.end else mention.name or mention.text
    return trimmed(name)


def trimmed(name: str) -> str:
    """ "وزارت بهداشت روز دوشنبه", "انجمن X پیش‌تر", "فرمانداری شمار کشته‌ها": a proposed name
    that ran on into when it spoke or what it counted, cut back to the party."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in NOT_IN_A_PARTY), len(words))
    return " ".join(words[:cut])


def _before_verb(name: str) -> str:
    """ "خانم X می‌گوید در … گفت": a verb of asserting ends a subject (or a name a rule took
    too far), never part of it."""
    words = name.split()
    said = next(
        (i for i, w in enumerate(words) if i and PERSIAN_LETTER.match(w) and VERB.fullmatch(w)),
        len(words),
    )
    return " ".join(words[:said])


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


_FA_MY = re.compile(r"\u200c(?:ام|مان)$")


def party_in(
    text: str, start: int, end: int, mentions: MentionIndex, *, named: bool = False
) -> str | None:
    """The asserting party named in text[start:end]: a person, else an organisation, else words
    (unless `named`: then only a mention will do)."""
    inside = mentions.within(start, end)
    for kind in ("person", "organization"):
        for mention in inside:
            if mention.type == kind:
                return _before_verb(whole_name(text, mention, inside))
    if named:
        return None
    # "به گفته‌ی «انجمن ۵ آذر»": a name in quote marks is whole, digits and all.
    if text[start - 1 : start] == "«" and text[end : end + 1] == "»":
        return text[start:end].strip()
    words = text[start:end].strip(" ,،\n").split()
    # "But rights groups say …", "Yet the ministry said …": the conjunction is no part of it.
    while words and words[0].lower() in _NOT_A_SUBJECT_START:
        words.pop(0)
    # "برخی گروه‌های مخالف", "بعضی از خانواده‌ها": the party is who they are, not how many.
    while len(words) > 2 and words[0] in _QUANTIFIERS:
        words.pop(0)
        if words[0] == "از":
            words.pop(0)
    # "گزارش X …": X's report, X asserts; "X ۱۲۰ مورد … را": a figure is past the Persian
    # subject (in English one before the verb is mostly a date: "On 5 May the ministry said").
    # "In 2011 investigators told …", "In May 2015 a tribunal concluded …": the date before
    # the subject, and the article after it.
    if len(words) > 1 and words[0] in ENGLISH_MONTH_NAMES and _has_digit(words[1]):
        words.pop(0)
    if words and _has_digit(words[0]):
        words = list(itertools.dropwhile(_has_digit, words))
        while len(words) > 1 and words[0].lower() in ("a", "an", "the"):
            words.pop(0)
    if words and PERSIAN_LETTER.match(words[0]):
        while len(words) > 1 and words[0] in FA_REPORT_ADJECTIVES:
            words.pop(0)
        if len(words) > 1 and words[0] in FA_REPORT_NOUNS:
            words.pop(0)
            while len(words) > 1 and words[0] in FA_REPORT_ADJECTIVES:
                words.pop(0)
        words = list(itertools.takewhile(lambda w: not _has_digit(w), words))
        words = _before_verb(" ".join(words)).split()
    # "یکی از بستگان …", "برخی از شاهدان": "one of", "some of" is the subject's own از.
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and (
                # "foreign diplomats at the time": a phrase of time ends any party
                _TIME_AFTER.match(" ".join(words[i:]))
                or (
                    (w in _SUBJECT_END or (w in _GROUNDS and words[i - 1].endswith("،")))
                    and not (w == "از" and words[i - 1] in PART_OF)
                    and not (w in ("at", "in") and words[i - 1].lower() in ROLES)
                )
            )
        ),
        len(words),
    )
    if cut > 1 and cut < len(words) and words[cut - 1] == "این":
        cut -= 1
    words = words[:cut]
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    # "خانواده‌های قربانیان، پس از …": the comma that closed the subject is no part of it.
    phrase = " ".join(words[-8:]).rstrip(",،")
    # "همسایگان افغان‌ام" (my Afghan neighbours): the narrator's "my" is no part of who they are.
    phrase = _FA_MY.sub("", phrase)
    # "The ministry's figures put the toll at …": whose figures they are.
    possessive = POSSESSIVE.search(phrase)
    if possessive and possessive.start() > 0:
        phrase = phrase[: possessive.start()]
    return phrase or None
