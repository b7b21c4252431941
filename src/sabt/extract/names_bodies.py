"""English rules that find a body's name: by an organisation word in it, a lower-case kind or
armed force after it, an apposition, a spokesman or a member's post, a speech verb after a
body-like name, an acronym it defines or an acronym standing alone; and the checks that cut a
body's span (a title before it, a purpose after it, two bodies joined by "and").
`names.propose_names` runs them.
"""

import re
from collections.abc import Iterator, Set

from sabt.extract.anchored import Anchored, Leaping, Opened, by_first_letter
from sabt.extract.bodies_heads import CORPORATION, ORG_WORDS, OUTLET_FIRST, OUTLETS, SAINTS
from sabt.extract.bodies_lower import LOWER_KIND_BODY as LOWER_KIND_BODY  # (`names` runs it)
from sabt.extract.bodies_lower import NOT_A_PEOPLE
from sabt.extract.name_words import CAP, DATELINE, HEAD_ENDS, NAME_START, POSTS, SPEECH_VERBS

# A body's acronym in brackets after its name: in capitals ("(PMU)"), or in mixed case, a
# capital after a lower-case letter inside it ("(KomPaS)", "(DoJ)"; not a word, "(Geneva)").
ACRONYM = re.compile(r"\s*\((?P<name>[A-Z]{2,9}|[A-Z][a-z]{0,6}[A-Z][A-Za-z]{0,6})\)")
# A body's short name in brackets written as a word: "the Legal Aid Society (Lexaid)"; it opens
# on the name's first letter (not "the Rights Council (Geneva)", a place).
SHORT_NAME = re.compile(r"\s*\((?P<name>[A-Z][a-z]{3,11})\)")
# An acronym standing alone ("Prosecutors at the ICTY", "HRANA reported") is nearly always a
# body in this kind of text; the exceptions are listed (Roman numerals are excluded by shape).
# The first capital opens the regex and the look-behind follows it, so that it is searched fast.
# A UN mission's acronym runs to nine letters ("MINUJUSTH", "MINURCAT").
# A body's acronym also opens a compound of a participle: "the UN-brokered accords", "an
# AU-mandated force", "ECOWAS-backed troops" (never a state's: "US-made" is no body).
_BY_BODY = (
    r"-(?:brokered|backed|led|run|sponsored|mandated|appointed|supported|funded|monitored|"
    r"administered|organi[sz]ed|commissioned|affiliated|linked|aligned|allied|controlled|"
    r"operated|chaired|convened|supervised|sanctioned|trained|designated|accredited|"
    r"facilitated|coordinated|imposed|authori[sz]ed|endorsed|certified|hosted|deployed)\b"
)
# Found from two capitals (`Opened`; the regex alone is tried at every position): 8.8 -> 2.0 ms
# on the studied gold texts (CPU, measured 2026-12-07).
_ACRONYM_ALONE = Opened(
    re.compile(
        rf"(?P<name>[A-Z](?<![\w\-][A-Z])[A-Z]{{2,8}})(?:(?![\w\-])|(?={_BY_BODY}))"
        rf"|(?<![\w\-])(?P<short>UN|EU|AU)(?={_BY_BODY})"
    ),
    re.compile("[A-Z][A-Z]"),
)
_NOT_BODY_WORDS = (
    "AND THE FOR NOT BUT USD EUR GMT UTC CEO DNA TNT RPG COVID SARS AIDS HIV PDF HTML URL GPS "
    "TV SMS PLC LLC LTD INC XML RSS FAQ NGO NGOS"
)
_NOT_BODIES = frozenset(_NOT_BODY_WORDS.split())
_NAME_PARTS = re.compile(r"[\s\-]+")
# A word in capitals opening a line before a colon or a full stop labels a transcript's speaker
# or a section ("WITNESS: …", "PROSECUTOR: …", "TESTIMONY. Recorded in …").
_SPEAKER_LABEL = re.compile(r"[:.]\s")
# A Roman numeral after a capitalised name is its bearer's number ("Shenouda III", "Mohammed
# VI"); after "the" or alone it may be a body ("the MDC", "CIV").
_REGNAL = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_NAME_BEFORE = re.compile(r"[A-Z][a-z][\w’'\-]*[ \t]+$")
# An acronym before a weapon or a vehicle names the weapon, not a body: "HIMARS rockets", "the
# BM-21 launchers", "two MRAP vehicles".
_WEAPON_AFTER = re.compile(
    r"\s+(?:rockets?|missiles?|launchers?|drones?|rifles?|shells?|bombs?|munitions|systems?|"
    r"vehicles?|tanks?|jets?|helicopters?|aircraft|guns?|artillery|warheads?)\b"
)
# A body described in apposition: "Tutela Legal, the human rights office of …" (the body's
# noun heads it: "X, an economist at the bank" describes a person).
_BODY_DESCRIBED = (
    # (or in brackets: "Kasese Voices (a synthetic group for this note)")
    r"(?:,\s+|\s\()(?:the|a|an)\s+(?:(?!(?:at|of|in|for|with|from|to|on|by|the|a|an)\b)[\w\-’']+\s+){0,3}?"
    r"(?:office|organi[sz]ation|group|agency|commission|committee|association|party|unit|"
    r"militia|movement|network|newspaper|charity|foundation|institute|ngo|NGO|society|union|"
    r"council|federation|alliance|league|coalition|body|broadcaster|tribunal|court|ministry|"
    r"company|firm|corporation|producer|manufacturer|miner|conglomerate|bank|contractor)s?\b"
    + HEAD_ENDS
)
BODY_APPOSITION = Leaping(
    re.compile(_BODY_DESCRIBED),
    re.compile(rf"(?=[A-Z])(?<![\w’'])(?P<name>{CAP}(?:\s+{CAP}){{0,3}}){_BODY_DESCRIBED}"),
    before=150,
)
# The anchors open on the space before the verb (a fast scan), the rest before it is the name's.
BODY_SPEECH = Anchored(
    re.compile(
        r"\s(?:"
        + by_first_letter(
            f"{SPEECH_VERBS}|estimated|estimates|reported|reports|documented|found|recorded"
        )
        + r")\b"
    ),
    re.compile(
        rf"{NAME_START}(?<![’'])(?<!of )"
        rf"(?P<name>{CAP}(?:\s+(?:for\s+|of\s+)?{CAP}){{1,4}}),?\s*$"
    ),
)
# The heads of an armed unit, which a bare number may open: "the 81 Division", "3 Commando
# Brigade" (a number with its ending opens any body's name: "the 5th Brigade").
_UNIT_HEADS = (
    "Division|Brigade|Battalion|Regiment|Squadron|Platoon|Detachment|Corps|Infantry|Fleet|"
    "Flotilla|Commando|Army|Group"
)
_NUMBERED = rf"\d+(?:st|nd|rd|th|(?=(?:\s+{CAP})?\s+(?:{_UNIT_HEADS})\b))"
# An event's date written as month.day inside a body's name: "the Jeju 4.3 Peace Foundation",
# "the 5.18 Memorial Foundation" (Korean usage); one or two digits each side, no more.
_DOTTED_DATE = r"\d{1,2}\.\d{1,2}(?![\d.])"
# A force's word before a site's noun names the site, not the force: "the Tarnak army base",
# "the Kindu police station" (the place-noun rule names the place).
_FORCES_SITES = (
    "base|bases|barracks|camp|camps|compound|post|checkpoint|station|academy|garrison|airfield|"
    "outpost|hospital|prison|jail|school|headquarters"
)
_KIND_WORDS = (
    r"(?:Federal|Paramilitary|Special|Security|Regular|Interior|Border|Riot|Secret|Military|"
    r"Armed|Government|Elite|Auxiliary|Local|Municipal|Traffic|Civil|Private)"
)
# A preposition or a determiner capitalised at a sentence's start names no nation either ("By
# police estimates …", "Of army units, none …", "With police help …").
_OPENING_WORDS = (
    r"(?:By|Of|With|In|At|On|For|From|To|Under|After|Before|During|Against|Without|Among|"
    r"Through|As|And|But|Or|No|All|Some|Many|Most|Both|Each|Every|Any|Other|Such|Their|His|Her)"
)
# A country written in its initials ("the US military", "UK forces", "the U.S. government").
COUNTRY_INITIALS = r"U\.?S\.?|U\.?K\.?"
# A nation's armed body written in lower case: "the Syrian army", "Bosnian Serb forces"; a
# party named so ("the ruling Mavuno party"); and its parliament or a ministry ("the Kalewan
# parliament", "the Tarnaki defence ministry"); troops of one arm ("Russian paratroopers"), and
# a nation's units ("Ostrian paramilitary units", "Norland units").
_NATIONS_BODIES = (
    "army|forces|police|militia|military|militias|government|junta|navy|troops|party|parliament|"
    "ministry|paratroopers|commandos|units"
)
ARMED = Anchored(
    re.compile(
        rf"(?:{by_first_letter(_NATIONS_BODIES)})\b"
        rf"(?!\s+(?:{by_first_letter(_FORCES_SITES)})\b)"
    ),
    # One lower-case kind may come between: "Russian federal forces", "Serb paramilitary units",
    # "Syrian government forces" (the forces are the body: a government named by its country
    # is none, `country_governments`). A kind's own word capitalised at a sentence's start names
    # no nation ("Special military units fired", "Riot police charged"). A nation may be written
    # in its initials ("the US military", "UK forces").
    # A side's backer is no owner: "the pro-Serbian militia" fights for Serbia.
    re.compile(
        rf"{NAME_START}(?<![Pp]ro-)(?<![Aa]nti-)(?!(?:{_KIND_WORDS}|{_OPENING_WORDS})\s)(?P<name>{CAP}(?:\s+{CAP})?|{COUNTRY_INITIALS})\s+"
        r"(?:(?:federal|paramilitary|special|security|regular|interior|border|riot|secret|"
        r"government|defen[cs]e|foreign|justice|health)\s+)?$"
    ),
    with_anchor=True,
)
# A body named by its spokesman: "the Pentagon spokeswoman", "the Interpol spokesman". A
# people's adjective is refused by its ending ("the Iranian/Thai/Turkish/French spokesman"),
# and with it a body's name in -an.
BODY_SPOKESMAN = Anchored(
    re.compile(r"spokes(?:man|woman|person)\b"),
    re.compile(rf"\b[Tt]he\s+(?P<name>{CAP})(?<!an)(?<!ese)(?<!ish)(?<!i)(?<!ch)\s$"),
)
# A party named by its member of parliament: "the Liberal MP X", "a Unionist MP", "X, a
# doctor and later Liberal MP" (not a people's adjective, "the Kenyan MP", "a Welsh MP", nor
# the member's standing, "an Opposition MP", "the Independent MP").
PARTY_MP = Anchored(
    re.compile(r"MPs?\b"),
    re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|former|later|then)\s+{NOT_A_PEOPLE}"
        rf"(?!(?:Opposition|Independent|Government)\s)(?P<name>{CAP})\s$"
    ),
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
    rf"(?P<name>(?:{_JOINED}|{CAP})(?:\s+{CAP}){{0,2}})(?![\w’'-]|\s+[A-Z])"
)
# Searched only around " of " before a capital (a literal, scanned fast).
BODY_OF_MEMBER = Leaping(re.compile(r" of (?:the )?[A-Z]"), _MEMBER_OF, before=24, after=80)
# The plural nouns of the people a body speaks for, whose possessive opens or sits inside its
# name: "the Relatives' Network", "the Victims' Forum", "the Families' Association",
# "the Miners' Union", "the Bar Lawyers' Council" (all the usual kinds of kin, of survivors and
# of trades and callings that form unions, forums and committees).
_GROUPS_POSSESSING = (
    "Peasants|Veterans|Students|Journalists|Relatives|Victims|Families|Survivors|Parents|"
    "Widows|Fathers|Wives|Sons|Daughters|Orphans|Prisoners|Detainees|Refugees|Exiles|Martyrs|"
    "Lawyers|Advocates|Teachers|Miners|Doctors|Nurses|Writers|Artists|Traders|Merchants|"
    "Drivers|Employees|Pensioners|Elders|Citizens|Residents|Villagers|Farmworkers|Dockers|"
    "Seamen|Sailors|Fishermen|Fishers|Printers|Tenants|Soldiers|Officers|Servicemen|Editors|"
    "Publishers|Engineers|Physicians|Academics|Scholars|Clerics|Ulema|Bakers|Weavers|Porters|"
    "Shopkeepers|Bazaaris|Railwaymen|Steelworkers|Oilworkers|Mineworkers|Rights|Defenders"
)
# A body's command over an area, named for the area: "the Transcaucasian Military District",
# "the Central Bosnia Operative Zone", "the Eastern Military Region" (not a place: the command's
# staff and troops act; "the Kiev District" alone stays a place).
_COMMAND_AREA = (
    r"(?:(?<=Military )|(?<=Operative )|(?<=Operational ))(?:District|Region|Zone|Area|Command)s?"
)
# (Its anchor, a literal grouped with the organisation words by its first letter: fast.)
_COMMAND_AREA_ANCHOR = "Military (?:District|Region|Zone|Area)|Operative Zone|Operational Zone"
# A common noun's possessive inside a body's name: "the Lord's Resistance Army", "the Sudan
# People's Liberation Movement", "the Workers' Party" (a name's possessive, "Russia's", is an
# owner's, not the body's).
_POSSESSIVE_IN_NAME = (
    r"(?:(?:People|Lord|Women|Children|Mother|Men|Youth)[’']s|(?:Peoples|Workers|Farmers|"
    rf"Mothers|{_GROUPS_POSSESSING})[’'])"
)
# An inquiry's name runs on to the matter it looks into: "the Commission of Inquiry into
# Post-Election Violence", "the Independent Inquiry into Child Abuse" (no other word's "into":
# "sent the Army into Gaza").
_INTO_MATTER = r"(?<=nquiry\s)into"
# The words that open a name of a town's corporation or an outlet (`CORPORATION`,
# `OUTLET_FIRST`), found with the organisation words by their first letter (fast).
_NAME_OPENERS = "City of (?=[A-Z])|Municipality of (?=[A-Z])|Borough of (?=[A-Z])|Daily (?=[A-Z])"
# Searched only around its organisation words (`Leaping`): "Ministry of Justice" runs past it.
ORG = Leaping(
    re.compile(
        rf"(?:{by_first_letter(ORG_WORDS + '|' + _COMMAND_AREA_ANCHOR + '|' + _NAME_OPENERS)})s?\b"
    ),
    re.compile(
        rf"{NAME_START}(?P<name>{CORPORATION}|{OUTLET_FIRST}|(?:(?:[A-Z]{{2,}}|{_POSSESSIVE_IN_NAME}|{CAP}|{SAINTS}|{_NUMBERED}|{_DOTTED_DATE})\s+(?:(?:of|for|on|and|in)\s+(?:the\s+)?)?)*"
        # ("the Prosecutor General's Office": a post-holder's office.)
        r"(?:(?:Prosecutor|Attorney|General|Ombudsman|President|Governor|Mayor|Auditor)[’']s\s+)?"
        rf"(?:(?:{ORG_WORDS})s?|{_COMMAND_AREA})\b(?:\s+(?:of|for|on|{_INTO_MATTER})\s+(?:the\s+)?{CAP}(?:\s+{CAP})*)*)"
    ),
    before=150,
    after=300,
)
# A word of a name joined to a lower-case half: "Co-operation", "Self-defence".
_HYPHENED = rf"{CAP}(?:-[a-z]+)?"
# A name that defines its acronym: "Popular Mobilisation Units (PMU)"; the initials of its
# capitalised words must spell the acronym, so it is a body's name, not a phrase.
DEFINES_ACRONYM = Anchored(
    re.compile(r" \((?P<acronym>[A-Z]{2,8})\)"),
    re.compile(
        rf"{NAME_START}(?P<name>{CAP}(?:\s+(?:(?:of|for|and|the|in|on)\s+)*{_HYPHENED}){{1,7}})$"
    ),
)
# Words that make a name before a speech verb a body's, not a person's ("Amnesty International
# said", "Physicians for Human Rights reported").
_BODY_WORD_LIST = (
    "International Rights Human Watch Amnesty Reporters Physicians Doctors Borders Frontières "
    "Sans Without News Times Press Agency Observatory Network Group Committee Centre Center "
    "Institute Foundation Association Council Commission Office Ministry Court Tribunal Mission"
)
BODY_WORDS = frozenset(_BODY_WORD_LIST.split())
# A body's name that runs on past its head: "the Campaign to End Hunger", "the Committee to
# Defend Farmers" (a purpose), "the Verification Mission in Chad" (where a mission serves).
_PURPOSE_HEADS = frozenset(["Committee", "Campaign", "Coalition", "Foundation", "Fund", "Alliance"])
_PURPOSE = re.compile(rf"\s+to\s+{CAP}(?:\s+{CAP}){{1,2}}\b(?!\s+(?:of|for)\b)")
_SERVES_IN = re.compile(rf"\s+in\s+{CAP}(?:\s+{CAP})?\b")
# A person's title opening a body's name is not the body's: "Judge Ana Ortiz of the District
# Court" names the court from its own first word after "of (the)".
# So are a body's members opening a sentence: "Soldiers of the 5th Brigade …".
_MEMBER_WORDS = (
    "Soldiers Troops Members Officers Fighters Militiamen Agents Officials Units Elements "
    "Supporters Followers Activists Leaders Commanders Representatives Delegates Deputies "
    "Lawmakers Legislators Senators Judges Lawyers Volunteers Employees Workers Staffers "
    "Researchers Investigators Inspectors Priests Monks Nuns Clergy Students Cadets Recruits "
    "Policemen Gunmen Militants Rebels Veterans "
    # (the people of a school, a hospital, a museum: "Pupils of Ndeke Primary School")
    "Pupils Schoolchildren Schoolgirls Schoolboys Teachers Professors Lecturers Seminarians "
    "Graduates Alumni Doctors Nurses Patients Inmates Orphans Curators"
)
_TITLE_WORDS = POSTS | {"Justice", "Colonel", "Captain"} | frozenset(_MEMBER_WORDS.split())
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# A body named by generic words and its head only, before a post, is part of the post:
# "National Police Commissioner Ana Ortiz", "State Security Chief …".
_GENERIC_WORDS = frozenset(["National", "Federal", "State", "Central", "Provincial", "Regional"])
_NEXT_WORD = re.compile(r"[ ]+([A-Z]\w*)")
# Two bodies joined by "and": "the UN Office and the National Commission" (not "the Ministry of
# Culture and Guidance": the word before "and" must be a body's own).
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")
# The second half of a body's name after "and", up to an acronym's bracket (`joined_to_acronym`).
_AND_TO_ACRONYM = re.compile(rf"\s+and\s+{CAP}(?:\s+(?:(?:of|for|the|in|on)\s+)*{CAP}){{0,5}}")
BODY_HEADS = frozenset(ORG_WORDS.split("|"))
# Words that close a body's name without being its kind ("Amnesty International and …").
_NAME_ENDINGS = frozenset(["International", "Watch"])
# A capitalised word of a span, where the words spelling an acronym may begin (`acronym_start`).
_CAPITALISED_WORD = re.compile(r"[A-Z]\S*")
# A court's part named by its role only is no body of its own ("the Trial Chamber convicted",
# "the Appeals Chamber quashed", "the Grand Chamber held"): the gold sets mark none of them; a
# named one is ("the Extraordinary Chambers in the Courts of Cambodia").
_COURT_PARTS = frozenset(["Chamber", "Chambers", "Panel", "Bench"])
_COURT_ROLE_WORDS = (
    "Trial Appeals Appeal Pre-Trial Pre-trial Grand Full Plenary Sentencing Review Appellate "
    "First Second Third Fourth Fifth"
)
_COURT_ROLES = frozenset(_COURT_ROLE_WORDS.split())
_STATE_WORDS = frozenset(["Republic", "Kingdom", "States", "Emirates", "Federation", "Territories"])
# A post over a service, written without "the": "Inspector General of Police", "Commissioner of
# Prisons", "Chief of Army Staff", "Director of Public Prosecutions" name the post, not a body
# (the gold sets mark the holder's post; "the commander of the Army" names the army).
_POST_OPENER_WORDS = (
    "Inspector Superintendent Head Controller Comptroller Registrar Surgeon Assistant Acting "
    "Attorney Auditor Solicitor Provost Marshal Adjutant Quartermaster"
)
_POST_OPENERS = POSTS | frozenset(_POST_OPENER_WORDS.split())
_POST_OF = re.compile(r"\s+of\s+(?!the\b)(?=[A-Z])")
# A name's first words joined to a body by "for the" or "of the" without a head of their own
# are not the body's: "fled Hungary for the Soviet Union", "Ana Ortiz of the District Court".
# A state whose name ends in a body's head: "the Soviet Union for Israel" runs on from a place.
_STATES_LIKE_BODIES = ("Soviet Union",)
_JOINED_THE = re.compile(r"\s+(?:for|of)\s+the\s+(?=[A-Z\d])")

