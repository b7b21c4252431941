"""Names not yet in the registry, proposed by rules: titles, honorifics, organisation words.

Each rule names itself in the `annotator` field, so a reviewer can see why it fired. The rules
favour precision: a capitalised word alone is never proposed, only one with a cue (a title or
role before it, a speech verb after it, an organisation or prison word in it, a place
preposition before it). A person proposed with a full name is then also found by surname
elsewhere in the document ("Agnès Callamard" … "Callamard said"). spaCy would add recall but is
not a dependency; see docs/extraction.md.
"""

import re
from collections.abc import Iterator

from sabt.extract.anchored import Anchored, Finder, Leaping, by_first_letter
from sabt.extract.given_names import GivenNameRuns
from sabt.extract.mentions import Mention
from sabt.extract.names_fa import persian_names

VERSION = "1"

_CAP = (
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[A-Z][a-zà-öø-ÿā-ž]+)?|"
    r"(?:[Aa]l|[Ee]l|bin|ibn|van|von|de)[- ][A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)"
)
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
# A place's word may hold an apostrophe ("Xi'an Road"), never a possessive's ("Vantor's");
# only the place-word rule reads it, the other rules scan faster without it.
_CAP_APOSTROPHE = rf"(?:[A-Z][a-z]+['’](?!s\b)[a-z]+|{_CAP})"
# Where a capitalised name may begin: at a word's start, on a capital or a particle's first
# letter. Only a speed-up (the rules scan 3x faster; the same matches): a name never starts
# inside a word.
_NAME_START = r"(?<![\w])(?=[A-Zabdeiv0-9])"
_TITLES = (
    r"Mrs?\.|Ms\.|Dr\.|Madam|Ayatollah|Grand Ayatollah|Hojatoleslam|Hojjatoleslam|Sheikh|Judge|"
    r"Prosecutor|Secretary General|Secretary-General|Prime Minister|Minister|President|"
    r"Commander|Rapporteur|Ambassador|Senator|Secretary of State|General|Colonel|Brigadier|"
    r"Lieutenant|Captain|Major|Senior General|Field Marshal|Governor|Mayor|Chief Justice|"
    r"Justice|Bishop|Archbishop|Imam|Molavi|Mullah|Professor|Prof\.|Mr\.|Sir|King|Queen|Prince|"
    r"Emir|Chairman|Chairwoman|Director|High Commissioner|Premier|Mrs|Mr|Ms|Haj|Hajj|Haji|"
    r"leader|chief|tyrant|cleric|commissioner|spokesman|spokeswoman|prisoner|witness|"
    r"survivor|lawyer|activist|judge|prosecutor|dissident|journalist|mullahs such as|"
    r"officer|soldier|commander|colonel|general|governor|mayor|bishop|director|minister|"
    r"doctor|nurse|teacher|student|farmer|resident|villager|mother|father|brother|sister|"
    r"son|daughter|wife|husband|cousin|nephew|niece|uncle|aunt|neighbour|neighbor|writer|poet|"
    r"novelist|author|playwright|historian|economist|scholar|priest|pastor|diplomat|"
    r"businessman|businesswoman|physician|surgeon|engineer|artist|singer|filmmaker|photographer"
)
# A name after a title may be given by initials: "General A. K. Rahman", "Dr. J. M. Ortiz".
_INITIALS = rf"(?:{_CAP}\s+)?(?:[A-Z]\.\s+){{1,3}}{_CAP}"
_PERSON_TITLE = re.compile(
    rf"(?=[A-Za-z])\b(?:{by_first_letter(_TITLES)})\s+(?=[A-Zabdeiv])(?P<name>{_INITIALS}|{_NAME})"
)
# A person named with no other cue: two or three capitalised words, the first a known given
# name ("the inquiry led by Helena Novak", "Henrik Larsen overruled it"); not the start of a
# longer capitalised run ("Helen Suzman Foundation" is a body's name).
_GIVEN_NAME_RUN = GivenNameRuns(
    re.compile(rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{1,2}})(?![ ]*[A-Z\d])(?=[’']s\b|[^\w’'\-]|$)")
)
# A post, then the person who holds it in apposition: "its director, Amal Haddad, said", "The
# Special Rapporteur on Myanmar, Tom Andrews, …".
_PERSON_AFTER_ROLE = Leaping(
    re.compile(rf",\s+{_CAP}\s+{_CAP},"),
    re.compile(
        r"\b(?:Rapporteur|Secretary[- ]General|Minister|President|Director|Commissioner|"
        r"spokesperson|detainee|prisoner|witness|survivor|director|head|chief|commander|leader|"
        r"founder|chairman|chairwoman|chair|spokesman|spokeswoman|lawyer|coordinator|president|"
        rf"investigator|researcher)\b[^,.;\n]{{0,70}},\s+(?P<name>{_CAP}\s+{_CAP}),"
    ),
)
_WORD_BEFORE = re.compile(r"(\w+)[ ]+$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_AFTER = re.compile(r"[ ]+(\w+)")
_LIST_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{_CAP}\s+{_CAP})(?=[,.;)]|\s+and\b)"
)
_PLACE_LIST_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{_CAP}(?:\s+{_CAP})?)(?=[,.;)]|\s+(?:and|near|in)\b)"
)
_ACRONYM = re.compile(r"\s*\((?P<name>[A-Z]{2,8})\)")
# An acronym standing alone ("Prosecutors at the ICTY", "HRANA reported") is nearly always a
# body in this kind of text; the exceptions are listed (Roman numerals are excluded by shape).
# The first capital opens the regex and the look-behind follows it, so that it is searched fast.
_ACRONYM_ALONE = re.compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])[A-Z]{2,7})(?![\w\-])")
_NOT_BODY_WORDS = (
    "AND THE FOR NOT BUT USD EUR GMT UTC CEO DNA TNT RPG COVID SARS AIDS HIV PDF HTML URL GPS "
    "TV SMS PLC LLC LTD INC XML RSS FAQ"
)
_NOT_BODIES = frozenset(_NOT_BODY_WORDS.split())
# ("X, the Y's adviser" or, without an article, "X, ABC's legal adviser": a post of a body.)
_APPOSITION_WORDS = (
    r",\s+(?:the|a|an|former|who|then|alias|his|her|also known as|known as|head|chief|commander|"
    r"leader|president|minister|director|governor|whose|appointed|elected|sworn in|"
    r"[A-Z][\w\-]*[’']s\s+(?:[a-z\-]+\s+){0,2}(?:advis[eo]r|spokes(?:man|woman|person)|lawyer|"
    r"envoy|ambassador|prosecutor|deputy|secretary|chairman|chairwoman|chief|head|director))\b"
)
# Rules in apposition are searched only around their comma and the words after it (`Leaping`).
_PERSON_APPOSITION = Leaping(
    re.compile(_APPOSITION_WORDS),
    re.compile(rf"{_NAME_START}(?<![’'])(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}}){_APPOSITION_WORDS}"),
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
_PERSON_FATE = Anchored(
    re.compile(
        rf"(?:was|had been|has been)\s+(?:(?:\w+ly|later|then|also|first)\s+)?"
        rf"(?:{_FATE_VERBS})\b|,\s+\d{{1,2}},"
    ),
    re.compile(rf"(?<![\w’'])(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})(?:{_AGE}?\s+)?$"),
)
# The noun of an apposition must be its head: what follows it is punctuation or a preposition
# ("a torture centre in …"), not another noun ("a former prison official").
_HEAD_ENDS = (
    r"(?=\s*[,.;:)]|\s+(?:in|near|on|of|for|at|outside|north|south|east|west|where|that|which|"
    r"run|used|known|close|based|set|founded|linked|with|and)\b)"
)
# A place described in apposition: "Villa Grimaldi, a torture centre in …".
_PLACE_DESCRIBED = (
    r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:town|village|city|camp|prison|centre|center|facility|base|site|district|suburb|region|"
    r"province|neighbou?rhood|cemetery|square|island|port|valley)s?\b" + _HEAD_ENDS
)
_PLACE_APPOSITION = Leaping(
    re.compile(_PLACE_DESCRIBED),
    re.compile(rf"(?=[A-Z])(?<![\w’'])(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}}){_PLACE_DESCRIBED}"),
)
# A body described in apposition: "Tutela Legal, the human rights office of …" (the body's
# noun heads it: "X, an economist at the bank" describes a person).
_BODY_DESCRIBED = (
    r",\s+(?:the|a|an)\s+(?:(?!(?:at|of|in|for|with|from|to|on|by|the|a|an)\b)[\w\-’']+\s+){0,3}?"
    r"(?:office|organi[sz]ation|group|agency|commission|committee|association|party|unit|"
    r"militia|movement|network|newspaper|charity|foundation|institute|ngo|NGO|society|union|"
    r"council|federation|alliance|league|coalition|body|broadcaster|tribunal|court|ministry|"
    r"company|firm|corporation|producer|manufacturer|miner|conglomerate|bank|contractor)s?\b"
    + _HEAD_ENDS
)
_BODY_APPOSITION = Leaping(
    re.compile(_BODY_DESCRIBED),
    re.compile(rf"(?=[A-Z])(?<![\w’'])(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}}){_BODY_DESCRIBED}"),
    before=150,
)
# The other name of someone just named: "Kaing Guek Eav, alias Duch,".
_ALIAS = re.compile(rf"(?:,\s+|\()(?:alias|also known as|aka|known as)\s+(?P<name>{_NAME})")
_SPEECH_VERBS = (
    "said|says|added|noted|stated|tweeted|wrote|concluded|told|testified|recalled|recounted|"
    "denied|rejected|blamed|accused|claimed|confirmed|insisted|explained|warned|admitted|"
    "alleged|described|ordered|remembered|asked|replied|argued|served as|seized power|"
    "took power|came to power|took office|"
    "was (?:later |then )?(?:appointed|promoted|sworn in)"
)
# The anchors open on the space before the verb (a fast scan), the rest before it is the name's.
_BODY_SPEECH = Anchored(
    re.compile(
        r"\s(?:"
        + by_first_letter(
            f"{_SPEECH_VERBS}|estimated|estimates|reported|reports|documented|found|recorded"
        )
        + r")\b"
    ),
    re.compile(
        rf"{_NAME_START}(?<![’'])(?<!of )"
        rf"(?P<name>{_CAP}(?:\s+(?:for\s+|of\s+)?{_CAP}){{1,4}}),?\s*$"
    ),
)
# The literal opens the regex and the look-behinds follow it, so that it is searched fast.
_ACCORDING_TO = re.compile(
    r"ccording to(?<=[Aa]ccording to)(?<![\w].ccording to)"
    rf"\s+(?P<name>{_NAME})\b(?!\s+(?:{_CAP}))"
)
_PERSON_SPEECH = Anchored(
    re.compile(rf"\s(?:{by_first_letter(_SPEECH_VERBS)})\b"),
    re.compile(rf"{_NAME_START}(?<![’'])(?<!on )(?<!for )(?P<name>{_NAME}),?\s*$"),
)
_ORG_WORDS = (
    "Ministry|Court|Council|Organization|Organisation|Commission|Committee|Assembly|Agency|"
    "Office|Party|Front|Army|Corps|Guards|Police|Parliament|Tribunal|Watch|Centre|"
    "Center|Institute|Foundation|Association|Union|Service|Department|Bureau|Group|Network|"
    "Congress|Treasury|Companies|Staff|Forces|Families|Mothers|Brigade|Brigades|Militia|"
    "Directorate|Authority|Movement|Coalition|Division|Battalion|Regiment|Mission|Chambers|Panel|"
    "Guard|Cabinet|Secretariat|Unit|University|Church|Archdiocese|Diocese|Government|"
    "Administration|Society|Federation|Alliance|League|Board|Senate|Command|Infantry|Rifles|"
    "Legion|Gendarmerie|Marines|Navy|Company|Fund|Trust|Initiative|Campaign|Observatory|Monitor|Force|"
    "Academy|Times|Herald|Tribune|Gazette|Journal|Radio|Television|Broadcasting"
)
# A nation's armed body written in lower case: "the Syrian army", "Bosnian Serb forces".
_ARMED = Anchored(
    re.compile(
        rf"(?:{by_first_letter('army|forces|police|militia|military|militias|government|junta|navy|troops')})\b"
    ),
    # One lower-case kind may come between: "Russian federal forces", "Serb paramilitary units".
    re.compile(
        rf"{_NAME_START}(?P<name>{_CAP}(?:\s+{_CAP})?)\s+"
        r"(?:(?:federal|paramilitary|special|security|regular|interior|border|riot|secret)\s+)?$"
    ),
    with_anchor=True,
)
# A body named by its spokesman: "the Pentagon spokeswoman", "the Interpol spokesman". A
# people's adjective is refused by its ending ("the Iranian/Thai/Turkish/French spokesman"),
# and with it a body's name in -an.
_BODY_SPOKESMAN = Anchored(
    re.compile(r"spokes(?:man|woman|person)\b"),
    re.compile(rf"\b[Tt]he\s+(?P<name>{_CAP})(?<!an)(?<!ese)(?<!ish)(?<!i)(?<!ch)\s$"),
)
# A body named by a member's post in it: "secretary general of Hizb-ut-Tahrir", "a founder of
# Voz Libre" (posts held in a body, not in a place: no governor, mayor, leader or commander).
_MEMBER_POSTS = (
    "secretary general|secretary-general|Secretary General|Secretary-General|spokesman|"
    "spokeswoman|spokesperson|founder|co-founder|member|chairman|chairwoman|Chairman|Chairwoman"
)
# A word joined by a particle: "Hizb-ut-Tahrir", "Lashkar-e-Taiba". The whole capitalised run
# is the body's, and never an owner's ("the spokesman of Ana Ortiz's campaign" names none).
_JOINED = r"[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+)"
_MEMBER_OF = re.compile(
    rf"\b(?:{by_first_letter(_MEMBER_POSTS)})s? of (?:the )?"
    rf"(?P<name>(?:{_JOINED}|{_CAP})(?:\s+{_CAP}){{0,2}})(?![\w’'-]|\s+[A-Z])"
)
# Searched only around " of " before a capital (a literal, scanned fast).
_BODY_OF_MEMBER = Leaping(re.compile(r" of (?:the )?[A-Z]"), _MEMBER_OF, before=24, after=80)
# Searched only around its organisation words (`Leaping`): "Ministry of Justice" runs past it.
_ORG = Leaping(
    re.compile(rf"(?:{by_first_letter(_ORG_WORDS)})s?\b"),
    re.compile(
        rf"{_NAME_START}(?P<name>(?:(?:[A-Z]{{2,}}|{_CAP}|\d+(?:st|nd|rd|th))\s+(?:(?:of|for|on|and|in)\s+(?:the\s+)?)?)*"
        # ("the Prosecutor General's Office": a post-holder's office.)
        r"(?:(?:Prosecutor|Attorney|General|Ombudsman|President|Governor|Mayor|Auditor)[’']s\s+)?"
        rf"(?:{_ORG_WORDS})s?\b(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)*)"
    ),
    before=150,
    after=300,
)
# A body whose kind is written in lower case after its name: "the Zapatista movement", "the
# US-led coalition" (a capitalised movement or coalition is `_ORG`'s).
_LOWER_KIND_BODY = Leaping(
    re.compile(r"-led (?:coalition|alliance|forces)\b| movement\b"),
    re.compile(
        rf"\b[Tt]he\s+(?P<name>(?:[A-Z]{{2,}}|{_CAP})-led\s+(?:coalition|alliance|forces)"
        rf"|{_CAP}(?:\s+{_CAP})?\s+movement)\b"
    ),
    before=60,
    after=30,
)
_PLACE_WORDS = Anchored(
    re.compile(
        r"(?:Prison|Cemetery|Province|City|Camp|Square|Street|District|Region|Valley|"
        r"Governorate|Municipality|Mountains|Hall|Airport|Stadium|Barracks|Compound|Base|Road|"
        r"Avenue|Bridge|Heights|Hills|Strip|Plain|Forest|Desert|Island|Islands|Lake|River|Oblast|"
        r"Prefecture|County|Quarter)\b"
    ),
    re.compile(rf"{_NAME_START}(?P<name>{_CAP_APOSTROPHE}(?:\s+{_CAP})?)\s+$"),
    with_anchor=True,
)
# Nouns after which "of X" names a place: "the town of Nebaj", "the bishop of Mannar".
_OF_PLACE = (
    "city|town|village|province|region|district|capital|outskirts|north|south|east|west|centre|"
    "center|bishop|archbishop|mayor|governor|people|residents|inhabitants|streets|suburbs|"
    "hamlet|hamlets|villages|towns|cities|provinces|districts|camps"
)
# A name before a lower-case place noun: "the Vanni region", "the Prijedor municipality".
_PLACE_NOUNS = (
    "region|province|district|municipality|governorate|valley|area|countryside|border|enclave|"
    "cemetery|prison|camp|square|street|stadium|market|neighbou?rhood|forest|woods|hamlet|"
    "village|ghetto|barracks|base|airport|quarry|ravine|mine|settlement|township|massacre"
)
_PLACE_BEFORE_NOUN = Anchored(
    re.compile(rf"\s(?:{by_first_letter(_PLACE_NOUNS)})\b"),
    # One modifier may come between: "the Shatila refugee camp", "the Omarska mining complex".
    re.compile(
        rf"(?=the\s|[A-Z])(?<![.!?]\s)(?<!^)\b(?:the\s+)?(?P<name>{_CAP}(?:\s+{_CAP})?)"
        r"(?:\s+(?:refugee|detention|military|army|police|prison|labour|labor|concentration|"
        r"transit|mass|air|naval|mining|gold|coal|copper|platinum|diamond|informal|squatter))?"
        r"\s*$"
    ),
)
# A place named after its kind: "Mount Sinjar", "Lake Kivu", "Port Harcourt".
# The words open the regex (no look-behind before them) so that it is searched for fast.
_PLACE_KINDS = frozenset(["Mount", "Lake", "Cape", "Port", "Camp", "Fort"])
_PLACE_PREFIX = re.compile(rf"(?P<name>(?:{'|'.join(_PLACE_KINDS)})\s+{_CAP})(?![\w\-])")
# A sentence opening on a place: "In Kocho, men were …", "At Dawson Creek, …" (one or two
# capitalised words, then a comma).
_PLACE_OPENING = re.compile(
    rf"(?P<opener>In|At|Near|Outside|Around)\s+(?P<name>{_CAP}(?:\s+{_CAP})?),"
)
# A name that defines its acronym: "Popular Mobilisation Units (PMU)"; the initials of its
# capitalised words must spell the acronym, so it is a body's name, not a phrase.
_DEFINES_ACRONYM = Anchored(
    re.compile(r" \((?P<acronym>[A-Z]{2,8})\)"),
    re.compile(
        rf"{_NAME_START}(?P<name>{_CAP}(?:\s+(?:(?:of|for|and|the|in|on)\s+)*{_CAP}){{1,7}})$"
    ),
)
# A site known by a code: "S-21", "Camp 22".
_CODE = r"[A-Z]{1,3}-\d{1,3}\b"
# The look-ahead for a lower-case letter first: most positions are refused by it alone. A
# possessive names an owner, not a place ("at Vantor's mine"; a known place is the gazetteer's).
_PLACE_CUE = re.compile(
    rf"(?=[a-z])\b(?:in|near|at|from|around|outside|across|into|(?:{_OF_PLACE}) of|"
    r"(?:took|captured|seized|entered|occupied|shelled|bombed|besieged|stormed|overran|"
    r"surrounded|razed|fled|evacuated|withdrew from|"
    r"(?:fled|returned|deported|taken|moved|transferred|sent|driven|marched|flown|brought|"
    r"evacuated|bused|trucked|walked|escaped) to))"
    rf"\s+(?P<name>{_CAP}(?:\s+{_CAP})?|{_CODE})(?![\w-])(?![’']s\b)"
)
# A person given a name in the text itself: "a witness, called Parisa Rahmani in this file".
_CALLED = r"(?:called|named|known as)\s"
_PERSON_CALLED = Leaping(
    re.compile(_CALLED),
    re.compile(
        r"\b(?:witness|survivor|detainee|prisoner|victim|woman|man|girl|boy)\b[^.;\n]{0,30}?"
        rf"\b{_CALLED}\s*(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
    ),
    before=80,
)
_STOP_WORDS = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those His Her "
    "Their Its A An In On At If As But And Or God Twitter Facebook YouTube He She They We It "
    "Most Many Some Under Reporting According Source Tags Copyright"
)
_STOP = frozenset(_STOP_WORDS.split())
# Words that open a person's or place's description but never their name.
_DESCRIPTIVE_WORDS = (
    "Iranian Syrian Iraqi Western European International Inquiry Chief Head Deputy Supreme "
    "Leader President Secretary Minister Senior Former Then Human Rights Justice Mr Mrs Ms General "
    "Colonel Lieutenant Captain Major Brigadier Sergeant"
)
_DESCRIPTIVE = frozenset(_DESCRIPTIVE_WORDS.split())
_OPENERS = _STOP | _DESCRIPTIVE  # trimmed off a person's or a place's name
# Words that make a name before a speech verb a body's, not a person's ("Amnesty International
# said", "Physicians for Human Rights reported").
_BODY_WORD_LIST = (
    "International Rights Human Watch Amnesty Reporters Physicians Doctors Borders Frontières "
    "Sans Without News Times Press Agency Observatory Network Group Committee Centre Center "
    "Institute Foundation Association Council Commission Office Ministry Court Tribunal Mission"
)
_BODY_WORDS = frozenset(_BODY_WORD_LIST.split())
# A post, not a name: "the UN High Commissioner, said" names no person called "High
# Commissioner" (the NER model's bodies are checked against it too).
_POST_WORDS = (
    "Prosecutor Minister President Judge General Commander Leader Governor Mayor Director "
    "Rapporteur Ambassador Spokesman Spokeswoman Spokesperson Supreme Deputy Chief Senior "
    "Commissioner Secretary Chairman Chairwoman"
)
POSTS = frozenset(_POST_WORDS.split())
_NO_PLACE = (
    frozenset(_ORG_WORDS.split("|")) | _DESCRIPTIVE | {"Judiciary", "UN", "Prime", "General"}
)

