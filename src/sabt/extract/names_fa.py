"""New names in Persian text, by rule: honorifics, known given names, heads of bodies and places.

Persian has no capital letters, so a name needs a cue. A person is an honorific followed by
one or two words (آیت‌الله، سرهنگ، مولوی …), or a run of two or three words opening with a
known given name (`given_names_fa.txt`, the name parts of `sabt.text.name_parts`, or a
compound ending in الله / الدین) that a position, a comma, a parenthesis or a speech verb
follows. A body or a place is a head noun (وزارت، دادگاه، حزب، کانون …; زندان، شهر، روستای …)
with the words that name it, up to the first preposition, verb or punctuation.

This module joins the rules: `persons_fa`, `marked_persons_fa`, `known_persons_fa` (the
public figures such texts cite, written down whole), `laqabs_fa` (courtly titles and kings)
and `patronyms_fa` (Arab names with بن) find persons, `bodies_fa`
and `places_fa` bodies and places (both through `headed_fa`), over the words of
`name_words_fa`; here a name found once with its cue is found again bare elsewhere.
"""

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator

from sabt.extract.bodies_fa import (
    ARMED_HEADS,
    KNOWN,
    ORG_HEAD,
    abbreviated_names,
    assemblies,
    bodies_of_a_kind,
    in_a_bodys_slot,
    named_after_description,
    own_names,
    quoted_bodies,
    short_name,
)
from sabt.extract.double_family_fa import double_family
from sabt.extract.foreign_firsts_fa import foreign_firsts
from sabt.extract.governments_fa import own_named_governments
from sabt.extract.headed_fa import ORDINARY_HEADS, headed_names
from sabt.extract.known_persons_fa import known_persons
from sabt.extract.laqabs_fa import courtly_names
from sabt.extract.marked_persons_fa import APPOSED
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import is_given_name as is_given_name
from sabt.extract.name_shapes_fa import opens_name
from sabt.extract.name_words_fa import (
    EZAFE,
    LETTERS,
    WORD_JUST_BEFORE,
    may_name,
    mention,
    stretches,
)
from sabt.extract.names_abroad_fa import FOREIGN
from sabt.extract.patronyms_fa import patronymic_names
from sabt.extract.persons_fa import (
    PLURAL_BEFORE,
    continues_a_name,
    east_asian_family,
    in_persons_slot,
    opening_words,
    persons_and_shaped_places,
    repeated_word,
    unshaped_family,
)
from sabt.extract.places_fa import (
    PLACE_HEAD,
    listed_after,
    listed_among_known,
    only_described,
    outlets_in_datelines,
    places_after_cue,
)
from sabt.extract.sites_fa import is_site
from sabt.extract.stretch_words_fa import StretchWords, standing, stretch_words
from sabt.extract.world import cued_places_fa

# The rules of persons named right after a body's name (a post's body, a leader's country):
# the body's name stops where the person's begins.
_AFTER_A_BODY = (APPOSED, "post-speaker-fa", "leader-fa")
# A family name after a tribe or clan (طایفه‌ی بارزانی) or a man or men of it (مردان بارزانی)
# names the kin group, not the person named by it earlier.
_KIN_GROUP_BEFORE = re.compile(
    rf"(?<![{LETTERS}\u200c])(?:طایفه|قبیله|ایل|عشیره|تیره|خاندان|مرد|مردان|پسران|زنان)"
    rf"{EZAFE}\s+$"
)
# The opening mark of a quoted name after a body's description, spaces before it.
_QUOTE_OPENS = re.compile(r"\s*«")
# A people's name borne as a family name (X بلوچ، X کرد) is, alone, most often the people's
# (کارگران بلوچ: Baloch workers); after a given name, a person's.
_PEOPLE_WORDS = "بلوچ کرد ترک عرب لر ترکمن افغان پشتون هزاره ازبک تاجیک"
_PEOPLES = frozenset(_PEOPLE_WORDS.split())
# After a determiner the word is a common noun, no family name again (یک بازرگان, a merchant);
# not این or آن, which also close a phrase (پس از آن X).
_DETERMINER_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?:یک|هر|هیچ|چند|چنین|چنان)\s+$")


def _after_given_name(text: str, start: int) -> bool:
    """Whether a given name stands right before `start` (رحیم بلوچ: رحیم's)."""
    before = WORD_JUST_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and is_given_name(before["word"])


def persian_names(text: str) -> Iterator[Mention]:
    """Persons, bodies and places proposed in the Persian-script parts of `text`; a family name
    is a person again where the text later names it alone ("… رحیمی گفت")."""
    where = stretches(text)
    if not where:
        return
    words = stretch_words(text, where)
    found = list(persons_and_shaped_places(words))
    found += known_persons(words)
    found += courtly_names(text, where)
    found += patronymic_names(text, where)
    persons = [m for m in found if m.type == "person"]
    families, again = _persons_again(text, words, persons)
    places = list(_places(text, words, {m.start for m in [*persons, *again]}))
    placed = {m.text for m in places if m.annotator in _PLACED_BY_A_CUE}
    yield from (m for m in [*found, *again] if not _a_placed_family_name(m, placed))
    yield from _bodies(text, words, persons, again, families)
    yield from places


