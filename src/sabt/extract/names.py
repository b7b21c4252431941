"""Names not yet in the registry, proposed by rules: titles, honorifics, organisation words.

Each rule names itself in the `annotator` field, so a reviewer can see why it fired. The rules
favour precision: a capitalised word alone is never proposed, only one with a cue (a title or
role before it, a speech verb after it, an organisation or prison word in it, a place
preposition before it). A person proposed with a full name is then also found by surname
elsewhere in the document ("Agnès Callamard" … "Callamard said"). spaCy would add recall but is
not a dependency; see docs/extraction.md.

The rules live by what they find (`names_persons`, `names_bodies`, `names_places`, sharing
`name_words`); this module runs them in order, filters what they find, and follows a name's
list, surname, acronym or bare repetition through the text (what a list or a surname is, and
the regex that finds a name again, in `names_again`). Other code imports from here.
"""

import re
from collections.abc import Iterator
from dataclasses import replace

from sabt.extract.anchored import Finder
from sabt.extract.bodies_kind_before import KIND_BEFORE_BODY
from sabt.extract.bodies_romance import ROMANCE_BODY
from sabt.extract.country_governments import named_by_country
from sabt.extract.given_names import two_given_names
from sabt.extract.mentions import Mention
from sabt.extract.name_trim import LINE_BREAK, after_heading, before_paragraph, trim
from sabt.extract.name_words import DATELINE, POSTS, in_heading
from sabt.extract.names_again import listed_after, surnames_of, words_regex
from sabt.extract.names_bodies import (
    ACRONYM,
    ARMED,
    BODY_APPOSITION,
    BODY_HEADS,
    BODY_OF_MEMBER,
    BODY_SPEECH,
    BODY_SPOKESMAN,
    BODY_WORDS,
    CHAIRED_BODY,
    DEFINES_ACRONYM,
    LOWER_KIND_BODY,
    ORG,
    PARTY_MP,
    SHORT_NAME,
    acronym_start,
    bodies_joined,
    body_span,
    initials,
    is_body_head,
    joined_to_acronym,
    lone_acronyms,
)
from sabt.extract.names_east_asian import EAST_ASIAN_NAME, family_name
from sabt.extract.names_fa import persian_names
from sabt.extract.names_persons import (
    ACCORDING_TO,
    ALIAS,
    GIVEN_NAME_RUN,
    OPENING_TITLES,
    PERSON_AFTER_ROLE,
    PERSON_AFTER_SPEECH,
    PERSON_APPOSITION,
    PERSON_BRACKETED,
    PERSON_BYLINE_OR_CASE,
    PERSON_CALLED,
    PERSON_FATE,
    PERSON_FATE_OF,
    PERSON_GIVEN_POST,
    PERSON_KIN,
    PERSON_NAME_IS,
    PERSON_OBJECT,
    PERSON_OPENING_TITLE,
    PERSON_OWN_KIN,
    PERSON_PATRONYMIC,
    PERSON_RECORD,
    PERSON_RELATIVE,
    PERSON_SPEECH,
    PERSON_TITLE,
    PERSON_WAS_POST,
)
from sabt.extract.names_places import (
    COMPASS_WORDS,
    KOREAN_VILLAGE,
    PLACE_APPOSITION,
    PLACE_BEFORE_NOUN,
    PLACE_CUE,
    PLACE_IN_REGION,
    PLACE_KINDS,
    PLACE_OPENING,
    PLACE_PREFIX,
    PLACE_SEAT,
    PLACE_WORDS,
    SAINTED_SITE,
    SITE_IN_LONGER_NAME,
    SITE_OF,
    SITE_WORDS,
    WATER_CUE,
    after_plural_cue,
    names_a_people,
    places_before_plural,
)

__all__ = ["POSTS", "VERSION", "propose_names"]

VERSION = "1"