_CONNECTIVES = ("of", "for", "on", "and", "the")
# A body's name that runs on past its head: "the Campaign to End Hunger", "the Committee to
# Defend Farmers" (a purpose), "the Verification Mission in Chad" (where a mission serves).
_PURPOSE_HEADS = frozenset(["Committee", "Campaign", "Coalition", "Foundation", "Fund", "Alliance"])
_PURPOSE = re.compile(rf"\s+to\s+{_CAP}(?:\s+{_CAP}){{1,2}}\b(?!\s+(?:of|for)\b)")
_SERVES_IN = re.compile(rf"\s+in\s+{_CAP}(?:\s+{_CAP})?\b")
# A person's title opening a body's name is not the body's: "Judge Ana Ortiz of the District
# Court" names the court from its own first word after "of (the)".
_TITLE_WORDS = POSTS | {"Justice", "Colonel", "Captain"}
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# A body named by generic words and its head only, before a post, is part of the post:
# "National Police Commissioner Ana Ortiz", "State Security Chief …".
_GENERIC_WORDS = frozenset(["National", "Federal", "State", "Central", "Provincial", "Regional"])
_NEXT_WORD = re.compile(r"[ ]+([A-Z]\w*)")
# Two bodies joined by "and": "the UN Office and the National Commission" (not "the Ministry of
# Culture and Guidance": the word before "and" must be a body's own).
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")
_BODY_HEADS = frozenset(_ORG_WORDS.split("|"))
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "In", "At", "Near", "Outside"])
_GROUP_OPENERS = frozenset(
    ["the", "of", "for", "many", "some", "all", "most", "other", "fellow", "among"]
)
# Last words that make a name a place's or a building's, not a person's ("Maria Street",
# "Nelson Hall, a hostel for …").
_SITE_WORD_LIST = (
    "Prison Cemetery Province City Camp Square Street Road Avenue District Region Valley Hall "
    "Airport Station Bridge Hospital School Stadium River Lake Island Mountains Mosque "
    "Cathedral Palace Building Tower Market Village Town Hotel Barracks Compound"
)
_SITE_WORDS = frozenset(_SITE_WORD_LIST.split())
_STATE_WORDS = frozenset(["Republic", "Kingdom", "States", "Emirates", "Federation", "Territories"])