# A lower-case body after a person's surname is a body named after its chair or its author:
# "the Waki commission", "the Goldstone panel", "the Kahan inquiry".
CHAIRED_BODY = re.compile(
    r"[ ]+(?:commission|committee|panel|inquiry|tribunal|task force|mission|fact-finding mission)"
    r"(?![\w-])"
)


def body_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A body's name found by its head word, less a person's title and name before "of (the)",
    with a purpose or a mission's place after it; None where the name is part of a post."""
    space = text.find(" ", start, end)
    first = text[start:space] if space >= 0 else ""
    of = _OF_THE.search(text, start, end) if first in _TITLE_WORDS else None
    if of is not None and BODY_HEADS.isdisjoint(text[start : of.start()].split()):
        start = of.end()  # (not "Supreme Court of Justice": a body's head before "of")
    post_of = _POST_OF.search(text, start, end)
    if (
        post_of is not None
        and first in _POST_OPENERS
        and BODY_HEADS.isdisjoint(text[start : post_of.start()].split())
    ):
        return None  # "Inspector General of Police": a post
    joined = _JOINED_THE.search(text, start, end)
    if joined is not None and not any(map(is_body_head, text[start : joined.start()].split())):
        start = joined.end()
    if text.startswith(_STATES_LIKE_BODIES, start):
        return None
    words = text[start:end].split()
    head = words[-1]
    after = _NEXT_WORD.match(text, end)
    if after and after[1] in POSTS and _GENERIC_WORDS.issuperset(words[:-1]):
        return None
    if head in _COURT_PARTS and words[:-1] and _COURT_ROLES.issuperset(words[:-1]):
        return None
    if head in OUTLETS and _GENERIC_WORDS.issuperset(words[:-1]):
        return None  # "State TV", "National Television": a kind of outlet, no name
    tail = _PURPOSE if head in _PURPOSE_HEADS else _SERVES_IN if head == "Mission" else None
    if tail is not None and (more := tail.match(text, end)):
        end = more.end()
    return start, end


