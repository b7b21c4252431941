"""A person named in full, called later by the family name alone, whoever found the full name.

`names` follows the surnames of the persons its own rules propose ("Callamard said"), but two
kinds of full name never reach it: the NER model's persons, which join the rules' only at the
merge ("Hissène Habré" … "found Habré guilty"), and a family name that the world gazetteer
also lists as a town ("Rafael Trujillo" … "Trujillo told his guests", "Paul Slough" …
"sentenced Slough"), where the registered place wins the overlap and the person is lost. This
runs on the merged mentions, so every full name of a person, from the rules, the model or the
registry, lends its family name (`names_again.surnames_of`) to the bare word where it overlaps
no mention, or where it is only such a town standing where no place preposition puts a town.
Only Latin-script names: the Persian rules follow their own (`names_fa`), and a Persian family
name is as often a clan's (طایفه‌ی بارزانی); nor a family name that is a month ("Theresa May" …
"in May 1920").
"""

from bisect import bisect_right

from sabt.extract.mentions import Mention
from sabt.extract.names import VERSION, after_capitalised_word, before_capitalised_word, word_before
from sabt.extract.names_again import surnames_of, words_regex
from sabt.extract.world import ANNOTATOR as WORLD_ANNOTATOR
from sabt.text.date_words import ENGLISH_MONTH_NAMES

ANNOTATOR = "names:family-again"
# The rules that mark one word alone as a person by what stands before it.
_CUED_ALONE = frozenset(["names:title", "names:relative"])
# A town's word after these is the town ("sentenced in Slough", "marched to Trujillo").
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "near", "outside", "from", "to", "into", "towards", "via"]
)


def with_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (sorted, none overlapping another, as `merge_mentions` returns them) with each
    bare family name of a person named in full elsewhere in the text."""
    surnames = {
        surname
        for mention in mentions
        if mention.type == "person"
        for surname in _called_later(mention)
        if _latin(surname)
    } - set(ENGLISH_MONTH_NAMES)
    if not surnames:
        return mentions
    starts = [m.start for m in mentions]
    kept = list(mentions)
    found = []
    for match in words_regex(surnames).finditer(text):
        start, end = match.span()
        if after_capitalised_word(text, start) or before_capitalised_word(text, end):
            continue  # "the Trujillo Province", "Liberty Square": part of a longer name
        at = bisect_right(starts, start) - 1  # the last mention opening at or before it
        overlapping = [
            i
            for i in (at, at + 1)
            if 0 <= i < len(mentions) and mentions[i].start < end and mentions[i].end > start
        ]
        if not overlapping:
            found.append(_person(match.group(), start, end))
        elif len(overlapping) == 1 and _a_town_standing_for(text, mentions[overlapping[0]]):
            town = mentions[overlapping[0]]
            if (town.start, town.end) == (start, end):
                kept[overlapping[0]] = _person(match.group(), start, end)
    return sorted(kept + found, key=lambda m: m.start)


def _called_later(person: Mention) -> list[str]:
    """What a person's mention lends to later bare words: a full name its family name, one
    word only where a title or kin word before it marked a person ("Lord Neuberger",
    "my brother Farooq"); the NER model's one-word persons are too often no one."""
    words = person.text.split()
    if len(words) == 1:
        return words if person.annotator in _CUED_ALONE else []
    return surnames_of(words)


def _a_town_standing_for(text: str, mention: Mention) -> bool:
    """Whether a world-gazetteer town stands where a person may: no place preposition before it
    ("Slough, Liberty and Heard", not "a factory in Slough")."""
    return (
        mention.annotator == WORLD_ANNOTATOR
        and (word_before(text, mention.start) or "").lower() not in _PLACE_PREPOSITIONS
    )


def _person(name: str, start: int, end: int) -> Mention:
    return Mention(None, None, "person", name, start, end, ANNOTATOR, VERSION)


def _latin(word: str) -> bool:
    """Whether a word is written in Latin letters, accented or not ("Habré", "Aydın")."""
    return all(char < "\u0250" for char in word)