_RULES: tuple[tuple[Finder, str, str], ...] = (
    (_PERSON_TITLE, "person", "title"),
    (_PLACE_APPOSITION, "place", "place-apposition"),
    (_BODY_APPOSITION, "organization", "body-apposition"),
    (_PERSON_APPOSITION, "person", "apposition"),
    (_ALIAS, "person", "alias"),
    (_PERSON_FATE, "person", "fate-or-age"),
    (_PERSON_AFTER_ROLE, "person", "after-role"),
    (_PLACE_CUE, "place", "place-preposition"),
    (_PLACE_BEFORE_NOUN, "place", "place-noun"),
    (_ACCORDING_TO, "person", "speech-verb"),
    (_PERSON_SPEECH, "person", "speech-verb"),
    (_PERSON_CALLED, "person", "called"),
    (_PLACE_WORDS, "place", "place-word"),
    (_ORG, "organization", "organization-word"),
    (_BODY_SPEECH, "organization", "body-speech-verb"),
    (_ARMED, "organization", "armed-body"),
    (_BODY_SPOKESMAN, "organization", "spokesman"),
    (_BODY_OF_MEMBER, "organization", "member-post"),
    (_LOWER_KIND_BODY, "organization", "lower-case-kind"),
    (_GIVEN_NAME_RUN, "person", "given-name"),
    (_PLACE_PREFIX, "place", "place-prefix"),
    (_PLACE_OPENING, "place", "place-opening"),
    (_DEFINES_ACRONYM, "organization", "defines-acronym"),
)