_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"(\w+)[ ]+$")
_WORD_AFTER = re.compile(r"[ ]+(\w+)")
_CUT_OFF = re.compile(r"-[a-z]")
# A nation's body in apposition after a capitalised name describes that name ("the Jogorku
# Kenesh, the Kyrgyz parliament, …"): not a body of its own, unless it owns what follows ("the
# Kaibiles, the Guatemalan army's special forces").
_DESCRIBES_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*,\s+the\s+$")
_POSSESSIVE = re.compile(r"[’']s\b")
# "into" after an inquiry's noun opens the matter inquired into, not a place.
_INQUIRY_INTO = re.compile(
    r"(?:[Ii]nquir(?:y|ies|e|ed)|[Ee]nquiry|[Ii]nvestigations?|[Pp]robe|[Rr]eview|[Ss]tudy|"
    r"[Rr]esearch|[Ll]ook(?:ing|ed)?)\s+into\s+$"
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
# What is trimmed off a name's ends by its kind (a person's also loses a title opening its
# sentence, "Lawmaker Ana Pardo said", or cut short, "Dr Ana Pardo said").
_STRIPPED = {
    "organization": _STOP,
    "person": _OPENERS
    | OPENING_TITLES
    | {"Dr", "Gen", "Col", "Lt", "Sgt", "Capt", "Rev", "Sister", "Reverend", "Pastor"},
}
_NO_PLACE = BODY_HEADS | _DESCRIPTIVE | {"Judiciary", "UN", "Prime", "General"}
_NO_NAME = _NO_PLACE | _STOP  # a word that opens no body's name before "spokesman", "member of"
_NOT_LISTED = _NO_NAME | POSTS  # a word that ends a list of names ("X, Tehran Prosecutor")

# Person rules whose cue is the name's own shape, which "the" before it does not undo ("the
# Kim Jong-un regime", "the Ana Pardo case"); a cue around the name does not outweigh "the".
_SHAPED = frozenset(["title", "given-name", "east-asian-name", "patronymic"])
# Words that end the name of a state, an armed body or a party, never a person's ("Islamic
# State claimed", "the Patriotic Front said", "Sinaloa Cartel gunmen").
_BODY_END_WORDS = (
    "State Republic Kingdom Emirate Caliphate Union Federation Army Front Party Movement Brigade "
    "Brigades Battalion Regiment Division Corps Guards Forces Militia Cartel Police Government "
    "Authority Coalition Alliance League Congress Assembly Parliament Agency Company Corporation "
    "University Dynasty Accords Agreement Convention Declaration"
)
_BODY_ENDS = frozenset(_BODY_END_WORDS.split())
_KEPT: frozenset[str] = frozenset()  # an East Asian name keeps its words ("Nguyen Van An")
# What rules of their own trim off a name's ends: a site named by its kind keeps what closes
# its "of" ("the Palace of Justice"), a description's word for a person or a place elsewhere.
_RULE_STRIPPED = {"east-asian-name": _KEPT, "site-of": _STOP}
# The kind of a region closing its name, before a lower-case armed body or government: "the
# Lagos State government", "Kivu Province police" name the region, a place.
_REGION_KINDS = frozenset(["State", "Province", "Region", "County", "District", "Governorate"])
_PEOPLES_REGIONS = frozenset(["region", "province", "governorate", "state"])
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "In", "At", "Near", "Outside"])
_GROUP_OPENERS = frozenset(
    ["the", "of", "for", "many", "some", "all", "most", "other", "fellow", "among"]
)