def bodies_joined(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "and (the)" between two bodies' names in one span, if the word before it is a
    body's head word ("Office", "Courts") or "the" opens the second name ("the Tatmadaw and
    the Kachin Army": a name of its own, not a name's second half)."""
    for join in _AND_THE.finditer(text, start, end):
        head = text[start : join.start()].rsplit(None, 1)[-1]
        if is_body_head(head) or head in _NAME_ENDINGS or join[0].endswith("the "):
            return join
    return None


def joined_to_acronym(text: str, end: int) -> int | None:
    """Where a body's name ends that runs on past "and" to the acronym in brackets it defines:
    "the Commission for the Missing and Victims of Torture (KomPaT)" is one body (the word
    rules stop at its "and"); None where no acronym closes the words after "and"."""
    joined = _AND_TO_ACRONYM.match(text, end)
    if joined is None or ACRONYM.match(text, joined.end()) is None:
        return None
    return joined.end()


def is_body_head(word: str) -> bool:
    """Whether a word is a body's head noun, or its plural ("Court", "Courts")."""
    return word in BODY_HEADS or word.removesuffix("s") in BODY_HEADS


def spells_acronym(text: str, words: list[str], end: int) -> bool:
    """Whether the capitalised words' initials spell the acronym in brackets after them, and
    they name no state ("Central African Republic (CAR)" is a place)."""
    if set(words) & _STATE_WORDS:
        return False
    acronym = ACRONYM.match(text, end)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return acronym is not None and initials == acronym["name"]


def acronym_start(text: str, start: int, end: int) -> int | None:
    """Where the words whose initials spell the acronym after them begin: the whole span's
    start, or a later word's when the span opens on a longer name ("the Verification Mission of
    the Organization for Security and Co-operation in Europe (OSCE)" defines OSCE from
    "Organization"); None where no run of its last words spells it."""
    for word in _CAPITALISED_WORD.finditer(text[start:end]):
        if spells_acronym(text, text[start + word.start() : end].split(), end):
            return start + word.start()
    return None


def initials(name: str) -> str:
    """The capitals opening a name's words and hyphened parts: "Special Anti-Robbery Squad"
    gives "SARS" (the acronym a body is known by, whatever its words spell elsewhere)."""
    return "".join(part[0] for part in _NAME_PARTS.split(name) if part[:1].isupper())


def lone_acronyms(text: str, spelt: Set[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Acronyms standing alone, unless the line is in capitals (a heading, a shouted quote) or
    the word is a dateline's place. An acronym that a body named in the text spells (`spelt`)
    is that body's even where the word is listed as no body's ("SARS", the police squad)."""
    for match in _ACRONYM_ALONE.finditer(text):
        if match["short"]:
            yield match.span()
            continue
        if match["name"] in _NOT_BODIES and match["name"] not in spelt:
            continue
        if _in_capitals(text, *match.span()):
            continue
        if _WEAPON_AFTER.match(text, match.end()):
            continue  # "HIMARS rockets": a weapon
        if _SPEAKER_LABEL.match(text, match.end()) and _opens_line(text, match.start()):
            continue  # "WITNESS: I was …": a transcript's speaker, not a body
        if _REGNAL.fullmatch(match["name"]) and _NAME_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "Pope Shenouda III", "Henry VIII": a regnal number
        if (dateline := DATELINE.match(text, match.start())) and dateline.end() == match.end():
            continue
        if match["name"] not in spelt and _initials_of_a_person(text, match.end()):
            continue  # "AKM Rahim Uddin, its director": a South Asian name's initials
        yield match.span()


# Two or three capitalised words after an acronym, then a comma, a bracket or a lower-case word:
# the acronym may be a person's initials (Bangladeshi and Indian usage: "AKM Rahim Uddin",
# "SM Kamal Hossain"), unless a word is a body's, a post's or a title's ("UN Security Council").
_NAME_AFTER_INITIALS = re.compile(r" ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?=[,(]| [a-z])")


def _initials_of_a_person(text: str, end: int) -> bool:
    """Whether the acronym ending at `end` opens a person's name as its initials."""
    name = _NAME_AFTER_INITIALS.match(text, end)
    if name is None:
        return False
    words = name[1].split()
    return not any(
        is_body_head(word) or word in BODY_WORDS or word in _TITLE_WORDS for word in words
    )


def _opens_line(text: str, start: int) -> bool:
    """Whether a word opens its line (a transcript's speaker label, a dateline)."""
    return start == 0 or text[start - 1] == "\n"


def _in_capitals(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    neighbours = [w for w in (before[-1:] + after[:1]) if any(ch.isalpha() for ch in w)]
    return any(w.isupper() and len(w) > 1 for w in neighbours)