# Rules whose cue makes one word a body's name ("Vantor, the miner, …", "the Interpol spokesman").
_ONE_WORD_BODIES = frozenset(["body-apposition", "spokesman", "member-post"])


def propose_names(text: str) -> Iterator[Mention]:
    """New-name candidates, possibly overlapping each other and registered mentions."""
    surnames: set[str] = set()
    places: set[str] = set()
    bodies: set[str] = set()  # one-word bodies found in apposition ("Vantor, the miner, …")
    for pattern, kind, rule in _RULES:
        for match in pattern.finditer(text):
            span = _trim(
                text, *match.span("name"), strip=_STOP if kind == "organization" else _OPENERS
            )
            if span is None:
                continue
            start, end = span
            if rule == "organization-word":
                span = _body_span(text, start, end)
                if span is None:
                    continue
                start, end = span
            if rule == "organization-word" and (join := _bodies_joined(text, start, end)):
                yield Mention(None, None, kind, text[start : join.start()], start, join.start(),
                              f"names:{rule}", VERSION)  # fmt: skip
                start = join.end()
            words = text[start:end].split()
            if kind == "organization" and len(words) < 2 and rule not in _ONE_WORD_BODIES:
                continue
            if rule in ("spokesman", "member-post") and words[0] in _NO_PLACE | _STOP:
                continue  # "the Army spokesman", "a member of Parliament": no name
            body_like = not _BODY_WORDS.isdisjoint(words)
            if (rule == "body-speech-verb" and not body_like) or (kind == "person" and body_like):
                continue
            if kind != "organization" and (
                not _NO_PLACE.isdisjoint(words) or len(words) - _initials(words) > 3
            ):
                continue
            if kind == "person" and (words[-1] in POSTS or words[-1] in _SITE_WORDS):
                continue  # "the UN High Commissioner, said", "Maria Street, a …": no person
            if rule == "speech-verb" and len(words) == 1 and _opens_sentence(text, start):
                continue  # "Prosecutors said", "Witnesses recalled": a plural noun, no name
            if rule == "place-opening" and not _opens_sentence(text, match.span("opener")[0]):
                continue
            if rule == "apposition" and _after_place_preposition(text, start):
                continue  # "In Velika Brda, the men …": a place opening the sentence
            if kind == "person" and words[0] in _PLACE_KINDS:
                continue  # "Camp Speicher, a large air base": a place named by its kind
            if rule == "speech-verb" and len(words) == 1 and _after_group_word(text, start):
                continue  # "abducted Yazidis says", "the Kurds said": a people, not a name
            if rule == "defines-acronym" and not _spells_acronym(text, words, end):
                continue
            if rule == "given-name" and _after_capitalised_word(text, start):
                continue  # "Father Tomas Rivera": a title nobody listed, or a longer name
            yield Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
            if kind == "place":
                places.add(text[start:end])
                yield from _list_after(text, end, set(), kind="place")
            if kind == "person":
                yield from _list_after(text, end, surnames)
                if len(words) > 1:
                    surnames.add(words[-1])
            elif kind == "organization":
                if len(words) == 1:
                    bodies.add(words[0])
                acronym = _ACRONYM.match(text, end)
                if acronym:
                    a_start, a_end = acronym.span("name")
                    yield Mention(
                        None, None, kind, acronym["name"], a_start, a_end, "names:acronym", VERSION
                    )
    yield from persian_names(text)
    yield from _acronyms(text)
    if surnames:
        for match in _words_regex(surnames).finditer(text):
            start, end = match.span()
            yield Mention(None, None, "person", match.group(), start, end, "names:surname", VERSION)
    # A place named once with its cue, or a one-word body named in apposition, is one where it
    # stands bare (one scan for both; a place's word wins over a body's of the same spelling).
    again = dict.fromkeys(bodies, "organization") | dict.fromkeys(places, "place")
    if again:
        for match in _words_regex(set(again)).finditer(text):
            start, end = match.span()
            kind = again[match.group()]
            if _after_capitalised_word(text, start) or (
                kind == "place" and _before_capitalised_word(text, end)
            ):
                continue  # "the Tigray People's Liberation Front", "Ixil Maya civilians"
            rule = "place-again" if kind == "place" else "body-again"
            yield Mention(None, None, kind, match.group(), start, end, f"names:{rule}", VERSION)