# The rules in the order they run; each names itself in the annotator ("names:title").
_RULES: tuple[tuple[Finder, str, str], ...] = (
    (PERSON_TITLE, "person", "title"),
    (PERSON_OPENING_TITLE, "person", "title"),
    (PLACE_APPOSITION, "place", "place-apposition"),
    (BODY_APPOSITION, "organization", "body-apposition"),
    (KIND_BEFORE_BODY, "organization", "kind-before"),
    (PERSON_APPOSITION, "person", "apposition"),
    (ALIAS, "person", "alias"),
    (PERSON_FATE, "person", "fate-or-age"),
    (PERSON_AFTER_ROLE, "person", "after-role"),
    (PLACE_CUE, "place", "place-preposition"),
    (PLACE_BEFORE_NOUN, "place", "place-noun"),
    (PLACE_SEAT, "place", "place-noun"),
    (WATER_CUE, "place", "water"),
    (ACCORDING_TO, "person", "speech-verb"),
    (PERSON_SPEECH, "person", "speech-verb"),
    (PERSON_CALLED, "person", "called"),
    (PERSON_RELATIVE, "person", "relative"),
    (PERSON_NAME_IS, "person", "name-is"),
    (PERSON_AFTER_SPEECH, "person", "after-speech-verb"),
    (PERSON_FATE_OF, "person", "fate-of"),
    (PERSON_KIN, "person", "kin"),
    (PERSON_OWN_KIN, "person", "own-kin"),
    (PERSON_PATRONYMIC, "person", "patronymic"),
    (PERSON_RECORD, "person", "record"),
    (PERSON_BRACKETED, "person", "bracketed"),
    (PERSON_OBJECT, "person", "object"),
    (PERSON_GIVEN_POST, "person", "given-post"),
    (PERSON_WAS_POST, "person", "was-post"),
    (PERSON_BYLINE_OR_CASE, "person", "byline-or-case"),
    (PLACE_WORDS, "place", "place-word"),
    (SAINTED_SITE, "place", "sainted-site"),
    (SITE_OF, "place", "site-of"),
    (ROMANCE_BODY, "organization", "romance-body"),
    (ORG, "organization", "organization-word"),
    (BODY_SPEECH, "organization", "body-speech-verb"),
    (ARMED, "organization", "armed-body"),
    (BODY_SPOKESMAN, "organization", "spokesman"),
    (PARTY_MP, "organization", "party-mp"),
    (BODY_OF_MEMBER, "organization", "member-post"),
    (LOWER_KIND_BODY, "organization", "lower-case-kind"),
    (GIVEN_NAME_RUN, "person", "given-name"),
    (EAST_ASIAN_NAME, "person", "east-asian-name"),
    (PLACE_PREFIX, "place", "place-prefix"),
    (PLACE_IN_REGION, "place", "place-in-region"),
    (PLACE_OPENING, "place", "place-opening"),
    (DEFINES_ACRONYM, "organization", "defines-acronym"),
    (DATELINE, "place", "dateline"),
    (KOREAN_VILLAGE, "place", "korean-village"),
)


# Rules whose cue stands before the name: a name they read over a line break is the line's
# that holds the cue ("notes from Sivas\nPosted by …" names Sivas).
_CUE_BEFORE_NAME = frozenset(
    ["place-preposition", "title", "byline-or-case", "object", "fate-of", "record", "called"]
)
# The rule a name found again bare is reported by, by its kind (a body's: "body-again").
_AGAIN_RULES = {"place": "place-again", "person": "surname"}
# Rules whose cue makes one word a body's name ("Vantor, the miner, …", "the Interpol spokesman",
# "the Liberal MP").
_ONE_WORD_BODIES = frozenset(
    ["body-apposition", "spokesman", "member-post", "kind-before", "party-mp"]
)


def propose_names(text: str) -> Iterator[Mention]:
    """New-name candidates, possibly overlapping each other and registered mentions."""
    found = list(_proposed(text))
    spelt = [m for m in found if m.annotator == "names:defines-acronym"]
    if not spelt:
        yield from found
        return
    for mention in found:
        kept = _yield_to_spelt(text, mention, spelt) if mention.type == "organization" else mention
        if kept is not None:
            yield kept


def _yield_to_spelt(text: str, body: Mention, spelt: list[Mention]) -> Mention | None:
    """A body's name that runs into one defining an acronym ends before its "of (the)": "the
    Border Mission of the Council for Peace and Co-operation (CPC)" names the Border Mission
    of the body called CPC, not one body; without that "of" it gives way."""
    for name in spelt:
        if body.start < name.start < body.end < name.end:
            if (of := _OF_BEFORE.search(text, body.start, name.start)) is None:
                return None
            return replace(body, text=text[body.start : of.start()], end=of.start())
    return body