# A word a place's cue or a list of places names (در X کشته شد، شهرهای X، Y و Z) is a town
# wherever it stands alone, not a family name by its ending (a foreign town in -نیا).
_PLACED_BY_A_CUE = ("names:place-cue-fa", "names:place-list-fa")


def _a_placed_family_name(mention: Mention, placed: set[str]) -> bool:
    """Whether `mention` is a family name alone, known only by its ending, that the text names
    as a place by a cue elsewhere."""
    return mention.annotator == "names:family-name-fa" and mention.text in placed


def _persons_again(
    text: str, words: StretchWords, persons: list[Mention]
) -> tuple[set[str], list[Mention]]:
    """The family names of `persons` (those the text uses as one), and each person found again
    bare elsewhere: by the family name, by the given name where a person stands, by the first
    of two given names."""
    # A word that opens another person's name there is that person's given name.
    first_words = opening_words(persons)
    families = {repeated_word(m) for m in persons} - {""} - first_words
    # A Spanish name's two family names, and the father's alone (`double_family_fa`).
    families |= {family for m in persons for family in double_family(m)} - first_words
    # The given name of a person named in full, alone where a person stands: opening a sentence
    # or before a comma or a speech verb (a foreign name whose first word the text goes on
    # using: "سرهنگ X Y Z …. X در … گریخت"; a witness's brother: "… و کاوه گفت").
    firsts = {word for word in first_words if opens_name(word)}
    # So is the first word of a foreign name the text marks (`foreign_firsts_fa`).
    firsts |= foreign_firsts(persons)
    # A name of two given names has no family name (an Arab's name and his father's: X Y): the
    # text names the person again by the first anywhere, where no other name's word follows.
    patronyms = {
        words[0]
        for words in (m.text.split() for m in persons)
        if len(words) == 2 and opens_name(words[0]) and is_given_name(words[1])
    } - families
    openers = firsts - families - patronyms
    again = [
        m
        for m in _named_again(
            text,
            words,
            families | firsts | patronyms,
            persons,
            "person",
            "family-again-fa",
            openers,
        )
        if not _KIN_GROUP_BEFORE.search(text, max(0, m.start - 12), m.start)
        and not _DETERMINER_BEFORE.search(text, max(0, m.start - 8), m.start)
        and not (m.text in patronyms and continues_a_name(text, m.end))
        and not (m.text in _PEOPLES and not _after_given_name(text, m.start))
    ]
    unshaped = {unshaped_family(m) for m in persons} | {east_asian_family(m) for m in persons}
    unshaped -= {""} | families | firsts
    again += [
        m
        for m in _named_again(text, words, unshaped, persons, "person", "family-again-fa")
        if in_persons_slot(text, m.start, m.end)
    ]
    # A given name the text goes on using alone at a sentence's start is that person's
    # everywhere ("X Y … . X فرمان داد … به کاروان X"), unless another name's word follows it.
    alone = {m.text for m in again if m.annotator.endswith("given-again-fa")}
    # So is a foreign given name found alone where a person stands (هانس در کودکی …).
    alone |= {m.text for m in persons if m.annotator.endswith(FOREIGN) and " " not in m.text}
    again += [
        m
        for m in _named_again(text, words, alone, persons + again, "person", "given-again-fa")
        if not continues_a_name(text, m.end)
    ]
    return families, again