def _body_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A body's name found by its head word, less a person's title and name before "of (the)",
    with a purpose or a mission's place after it; None where the name is part of a post."""
    first = text[start : text.find(" ", start, end)] if " " in text[start:end] else ""
    if first in _TITLE_WORDS and (of := _OF_THE.search(text, start, end)):
        start = of.end()
    words = text[start:end].split()
    head = words[-1]
    after = _NEXT_WORD.match(text, end)
    if after and after[1] in POSTS and _GENERIC_WORDS.issuperset(words[:-1]):
        return None
    tail = _PURPOSE if head in _PURPOSE_HEADS else _SERVES_IN if head == "Mission" else None
    if tail is not None and (more := tail.match(text, end)):
        end = more.end()
    return start, end


def _words_regex(words: set[str]) -> re.Pattern[str]:
    """`\b(?:w1|w2|…)\b` over the sorted words, written so that it is searched fast: each word
    opens on its first letter (the regex then skips every position holding no first letter),
    with the word boundary before it checked after it. Words that open on a letter of their
    own share its branch; the sorted order, and so which word wins, is kept."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words):
        by_letter.setdefault(word[0], []).append(word)
    branches = []
    for letter, group in by_letter.items():
        opening = re.escape(letter)
        if letter.isalnum() or letter == "_":
            opening += rf"(?<!\w{opening})"
        else:  # "\b" before a non-word character: a word character before it
            opening += rf"(?<=\w{opening})"
        rests = "|".join(re.escape(word[1:]) for word in group)
        branches.append(f"{opening}(?:{rests})")
    return re.compile("(?:" + "|".join(branches) + r")\b")


def _after_capitalised_word(text: str, start: int) -> bool:
    """Whether a capitalised word other than a function word ("In", "The") comes just before."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1][0].isupper() and before[1] not in _STOP


