"""English rules that find a person's name by its cue: a title or role before it, an
apposition, a fate or an age, a speech verb after it, an alias, a name given in the text, or a
known given name opening it. `names.propose_names` runs them and filters what they find.
"""

import re

from sabt.extract.anchored import Anchored, Leaping, by_first_letter
from sabt.extract.given_names import GivenNameRuns
from sabt.extract.name_words import CAP, NAME, NAME_START, SPEECH_VERBS

_TITLES = (
    r"Mrs?\.|Ms\.|Dr\.|Madam|Ayatollah|Grand Ayatollah|Hojatoleslam|Hojjatoleslam|Sheikh|Judge|"
    r"Prosecutor|Secretary General|Secretary-General|Prime Minister|Minister|President|"
    r"Commander|Rapporteur|Ambassador|Senator|Secretary of State|General|Colonel|Brigadier|"
    r"Lieutenant|Captain|Major|Senior General|Field Marshal|Governor|Mayor|Chief Justice|"
    r"Justice|Bishop|Archbishop|Imam|Molavi|Mullah|Professor|Prof\.|Mr\.|Sir|King|Queen|Prince|"
    r"Emir|Chairman|Chairwoman|Director|High Commissioner|Premier|Mrs|Mr|Ms|Haj|Hajj|Haji|"
    r"leader|chief|tyrant|cleric|commissioner|spokesman|spokeswoman|spokesperson|prisoner|witness|"
    r"survivor|lawyer|activist|judge|prosecutor|dissident|journalist|mullahs such as|"
    r"officer|soldier|commander|colonel|general|governor|mayor|bishop|director|minister|"
    r"doctor|nurse|teacher|student|farmer|resident|villager|mother|father|brother|sister|"
    r"son|daughter|wife|husband|cousin|nephew|niece|uncle|aunt|neighbour|neighbor|writer|poet|"
    r"novelist|author|playwright|historian|economist|scholar|priest|pastor|diplomat|"
    r"businessman|businesswoman|physician|surgeon|engineer|artist|singer|filmmaker|photographer"
)
# A name after a title may be given by initials: "General A. K. Rahman", "Dr. J. M. Ortiz".
_INITIALS = rf"(?:{CAP}\s+)?(?:[A-Z]\.\s+){{1,3}}{CAP}"
PERSON_TITLE = re.compile(
    rf"(?=[A-Za-z])\b(?:{by_first_letter(_TITLES)})\s+(?=[A-Zabdeiv])(?P<name>{_INITIALS}|{NAME})"
)
# A person named with no other cue: two or three capitalised words, the first a known given
# name ("the inquiry led by Helena Novak", "Henrik Larsen overruled it"); not the start of a
# longer capitalised run ("Helen Suzman Foundation" is a body's name).
GIVEN_NAME_RUN = GivenNameRuns(
    re.compile(rf"(?P<name>{CAP}(?:[ ]{CAP}){{1,2}})(?![ ]*[A-Z\d])(?=[’']s\b|[^\w’'\-]|$)")
)
# A post, then the person who holds it in apposition: "its director, Amal Haddad, said", "The
# Special Rapporteur on Myanmar, Tom Andrews, …".
PERSON_AFTER_ROLE = Leaping(
    re.compile(rf",\s+{CAP}\s+{CAP},"),
    re.compile(
        r"\b(?:Rapporteur|Secretary[- ]General|Minister|President|Director|Commissioner|"
        r"spokesperson|detainee|prisoner|witness|survivor|director|head|chief|commander|leader|"
        r"founder|chairman|chairwoman|chair|spokesman|spokeswoman|lawyer|coordinator|president|"
        r"investigator|researcher|governor|mayor|minister|ambassador|envoy|prosecutor|judge|"
        rf"commissioner|rapporteur)\b[^,.;\n]{{0,70}},\s+(?P<name>{CAP}\s+{CAP}),"
    ),
)
# ("X, the Y's adviser" or, without an article, "X, ABC's legal adviser": a post of a body.)
_APPOSITION_WORDS = (
    r",\s+(?:the|a|an|former|who|then|alias|his|her|also known as|known as|head|chief|commander|"
    r"leader|president|minister|director|governor|whose|appointed|elected|sworn in|"
    r"spokes(?:man|woman|person)\s+(?:for|of)|"
    r"[A-Z][\w\-]*[’']s\s+(?:[a-z\-]+\s+){0,2}(?:advis[eo]r|spokes(?:man|woman|person)|lawyer|"
    r"envoy|ambassador|prosecutor|deputy|secretary|chairman|chairwoman|chief|head|director)|"
    # ("X, East Africa director at ABC": a post over a region, written in capitals before it.)
    r"(?:[A-Z][\w\-]*\s+){1,3}(?:deputy\s+)?(?:director|researcher|head|chief|spokes(?:man|woman|"
    r"person)|coordinator|representative|advocate|officer|editor|correspondent)\s+(?:at|of|for|with))\b"
)
# Rules in apposition are searched only around their comma and the words after it (`Leaping`).
PERSON_APPOSITION = Leaping(
    re.compile(_APPOSITION_WORDS),
    re.compile(rf"{NAME_START}(?<![’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}}){_APPOSITION_WORDS}"),
)
# Someone whose fate the sentence tells, or whose age it gives: "Reza Karimi, 34, was …",
# "Leila Hosseini was arrested in …" (two or three capitalised words; bodies are filtered).
_FATE_VERBS = (
    "arrested|executed|hanged|killed|shot|sentenced|detained|tortured|abducted|disappeared|"
    "released|summoned|flogged|convicted|charged|indicted|tried|acquitted|extradited|murdered|"
    "assassinated|wounded|injured|beaten|imprisoned|jailed|interrogated|deported|exiled"
)
_AGE = r"(?:,\s+\d{1,2},|\s+\(\d{1,2}\))"
# The anchor opens on its verb, not on the space before it, so that it is searched for fast.
PERSON_FATE = Anchored(
    re.compile(
        rf"(?:was|had been|has been)\s+(?:(?:\w+ly|later|then|also|first)\s+)?"
        rf"(?:{_FATE_VERBS})\b|,\s+\d{{1,2}},"
    ),
    re.compile(rf"(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})(?:{_AGE}?\s+)?$"),
)
# The other name of someone just named: "Kaing Guek Eav, alias Duch,".
ALIAS = re.compile(rf"(?:,\s+|\()(?:alias|also known as|aka|known as)\s+(?P<name>{NAME})")
# A source named by a person, not by an adjective before a noun ("according to Soviet
# documents", "according to Kenyan officials"): what may follow a person's name in lower case.
_AFTER_SOURCE = (
    "who|whose|in|on|at|and|of|for|to|as|with|from|during|after|before|quoted|cited|writing|"
    "speaking|interviewed|himself|herself"
)
# The literal opens the regex and the look-behinds follow it, so that it is searched fast.
ACCORDING_TO = re.compile(
    r"ccording to(?<=[Aa]ccording to)(?<![\w].ccording to)"
    rf"\s+(?P<name>{NAME})\b(?!\s+(?:{CAP}))(?!\s+(?!(?:{_AFTER_SOURCE})\b)[a-z]{{3,}})"
)
PERSON_SPEECH = Anchored(
    re.compile(rf"\s(?:{by_first_letter(SPEECH_VERBS)})\b"),
    re.compile(rf"{NAME_START}(?<![’'])(?<!on )(?<!for )(?P<name>{NAME}),?\s*$"),
)
# A person given a name in the text itself: "a witness, called Parisa Rahmani in this file".
_CALLED = r"(?:called|named|known as)\s"
PERSON_CALLED = Leaping(
    re.compile(_CALLED),
    re.compile(
        r"\b(?:witness|survivor|detainee|prisoner|victim|woman|man|girl|boy)\b[^.;\n]{0,30}?"
        rf"\b{_CALLED}\s*(?P<name>{CAP}(?:\s+{CAP}){{0,2}})"
    ),
    before=80,
)
# A speaker named after the verb, closing the sentence or followed by a post: '"…," said Ana
# Pardo, a lawyer for the families.' (two or three words; a body's name is filtered).
PERSON_AFTER_SPEECH = re.compile(
    r"(?=[a-z])(?<![\w\-])(?:said|says|added|wrote|recalled|explained|warned|testified)\s+"
    rf"(?P<name>{CAP}(?:\s+{CAP}){{1,2}})(?![\w\-’']|\s+[A-Z])(?=\s*[,.;:]|\s+(?:in|on|who)\b)"
)
# A person whose fate or whose kin the sentence names: "the killing of Ana Pardo", "the arrest
# of Omar Haddad", "Ana Pardo's brother" (two or three words, not the opening of a longer name).
_FATE_NOUNS = (
    "killing|death|murder|arrest|execution|detention|abduction|disappearance|assassination|"
    "trial|release|funeral|burial|torture|kidnapping|shooting|hanging|conviction|sentencing"
)
PERSON_FATE_OF = re.compile(
    rf"(?=[a-z])(?<![\w\-])(?:{_FATE_NOUNS})\s+of\s+"
    rf"(?P<name>{CAP}(?:\s+{CAP}){{1,2}})(?![\w\-]|\s+[A-Z])"
    # (then punctuation or a function word: "the arrest of Kenya Airways staff" names none)
    r"(?=\s*[,.;:)]|\s+(?:in|on|at|by|and|who|was|had|has|is|near|from|after|before|during|"
    r"for|to|while|last)\b)"
)
_KIN = (
    "brother|sister|mother|father|wife|husband|son|daughter|family|relatives|widow|lawyer|"
    "attorney|uncle|aunt|cousin|body|parents|children|grave"
)
PERSON_KIN = Anchored(
    re.compile(rf"[’']s\s+(?:{_KIN})\b"),
    re.compile(rf"{NAME_START}(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})$"),
)