def _bodies(
    text: str,
    words: StretchWords,
    persons: list[Mention],
    again: list[Mention],
    families: set[str],
) -> Iterator[Mention]:
    """Bodies named by a head noun, their own name, a dateline, a quote or their kind, and
    found again bare; a body's name stops where a person's begins."""
    where = words.where
    # A body's name stops where a person named in apposition begins ("این کمیسیون X Y، وزیر"),
    # and after its first word where a family name named earlier stands ("پلیس مخفی X").
    apposed = {m.start for m in persons if m.annotator.endswith(_AFTER_A_BODY)}
    # A plural head before a person named earlier is that person's (نیروهای X, X's forces):
    # no group is named after a person in the plural.
    apposed |= {m.start for m in again if PLURAL_BEFORE.search(text, max(0, m.start - 30), m.start)}
    headed = list(
        headed_names(
            words,
            ORG_HEAD,
            "organization",
            "organization-word-fa",
            apposed,
            {m.start for m in [*persons, *again] if m.text in families},
        )
    )
    # A hospital, a school or a church named where things happen is a place (`sites_fa`).
    sites = [m for m in headed if is_site(text, m)]
    yield from (mention(text, m.start, m.end, "place", "site-fa") for m in sites)
    headed = [m for m in headed if m not in sites]
    own = list(own_names(text, headed))
    # A description before the body's own name ("شورای نظامی موسوم به X") is no name.
    described = {(body.start, body.end) for body, name in own if name.annotator.endswith(KNOWN)}
    named_bodies = [name for _, name in own]
    named_bodies += [*named_after_description(text, where), *abbreviated_names(text, where)]
    bodies = [m for m in headed if (m.start, m.end) not in described] + named_bodies
    bodies += outlets_in_datelines(text, where)
    bodies += assemblies(text, where)
    bodies += own_named_governments(text, where)
    quoted = list(quoted_bodies(text, where))
    # A description just before a quoted name (سازمان امدادی «X») is the name's, no body's:
    # only spaces and the name's opening mark stand between them.
    quoted_starts = {q.start for q in quoted}
    bodies = [
        b
        for b in bodies
        if not ((mark := _QUOTE_OPENS.match(text, b.end)) and mark.end() in quoted_starts)
    ]
    bodies += quoted
    bodies += bodies_of_a_kind(text, where)
    yield from bodies
    # An armed group named once after its head (شبه‌نظامیان X، نیروهای X) is found bare later.
    groups = {
        words[1]
        for words in (m.text.split() for m in bodies)
        if len(words) == 2 and words[0] in ARMED_HEADS and may_name(words[1])
    } | {m.text for m in named_bodies if " " not in m.text}
    # A centre or a society named once in a body's slot (مرکز حقوق بشر X اعلام کرد) is the same
    # body wherever its whole name stands again (مرکز حقوق بشر X … بنیاد شد),
    # though its head alone is an ordinary noun there.
    groups |= {
        m.text
        for m, words in ((m, m.text.split()) for m in bodies)
        if len(words) > 2 and words[0].removesuffix("\u200cی") in ORDINARY_HEADS
    }
    yield from _named_again(text, words, groups, bodies, "organization", "organization-again-fa")
    # An outlet or a party named once with its head (خبرگزاری X، حزب X) is X alone where a body
    # stands: opening a sentence or reporting ("X این خبر را منتشر کرد", "X نوشت").
    short = {words[1] for words in (m.text.split() for m in bodies) if short_name(words)} - groups
    yield from (
        m
        for m in _named_again(text, words, short, bodies, "organization", "short-again-fa")
        if in_a_bodys_slot(text, m.start, m.end)
    )


def _places(text: str, words: StretchWords, person_starts: Collection[int]) -> Iterator[Mention]:
    """Places named by a head noun or a cue, and found again bare elsewhere; not a head that
    is also a given name opening a person's name (پل X: a bridge, or Paul X)."""
    places = [
        m
        for m in headed_names(words, PLACE_HEAD, "place", "place-word-fa")
        if not only_described(m) and not _a_persons_name(m, person_starts)
    ]
    places += list(listed_after(text, places))
    cued = list(places_after_cue(words))
    # A place named once with its head or its cue is found bare elsewhere, and counts as known
    # in a bare list; not one that is also an adjective in -ی (در مالی, then کمک مالی:
    # financial), which may follow any noun: it is found only where its cue stands.
    named = {" ".join(m.text.split()[1:]) for m in places if len(m.text.split()) > 1}
    named |= {m.text for m in cued if len(m.text.split()) == 1}
    listed = list(listed_among_known(words, named))
    cued += listed
    named |= {m.text for m in listed if len(m.text.split()) == 1}
    named -= {word for word in cued_places_fa() if word.endswith("ی")}
    yield from places
    yield from cued
    yield from _named_again(text, words, named, places + cued, "place", "place-again-fa")


def _a_persons_name(place: Mention, person_starts: Collection[int]) -> bool:
    """Whether the headed `place` is a person's name: its head a given name (پل، پیر) where a
    person's name found in the text starts, or before a family name found again (پل X … پل
    X حالا …: X is the person's)."""
    head, *rest = place.text.split()
    return is_given_name(head) and (
        place.start in person_starts
        or (bool(rest) and place.start + len(head) + 1 in person_starts)
    )


def _named_again(
    text: str,
    words: StretchWords,
    names: set[str],
    first: list[Mention],
    kind: str,
    rule: str,
    openers: Collection[str] = frozenset(),
) -> Iterator[Mention]:
    """A name found once with its cue (the mentions `first`), found bare elsewhere: a place
    named with its head noun ("شهر مزار شریف", then "در مزار شریف"), a person's family name
    ("… رحیمی گفت"); the names in `openers` (given names) only where a person stands: opening
    a sentence, or before a comma, a post or a speech verb ("… و کاوه گفت")."""
    if not names:
        return
    spans = sorted((m.start, m.end) for m in first)
    starts = [start for start, _ in spans]
    for start, end in standing(words, names):
        at = bisect_right(starts, start) - 1
        if at >= 0 and spans[at][1] >= end:  # inside the mention it came from
            continue
        if text[start:end] not in openers:
            yield mention(text, start, end, kind, rule)
        elif in_persons_slot(text, start, end):
            yield mention(text, start, end, kind, "given-again-fa")