def _proposed(text: str) -> Iterator[Mention]:
    surnames: set[str] = set()
    families: set[str] = set()  # family names written first ("Chun" of "Chun Doo-hwan")
    places: set[str] = set()
    bodies: set[str] = set()  # one-word bodies found in apposition ("Vantor, the miner, …")
    described_bodies: set[tuple[int, int]] = set()  # spans a body's kind described
    acronyms_spelt: set[str] = set()  # the acronyms that the bodies' names spell ("SARS")
    for pattern, kind, rule in _RULES:
        for match in pattern.finditer(text):
            strip = _RULE_STRIPPED.get(rule, _STRIPPED.get(kind, _OPENERS))
            span = trim(text, *match.span("name"), strip=strip)
            if span is None:
                continue
            start, end = span
            if LINE_BREAK.search(text, start, end):
                span = after_heading(text, start, end, strip)
                if rule in _CUE_BEFORE_NAME or (
                    rule == "organization-word" and not _holds_body_head(text, span)
                ):
                    span = before_paragraph(text, start, end, strip)
                if span is None:
                    continue
                start, end = span
            if kind == "person" and (start, end) in described_bodies:
                continue  # "the Red Path, the armed group whose …": a body, not a person
            if rule == "organization-word":
                span = body_span(text, start, end)
                if span is None:
                    continue
                start, end = span
                if _a_line_or_a_clique(text[start:end]):
                    continue
                end = joined_to_acronym(text, end) or end  # "… Missing and Victims (KomPaT)"
            if rule == "organization-word" and (join := bodies_joined(text, start, end)):
                yield Mention(None, None, kind, text[start : join.start()], start, join.start(),
                              f"names:{rule}", VERSION)  # fmt: skip
                start = join.end()
            words = text[start:end].split()
            if kind == "organization" and named_by_country(text[start:end]):
                continue  # "the Rwandan government", "the Government of Mali": a place's
            if (
                rule == "armed-body"
                and _DESCRIBES_NAME_BEFORE.search(text, max(0, start - 40), start)
                and not _POSSESSIVE.match(text, end)
            ):
                continue  # "the Jogorku Kenesh, the Kyrgyz parliament,": the body named before
            if rule == "armed-body" and len(words) > 2 and words[-2] in _REGION_KINDS:
                end = start + len(text[start:end].rsplit(None, 1)[0])
                yield Mention(None, None, "place", text[start:end], start, end,
                              "names:region-government", VERSION)  # fmt: skip
                continue  # "the Lagos State government": the state's, a place is named
            if kind == "organization" and len(words) < 2 and rule not in _ONE_WORD_BODIES:
                continue
            if rule in ("spokesman", "member-post", "party-mp") and words[0] in _NO_NAME:
                continue  # "the Army spokesman", "a member of Parliament": no name
            body_like = not BODY_WORDS.isdisjoint(words)
            if (rule == "body-speech-verb" and not body_like) or (kind == "person" and body_like):
                continue
            if (
                kind != "organization"
                and rule not in ("sainted-site", "site-of")  # a site's name, whole
                and (
                    not _NO_PLACE.isdisjoint(words)
                    or (_name_length(words, kind) > 3 and not two_given_names(words))
                )
            ):
                continue
            if kind == "person" and _CUT_OFF.match(text, end):
                continue  # "President Roh Moo-hyun": a name ends no word short of its hyphen
            if kind == "person" and (
                words[-1] in POSTS or words[-1] in SITE_WORDS or words[-1] in _BODY_ENDS
            ):
                continue  # "the UN High Commissioner, said", "Maria Street, a …": no person
            if rule == "speech-verb" and len(words) == 1 and _opens_sentence(text, start):
                continue  # "Prosecutors said", "Witnesses recalled": a plural noun, no name
            if rule == "place-noun" and len(words) == 1 and _a_peoples_site(text, words[0], end):
                continue  # "the Kurdish village", "the Tutsi neighbourhood": a people's
            if rule == "water" and (words[0] in _NO_NAME or names_a_people(words[0])):
                continue  # "across the Army", "near the Syrian border": no river
            if rule == "place-preposition" and _INQUIRY_INTO.search(
                text, max(0, start - 40), start
            ):
                continue  # "the Commission of Inquiry into Post-Election Violence": a matter
            if rule == "site-of" and SITE_IN_LONGER_NAME.search(text, max(0, start - 40), start):
                continue  # "the Inquiry into the Killings at the Tomb of the Kings": nested
            if rule == "place-opening" and not _opens_sentence(text, match.span("opener")[0]):
                continue
            if rule in ("apposition", "fate-or-age") and _after_place_preposition(text, start):
                continue  # "In Velika Brda, the men …", "talks in South Sudan died": a place
            if kind == "person" and rule not in _SHAPED and _after_the(text, start):
                continue  # "outside the Dar Salam, the …", "The Islamic State claimed": no person
            if kind == "person" and words[0] in COMPASS_WORDS:
                continue  # "declared Northern Kivuto a disaster zone": a region, no person
            if kind == "person" and words[0] in PLACE_KINDS:
                continue  # "Camp Speicher, a large air base": a place named by its kind
            if rule == "speech-verb" and len(words) == 1 and _after_group_word(text, start):
                continue  # "abducted Yazidis says", "the Kurds said": a people, not a name
            if rule == "defines-acronym":
                if (spelt := acronym_start(text, start, end)) is None:
                    continue
                start, words = spelt, text[spelt:end].split()
            if rule == "given-name" and after_capitalised_word(text, start):
                continue  # "Father Tomas Rivera": a title nobody listed, or a longer name
            yield Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
            if kind == "place":
                places.add(text[start:end])
                plural = rule == "place-preposition" and after_plural_cue(text, start)
                yield from _list_after(text, end, set(), kind="plural" if plural else "place")
            if kind == "person":
                yield from _list_after(text, end, surnames)
                surnames.update(surnames_of(words))
                if family := family_name(tuple(words)):
                    families.add(family)
            elif kind == "organization":
                acronyms_spelt.add(initials(text[start:end]))
                if rule in ("body-apposition", "kind-before"):
                    described_bodies.add((start, end))
                if len(words) == 1:
                    bodies.add(words[0])
                elif rule == "lower-case-kind" and _named_movement(words):
                    bodies.add(words[0])  # "the Velo movement" … "Velo activists": its name
                acronym = ACRONYM.match(text, end) or _short_name(text, words, end)
                if acronym:
                    a_start, a_end = acronym.span("name")
                    yield Mention(
                        None, None, kind, acronym["name"], a_start, a_end, "names:acronym", VERSION
                    )
                    if not acronym["name"].isupper():
                        bodies.add(acronym["name"])  # named again alone, as a lone acronym is
    yield from persian_names(text)
    for start, end in places_before_plural(text):
        if text[start:end] not in _NO_PLACE:
            yield Mention(
                None, None, "place", text[start:end], start, end, "names:plural-kind", VERSION
            )
    for start, end in lone_acronyms(text, acronyms_spelt):
        yield Mention(
            None, None, "organization", text[start:end], start, end, "names:acronym", VERSION
        )
    if surnames:
        for match in words_regex(surnames).finditer(text):
            start, end = match.span()
            if kind_after := CHAIRED_BODY.match(text, end):
                end = kind_after.end()  # "the Waki commission": a body named after its chair
                yield Mention(None, None, "organization", text[start:end], start, end,
                              "names:chaired-body", VERSION)  # fmt: skip
                continue
            yield Mention(None, None, "person", match.group(), start, end, "names:surname", VERSION)
    # A place named once with its cue, or a one-word body named in apposition, is one where it
    # stands bare (one scan for both; a place's word wins over a body's of the same spelling).
    # A family name written first stands bare for its person the same way ("Chun's
    # government"), not inside a longer capitalised run ("the Song Dynasty", "Gorky Park").
    shouted = {place.upper() for place in places} - places  # a heading's ("SENKATA")
    again = (
        dict.fromkeys(families, "person")
        | dict.fromkeys(bodies, "organization")
        | dict.fromkeys(places, "place")
        | dict.fromkeys(shouted, "place")
    )
    if again:
        for match in words_regex(set(again)).finditer(text):
            start, end = match.span()
            kind = again[match.group()]
            if match.group() in shouted:
                if not in_heading(text, start, end):
                    continue  # a place in capitals only in a heading ("… SACABA AND SENKATA")
            elif after_capitalised_word(text, start) or (
                kind != "organization" and before_capitalised_word(text, end)
            ):
                continue  # "the Tigray People's Liberation Front", "Ixil Maya civilians"
            rule = _AGAIN_RULES.get(kind, "body-again")
            yield Mention(None, None, kind, match.group(), start, end, f"names:{rule}", VERSION)


