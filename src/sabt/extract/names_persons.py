"""English rules that find a person's name by its cue: a title or role before it, an
apposition, a fate or an age, a speech verb after it, an alias, a name given in the text, or a
known given name opening it. `names.propose_names` runs them and filters what they find.
"""

import re

from sabt.extract.anchored import Anchored, Keyed, Leaping, by_first_letter
from sabt.extract.given_names import GivenNameRuns
from sabt.extract.name_words import CAP, INITIALLED, NAME, NAME_START, SPEECH_VERBS

_ABBREVIATIONS = "Gen|Col|Lt|Sgt|Capt|Maj|Brig|Rev|Sen|Rep|Gov|Cpl|Pvt|Adm|Cmdr|Supt|Insp|Fr"
_ABBREVIATED = "|".join(
    rf"{short}\.(?:\s+(?:{_ABBREVIATIONS})\.)*" for short in _ABBREVIATIONS.split("|")
)
# Titles written in lower case inside a sentence, capitalised where they open one ("Lawmaker
# Ana Pardo demanded …"): found there only, and cut off a name a speech verb found.
_OPENING_TITLE_WORDS = (
    "Lawmaker Warlord Activist Journalist Blogger Lawyer Cleric Dissident Detainee Defendant "
    "Inmate Protester Poet Novelist Filmmaker Photographer Campaigner Militiaman Gunman Survivor "
    "Villager"
)
OPENING_TITLES = frozenset(_OPENING_TITLE_WORDS.split())
_TITLES = (
    r"Mrs?\.|Ms\.|Dr\.|Madam|Ayatollah|Grand Ayatollah|Hojatoleslam|Hojjatoleslam|Sheikh|Judge|"
    r"Prosecutor|Secretary General|Secretary-General|Prime Minister|Minister|President|"
    r"Commander|Rapporteur|Ambassador|Senator|Secretary of State|General|Colonel|Brigadier|"
    r"Lieutenant|Captain|Major|Senior General|Field Marshal|Governor|Mayor|Chief Justice|"
    r"Justice|Bishop|Archbishop|Imam|Molavi|Mullah|Professor|Prof\.|Mr\.|Sir|King|Queen|Prince|"
    r"Sister|Reverend|Pastor|Rabbi|Lord|Baroness|Dame|"
    r"Emir|Chairman|Chairwoman|Director|High Commissioner|Premier|Mrs|Mr|Ms|Haj|Hajj|Haji|"
    r"Coordinator|Representative|Envoy|Ombudsman|Ombudsperson|coordinator|envoy|ombudsman|"
    r"leader|chief|tyrant|cleric|commissioner|spokesman|spokeswoman|spokesperson|prisoner|witness|"
    r"survivor|lawyer|jurist|activist|judge|prosecutor|dissident|journalist|mullahs such as|"
    r"officer|soldier|commander|colonel|general|governor|mayor|bishop|director|minister|"
    r"doctor|nurse|teacher|student|farmer|resident|villager|mother|father|brother|sister|"
    r"son|daughter|wife|husband|cousin|nephew|niece|uncle|aunt|neighbour|neighbor|writer|poet|"
    r"novelist|author|playwright|historian|economist|scholar|priest|pastor|diplomat|"
    r"businessman|businesswoman|physician|surgeon|engineer|artist|singer|filmmaker|photographer|"
    r"blogger|protester|demonstrator|detainee|inmate|defendant|warlord|lawmaker|senator|imam|"
    r"rabbi|reporter|correspondent|academic|lecturer|campaigner|paramedic|"
    # Ranks and titles cut short, one or a chain: "Brig. Gen. Ana Pardo", "Dr Omar Haddad".
    rf"{_ABBREVIATED}|Dr"
)
# A title opening a sentence: "Lawmaker Ana Pardo …" (a lower-case title, capitalised there).
_OPENING_TITLE = by_first_letter("|".join(sorted(OPENING_TITLES)))
PERSON_OPENING_TITLE = Leaping(
    re.compile(rf"(?:{_OPENING_TITLE})\s"),
    re.compile(
        rf"(?:\A|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?:{_OPENING_TITLE})\s+(?P<name>{NAME})"
    ),
    before=0,
    after=60,
)
# A name after a title may be given by initials: "General A. K. Rahman", "Dr. J. M. Ortiz".
_INITIALS = rf"(?:{CAP}\s+)?(?:[A-Z]\.\s+){{1,3}}{CAP}"
PERSON_TITLE = re.compile(
    rf"(?=[A-Za-z])\b(?:{by_first_letter(_TITLES)})\s+(?=[A-Zabdeiv])(?P<name>{_INITIALS}|{NAME})"
)
# A person named with no other cue: two or three capitalised words, the first a known given
# name ("the inquiry led by Helena Novak", "Henrik Larsen overruled it"), or four opening on two
# ("Juan Carlos Ríos Montt"); not the start of a longer capitalised run ("Helen Suzman
# Foundation" is a body's name).
GIVEN_NAME_RUN = GivenNameRuns(
    re.compile(rf"(?P<name>{CAP}(?:[ ]{CAP}){{1,3}})(?![ ]*[A-Z\d])(?=[’']s\b|[^\w’'\-]|$)")
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
        # a parish's or a mosque's clergy: "the parish priest of Roccalta, Dario Benzoni, …"
        r"commissioner|rapporteur|priest|pastor|vicar|imam|rabbi|bishop|archbishop)\b"
        rf"[^,.;\n]{{0,70}},\s+(?P<name>{CAP}\s+{CAP}),"
    ),
)
# ("X, the Y's adviser" or, without an article, "X, ABC's legal adviser": a post of a body.)
_APPOSITION_WORDS = (
    r",\s+(?:the|a|an|former|who|then|alias|his|her|also known as|known as|whose|appointed|"
    r"elected|sworn in|"
    # ("X, vice-president of Y", "X, deputy director of Y": a post with no article, its prefix.)
    r"(?:vice-|deputy\s+|acting\s+|co-)?(?:head|chief|commander|leader|president|minister|"
    r"director|governor|chairman|chairwoman|chair|secretary|professor|founder|editor|"
    r"coordinator|ambassador|prosecutor|mayor)|"
    r"spokes(?:man|woman|person)\s+(?:for|of)|"
    # ("X, South Korea's first president": a country's head, its name of two words or one.)
    r"(?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*[’']s\s+(?:[a-z\-]+\s+){0,2}(?:advis[eo]r|"
    r"spokes(?:man|woman|person)|lawyer|commissioner|ombuds(?:man|woman|person)|representative|"
    r"coordinator|minister|governor|envoy|ambassador|prosecutor|deputy|secretary|chairman|"
    r"chairwoman|chief|head|director|president|prime minister|premier|dictator|ruler|leader|"
    r"king|queen|emperor|monarch|strongman|founder)|"
    # ("X, East Africa director at ABC": a post over a region, written in capitals before it.)
    r"(?:[A-Z][\w\-]*\s+){1,3}(?:deputy\s+)?(?:director|researcher|head|chief|spokes(?:man|woman|"
    r"person)|coordinator|representative|advocate|officer|editor|correspondent)\s+(?:at|of|for|with))\b"
)
# Rules in apposition are searched only around their comma and the words after it (`Leaping`).
PERSON_APPOSITION = Leaping(
    re.compile(_APPOSITION_WORDS),
    re.compile(
        rf"{NAME_START}(?<![’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}}|{INITIALLED}){_APPOSITION_WORDS}"
    ),
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
        rf"(?:was|were|had been|has been|have been)\s+(?:(?:\w+ly|later|then|also|first)\s+)?"
        rf"(?:{_FATE_VERBS})\b|,\s+\d{{1,2}},|died\b|disappeared\b"
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
# "According" in capitals after a word is a title's ("All According to Plan"), not a source.
ACCORDING_TO = re.compile(
    r"ccording to(?<=[Aa]ccording to)(?<![\w].ccording to)(?<![\w,] According to)"
    rf"\s+(?P<name>{NAME})\b(?!\s+(?:{CAP}))(?!\s+(?!(?:{_AFTER_SOURCE})\b)[a-z]{{3,}})"
)
PERSON_SPEECH = Anchored(
    re.compile(rf"\s(?:{by_first_letter(SPEECH_VERBS)})\b"),
    re.compile(rf"{NAME_START}(?<![’'])(?<!on )(?<!for )(?P<name>{NAME}),?\s*$"),
)
# A person given a name in the text itself: "a witness, called Parisa Rahmani in this file".
# ("given the synthetic name X", "under the pseudonym X": a name a report gives a witness.)
_CALLED_WORDS = "called|named|known as|pseudonym"
_FALSE_NAME = "synthetic|assumed|fictitious|fictional|false"  # … before "name"
_CALLED = rf"(?:{_CALLED_WORDS}|(?:{_FALSE_NAME})\s+name)\s"
PERSON_CALLED = Leaping(
    # found by the words that open the cue
    Keyed(re.compile(_CALLED), tuple(f"{_CALLED_WORDS}|{_FALSE_NAME}".split("|"))),
    re.compile(
        r"\b(?:witness|survivor|detainee|prisoner|victim|woman|man|girl|boy)\b[^.;\n]{0,40}?"
        rf"\b{_CALLED}\s*(?P<name>{CAP}(?:\s+{CAP}){{0,2}})"
    ),
    before=80,
)
# A full name of two or three words, not the opening of a longer capitalised run.
_FULL_NAME = rf"(?P<name>{CAP}(?:\s+{CAP}){{1,2}})(?![\w\-’']|\s+[A-Z])"
# A cue of up to so many words is found by its words (`Keyed`); the regex finds more as fast.
_FEW_WORDS = 20
# What may follow a name that closes a cue's phrase: punctuation or a function word ("the
# arrest of Kenya Airways staff", "killed United Nations staff" name no one).
_CLOSES_NAME = (
    r"(?=\s*[,.;:)]|\s+(?:in|on|at|by|and|to|with|for|after|before|outside|near|while|as|"
    r"who|when|during|last|from|was|had|has|is)\b)"
)


def _cue_then_name(cue: str, between: str = "", closes: str = _CLOSES_NAME) -> Leaping:
    """A full name right after a lower-case cue (plain words joined by "|") and the words
    `between`, closing its phrase (`closes`); searched only from each cue on, the cue of a few
    words found by its words."""
    anchor = re.compile(rf"(?:{by_first_letter(cue)})\s")
    words = tuple(cue.split("|"))
    return Leaping(
        Keyed(anchor, words) if len(words) <= _FEW_WORDS else anchor,
        re.compile(rf"(?<![\w\-])(?:{by_first_letter(cue)})\s+{between}{_FULL_NAME}(?:{closes})"),
        before=0,
        after=90,
    )


# A speaker named after the verb, closing the sentence or followed by a post: '"…," said Ana
# Pardo, a lawyer for the families.' (a body's name is filtered).
# A verb after the name makes it the subject of what was said ("he said South Africa had
# failed"), often a country's or a body's: only punctuation, or "in", "on", "who" closes it.
PERSON_AFTER_SPEECH = _cue_then_name(
    "said|says|added|wrote|recalled|explained|warned|testified",
    closes=r"(?=\s*[,.;:]|\s+(?:in|on|who)\b)",
)
# A person whose fate the sentence names: "the killing of Ana Pardo", "the arrest of Omar Haddad".
_FATE_NOUNS = (
    "killing|death|murder|arrest|execution|detention|abduction|disappearance|assassination|"
    "trial|release|funeral|burial|torture|kidnapping|shooting|hanging|conviction|sentencing"
)
PERSON_FATE_OF = _cue_then_name(_FATE_NOUNS, r"of\s+")
# A person named as the object of a verb of fate, of a verb that gives or takes a post, or
# identified by name: "soldiers shot Ana Pardo in the back", "the court sentenced Omar Haddad
# to death", "the board declared Tomas Reyes the winner", "parliament elected Lena Varga
# speaker", "police identified the man as Omar Haddad".
_OBJECT_VERBS = (
    "shot|killed|arrested|detained|abducted|executed|tortured|kidnapped|murdered|assassinated|"
    "hanged|beheaded|sentenced|charged|convicted|acquitted|indicted|extradited|identified|named|"
    "proclaimed|appointed|nominated|dismissed|sacked|pardoned|summoned|questioned|interviewed|"
    "deported|expelled"
)
# (A bracket after the name may describe it: "a witness, named here as Ana Pardo (a synthetic
# name), told …".)
PERSON_OBJECT = _cue_then_name(
    _OBJECT_VERBS, r"(?:(?:\w+\s+){0,3}?as\s+)?", closes=rf"{_CLOSES_NAME}|(?=\s+\()"
)
# A person given a post by a verb, the post after the name: "declared Tomas Reyes the winner",
# "elected Lena Varga speaker", "named Omar Haddad a deputy" (a lower-case word closes it).
_POST_VERBS = "declared|proclaimed|elected|re-elected|appointed|named|nominated|made|crowned"
PERSON_GIVEN_POST = _cue_then_name(
    _POST_VERBS, closes=r"(?=\s+(?:(?:the|a|an|as|its|their)\s+)?[a-z]{3,}\b)"
)
# A person named by kin: "Ana Pardo's brother", "Omar Haddad's family".
_KIN = (
    "brother|sister|mother|father|wife|husband|son|daughter|family|relatives|widow|lawyer|"
    "attorney|uncle|aunt|cousin|body|parents|children|grave"
)
PERSON_KIN = Anchored(
    re.compile(rf"[’']s\s+(?:{_KIN})\b"),
    re.compile(rf"{NAME_START}(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})$"),
)
# A relative named in apposition after a possessive, by one given name or a full name: "My
# brother, Tomas, was taken", "the mayor and his wife, Lena Varga, were shot".
_RELATIVES = (
    "husband|wife|son|daughter|brother|sister|father|mother|uncle|aunt|cousin|nephew|niece|"
    "grandson|granddaughter|grandfather|grandmother|fiancée?|partner|widow|widower"
)
PERSON_RELATIVE = Leaping(
    re.compile(rf"(?:{by_first_letter(_RELATIVES)}),\s"),
    re.compile(
        rf"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:(?:eldest|youngest|elder|younger|older|"
        rf"late|only|second|first)\s+)?(?:{by_first_letter(_RELATIVES)}),\s+"
        rf"(?P<name>{CAP}(?:\s+{CAP}){{0,2}}),"
    ),
    before=40,
)
# Someone who gives their name in a testimony, or whose name the writer gives: "My name is Ana
# Pardo.", "Her name was Lena Varga".
PERSON_NAME_IS = Leaping(
    re.compile(r"name (?:is|was)\s"),
    re.compile(rf"\b(?:[Mm]y|[Hh]is|[Hh]er)\s+name\s+(?:is|was)\s+(?P<name>{NAME})\b(?!\s+{CAP})"),
    before=10,
)
# Someone whose own kin the sentence names after a verb of family life or with "and": "Ana
# Pardo lost her husband in the raid", "Omar Haddad and his wife were taken" (a body's verbs,
# "interviewed her mother", "demanded his release", are not among them).
_OWN_KIN_VERBS = (
    "lost|buried|mourned|married|divorced|raised|hugged|kissed|carried|left|searched for|"
    "looked for|waited for|fled with|lived with|lives with|travelled with|traveled with|and"
)
# (The anchor opens on "his" or "her", so that it is searched fast; the verb is looked for
# before it.)
PERSON_OWN_KIN = Anchored(
    re.compile(
        r"h(?<!\wh)(?:is|er)\s+(?:(?:eldest|youngest|elder|younger|older|only|two|three|four|baby|"
        rf"infant|newborn|late|pregnant)\s+)?(?:{_RELATIVES}|children|sons|daughters|brothers|"
        r"sisters|parents|family|baby)\b"
    ),
    re.compile(
        rf"{NAME_START}(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})\s+(?:{_OWN_KIN_VERBS})\s+$"
    ),
)
# A Slavic name with its patronymic: "Ramzan Akhmadovich Kadyrov", "Yulia Olehivna Petrenko".
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna")
_PATRONYMIC = "|".join(PATRONYMIC_ENDINGS)
PERSON_PATRONYMIC = Leaping(
    Keyed(re.compile(rf"(?:{_PATRONYMIC})\s"), PATRONYMIC_ENDINGS),
    re.compile(
        rf"(?<![\w’'\-])(?P<name>{CAP}\s+[A-Z][a-z]+(?:{_PATRONYMIC})\s+{CAP})"
        r"(?![\w\-]|\s+[A-Z])"
    ),
    before=60,
    after=40,
)
# A person whose own words a record holds: "the testimony of Ana Pardo", "Deposition by Omar
# Haddad", "an affidavit from Lena Varga" (a heading's capital too); not a statement, an account
# or evidence, which a state or a body gives as often ("the statement of South Africa").
_RECORDS = "testimony|deposition|affidavit"
PERSON_RECORD = _cue_then_name(
    f"{_RECORDS}|{_RECORDS.title()}",
    r"(?:of|by|from|given by)\s+(?!(?:North|South|East|West|Central|New|Upper|Lower)\s)",
    closes=rf"{_CLOSES_NAME}|(?=\s+\()",
)
# A person described in brackets after the name: "Ana Pardo (a witness)", "Omar Haddad (not his
# real name)", "Lena Varga (then a nurse at the hospital)".
_BRACKETED_ROLES = (
    "witness|survivor|victim|detainee|prisoner|nurse|doctor|teacher|farmer|student|lawyer|"
    "journalist|activist|soldier|officer|commander|resident|villager|mother|father|widow|"
    "relative|refugee|guard|driver|trader|pharmacist|mechanic|fighter|defector|official|"
    "pseudonym|minor|girl|boy|woman|man"
)
PERSON_BRACKETED = Leaping(
    re.compile(r" \((?:a|an|the|then|former|not)\s"),
    re.compile(
        rf"{NAME_START}(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})\s+\((?:(?:a|an|the|then|"
        rf"former)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_BRACKETED_ROLES})\b|"
        r"not\s+(?:his|her|their)\s+real\s+name)"
    ),
    before=60,
)
# A person who held a head's post, the post after "was": "Ana Pardo was President of the
# republic from 1982", "Omar Haddad became prime minister" (a full name; a state or body that
# "was president of" a council is a registered place or holds a body's word, and gives way).
_HEAD_POSTS = (
    "President|Prime Minister|Vice-President|Vice President|Head of State|Chief Justice|"
    "Governor|Mayor|Prosecutor|Minister|president|prime minister|vice-president|head of state|"
    "governor|mayor|dictator|minister|commander of|head of|chief of"
)
PERSON_WAS_POST = Anchored(
    re.compile(
        r"(?:was|became|had been|remained)\s+(?:(?:then|later|still|once|briefly)\s+)?(?:the\s+)?"
        r"(?:(?:interim|acting|military|deputy|first|de facto)\s+)?"
        rf"(?:{by_first_letter(_HEAD_POSTS)})\b"
    ),
    re.compile(rf"(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{1,2}})\s+$"),
)
# A writer named in a byline ("Posted by Ana Pardo on 2 July", "Written by Omar Haddad") and a
# person tried in a case's title ("Prosecutor v. Ana Pardo", "The Prosecutor vs Omar Haddad"),
# which may close its line (a heading: a capital may open the next).
_BYLINE_OR_CASE = r"(?:[Pp]osted|[Ww]ritten)\s+by|Prosecutor\s+(?:v|vs)\.?"
PERSON_BYLINE_OR_CASE = Leaping(
    Keyed(
        re.compile(rf"(?:{_BYLINE_OR_CASE})\s"),
        ("Posted", "posted", "Written", "written", "Prosecutor"),
    ),
    re.compile(
        rf"(?<![\w\-])(?:{_BYLINE_OR_CASE})\s+(?P<name>{CAP}(?:[ ]+{CAP}){{1,2}})"
        r"(?=[ ]*(?:[,.;:|)\n]|$)|[ ]+(?:on|in)\b)"
    ),
    before=1,
    after=90,
)