def _bodies_joined(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "and (the)" between two bodies' names in one span, if the word before it is a
    body's head word ("Office", "Courts")."""
    for join in _AND_THE.finditer(text, start, end):
        head = text[start : join.start()].rsplit(None, 1)[-1]
        if head in _BODY_HEADS or head.removesuffix("s") in _BODY_HEADS:
            return join
    return None


def _initials(words: list[str]) -> int:
    """How many of the words are initials ("A. K. Niazi" has two)."""
    return sum(len(word) == 2 and word[1] == "." for word in words) if len(words) > 3 else 0


def _after_place_preposition(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1] in _PLACE_PREPOSITIONS


def _after_group_word(text: str, start: int) -> bool:
    """Whether an article, a preposition or a participle comes just before: a capitalised word
    after them and before a speech verb names a people or a group ("of Yazidis says")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before[1]
    return word in _GROUP_OPENERS or (word.islower() and word.endswith("ed"))


def _before_capitalised_word(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1][0].isupper()


def _spells_acronym(text: str, words: list[str], end: int) -> bool:
    """Whether the capitalised words' initials spell the acronym in brackets after them, and
    they name no state ("Central African Republic (CAR)" is a place)."""
    if set(words) & _STATE_WORDS:
        return False
    acronym = _ACRONYM.match(text, end)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return acronym is not None and initials == acronym["name"]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" “\"'‘")
    return not before or before[-1] in ".!?:\n"


def _acronyms(text: str) -> Iterator[Mention]:
    """Acronyms standing alone, unless the line is in capitals (a heading, a shouted quote)."""
    for match in _ACRONYM_ALONE.finditer(text):
        name = match["name"]
        if name in _NOT_BODIES or _in_capitals(text, *match.span()):
            continue
        start, end = match.span()
        yield Mention(None, None, "organization", name, start, end, "names:acronym", VERSION)


def _in_capitals(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    neighbours = [w for w in (before[-1:] + after[:1]) if any(ch.isalpha() for ch in w)]
    return any(w.isupper() and len(w) > 1 for w in neighbours)


def _list_after(
    text: str, end: int, surnames: set[str], *, kind: str = "person"
) -> Iterator[Mention]:
    """Names listed after a proposed one ("such as Ali Mobasheri, Mohammad Moghesiye and …",
    "at Omarska, Keraterm and Trnopolje"): a person's list takes full names, a place's one word
    or two."""
    pattern = _LIST_NEXT if kind == "person" else _PLACE_LIST_NEXT
    while (match := pattern.match(text, end)) is not None:
        start, end = match.span("name")
        if set(match["name"].split()) & (_NO_PLACE | _STOP | POSTS):
            return  # "X, Tehran Prosecutor; …": a post, not the next name
        surnames.add(match["name"].split()[-1])
        yield Mention(None, None, kind, match["name"], start, end, "names:list", VERSION)


def _trim(text: str, start: int, end: int, strip: frozenset[str]) -> tuple[int, int] | None:
    """Drop possessives, stop words and connectives at either end; refuse what is left empty."""
    span = text[start:end]
    words = span.split()
    opening, closing = 0, len(words)
    while opening < closing and (
        words[opening].rstrip("’'s") in strip or words[opening].endswith("’s")
    ):
        opening += 1
    while closing > opening and (words[closing - 1] in strip or words[closing - 1] in _CONNECTIVES):
        closing -= 1
    if opening == closing:
        return None
    at = start  # the words are found in turn: only white space lies between them
    for word in words[:opening]:
        at = text.index(word, at) + len(word)
    first = text.index(words[opening], at)
    if closing == len(words):
        last = start + len(span.rstrip())
    else:
        at = first
        for word in words[opening:closing]:
            at = text.index(word, at) + len(word)
        last = at
    if text.endswith(("’s", "'s"), first, last):
        last -= 2
    return (first, last) if _LETTER.search(text, first, last) else None