def _named_movement(words: list[str]) -> bool:
    """Whether a movement is named by one word of its own ("the Velo movement"), which may then
    stand alone for it, not by a people's, a faith's or a creed's ("the Kurdish movement", "the
    Sunni movement", "the Communist movement": that word stays a description)."""
    return (
        len(words) == 2
        and words[1] == "movement"
        and not names_a_people(words[0])
        and not words[0].endswith(("ist", "ism"))
    )


def _holds_body_head(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a span holds a body's head word ("Court", "Courts"): which side of a line break
    a name found by its head word belongs to."""
    if span is None:
        return False
    return any(is_body_head(word) for word in text[slice(*span)].split())


def _a_line_or_a_clique(name: str) -> bool:
    """Whether a name headed by Circle is a line of latitude ("the Arctic Circle") or a clique
    ("the Inner Circle"), not a body's circle ("the Kalewa Truth Circle", a circle
    named by its cause alone)."""
    words = name.split()
    return len(words) == 2 and words[1] == "Circle" and words[0] in _NOT_A_BODYS_CIRCLE


_NOT_A_BODYS_CIRCLE = frozenset({"Arctic", "Antarctic", "Polar", "Inner", "Outer"})


def _short_name(text: str, words: list[str], end: int) -> re.Match[str] | None:
    """A body's short name in brackets after its name, opening on the name's first letter."""
    short = SHORT_NAME.match(text, end)
    return short if short is not None and short["name"][0] == words[0][0] else None


def _a_peoples_site(text: str, word: str, end: int) -> bool:
    """Whether a people's adjective opens a site ("the Tutsi neighbourhood"), not a region
    named after its people ("the Ixil region", "the Amhara region" are places)."""
    noun = _WORD_AFTER.match(text, end)
    return names_a_people(word) and (noun is None or noun[1] not in _PEOPLES_REGIONS)


def after_capitalised_word(text: str, start: int) -> bool:
    """Whether a capitalised word other than a function word ("In", "The") comes just before."""
    before = word_before(text, start)
    return before is not None and before[0].isupper() and before not in _STOP


def _name_length(words: list[str], kind: str) -> int:
    """How many words a name has, less its initials ("A. K. Niazi" has one) and, in a person's,
    its particles in lower case ("Jean de Dieu Ilunga" has three, "Praça dos Três Poderes"
    three)."""
    initials = sum(len(word) == 2 and word[1] == "." for word in words) if len(words) > 3 else 0
    particles = sum(word[0].islower() for word in words) if kind in ("person", "place") else 0
    return len(words) - initials - particles


def _after_the(text: str, start: int) -> bool:
    """Whether "the" or "The" comes just before: a name after it is a body's, a building's or a
    state's ("The Islamic State claimed", "outside the Dar Salam, the main mosque")."""
    return word_before(text, start) in ("the", "The")


def _after_place_preposition(text: str, start: int) -> bool:
    return word_before(text, start) in _PLACE_PREPOSITIONS


def _after_group_word(text: str, start: int) -> bool:
    """Whether an article, a preposition or a participle comes just before: a capitalised word
    after them and before a speech verb names a people or a group ("of Yazidis says")."""
    word = word_before(text, start)
    return word is not None and (word in _GROUP_OPENERS or (word.islower() and word.endswith("ed")))


def word_before(text: str, start: int) -> str | None:
    """The word just before `start`, a space or more between them."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return None if before is None else before[1]


def before_capitalised_word(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1][0].isupper()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" “\"'‘")
    return not before or before[-1] in ".!?:\n"


def _list_after(
    text: str, end: int, surnames: set[str], *, kind: str = "person"
) -> Iterator[Mention]:
    """The names `listed_after` a proposed one, as mentions; a listed person's last word joins
    `surnames`."""
    listed = "person" if kind == "person" else "place"
    for start, stop in listed_after(text, end, kind, _NOT_LISTED):
        name = text[start:stop]
        surnames.add(name.split()[-1])
        yield Mention(None, None, listed, name, start, stop, "names:list", VERSION)
