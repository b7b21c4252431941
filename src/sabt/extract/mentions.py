"""Mentions of registered entities: one Aho–Corasick pass over folded text, in any script.

Keys are the folded spellings of every registered name. Names of entities that have no
Persian-script spelling are also keyed by their consonant skeleton (see `skeleton`), and the
Persian words of the text are scanned in skeleton form by the same automaton, so a Persian text
naming ابراهیم رئیسی links to an entity registered only as "Ebrahim Raisi". Overlapping matches
keep the longest; exact spellings beat skeletons.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from sabt.extract.bodies_world import ANNOTATOR as BODIES_ANNOTATOR
from sabt.extract.bodies_world import find_world_bodies
from sabt.extract.fold import Folded, fold, fold_key
from sabt.extract.name_words import DATELINE, in_heading
from sabt.extract.registry import EntityId, RegisteredEntity, Registry
from sabt.extract.skeleton import latin_name_keys, persian_word_key
from sabt.extract.world import ANNOTATOR as WORLD_ANNOTATOR
from sabt.extract.world import world_places
from sabt.text.normalise import script_of

ANNOTATOR = "registry-match"
VERSION = "1"

_PERSIAN_WORD = re.compile(r"[\u0600-\u06ff]+")


@dataclass(frozen=True)
class Mention:
    """A span of the text that names an entity (`entity` None: a new name, not registered)."""

    entity: EntityId | None
    name: str | None
    type: str
    text: str
    start: int
    end: int
    annotator: str = ANNOTATOR
    annotator_version: str = VERSION


@dataclass(frozen=True)
class _Key:
    entity: RegisteredEntity
    length: int
    exact: bool
    annotator: str = ANNOTATOR
    world: str = ""  # a world place's script ("Latn", "Arab"): it must stand as a name alone
    # A Latin name written with capitals ("Amnesty"): written as one word in lower case it is
    # the word ("the amnesty law" names no body); a phrase ("the death commission") may be
    # written so, and a name registered in lower case need never be capitalised.
    cased: bool = False


# A word next to a match, for `_stands_alone`.
_WORD_BEFORE = re.compile(r"(\w[\w.]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w)")
# Capitalised words that open a sentence before a place ("In Lima, …"), not part of its name.
_OPENER_WORDS = (
    "In At From To Near Outside Inside Across Around Into Throughout Through Beyond Towards "
    "Toward Between Within Since After Before During Until Unlike Like For And But Both Of By "
    "On Over Under Along Even Only The A An"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
_WORD_OPENINGS = (" ", "(", "[", "“", '"', "«")
# A region before a desk's post names the post's remit, not a place mentioned: "East Africa
# director at Human Rights Watch", "Middle East researcher for Amnesty", "Asia editor of".
_REMIT_POST = re.compile(
    r"[ \t]+(?:(?:deputy|senior|acting|regional|programme|program|bureau|desk)[ \t]+)?"
    r"(?:director|directors|researcher|researchers|chief|head|editor|correspondent|"
    r"correspondents|coordinator|analyst|specialist|representative|programme|program|desk|"
    r"bureau|division|team|officer|manager|adviser|advisor|expert|campaigner|spokesperson)"
    r"[ \t]+(?:at|for|of|with)\b"
)
_PERSIAN_WORD_BEFORE = re.compile(r"([\u0600-\u06ff]+)[ \t\u200c]+$")
# What a ZWNJ may join to a name and leave it the name: an ezafe, a plural, a pronoun, a copula
# ("ایران‌ها", "جامعه‌ی"); any other word joined so makes a compound of its own ("ایران‌وایر",
# a news site, is not Iran).
_JOINED_SUFFIX = re.compile(
    r"\u200c(?:ی|ای|ها|های|هایی|اش|شان|ام|مان|تان|است|ست)(?![\u0600-\u06ff])"
)
_JOINED_BEFORE = re.compile(r"[\u0600-\u06ff]\u200c$")
# A weekday spelled like a town (دوشنبه, Dushanbe) is the day before a date or after روز/شب.
_WEEKDAY = re.compile(r"(?:یک|دو|سه|چهار|پنج)?[\u200c ]?شنبه|جمعه")
_DAY_BEFORE = re.compile(r"(?:روز|شب|صبح|بامداد|عصر|ظهر|تا|از)\s+$")
_DATE_AFTER = re.compile(r"\s*،?\s*[0-9۰-۹٠-٩]")


class Matcher:
    """An automaton over every key of a registry; build once, match many texts."""

    def __init__(
        self, registry: Registry, gazetteer: Registry | None = None, world: Registry | None = None
    ) -> None:
        self._automaton = ahocorasick.Automaton()
        self._has_skeletons = False
        self._add_registry(registry)
        for entity in gazetteer.entities if gazetteer else ():
            for name in entity.names:
                for key in fold_key(name):
                    if key not in self._automaton:
                        self._automaton.add_word(key, _Key(entity, len(key), True, "gazetteer"))
        # World places are many and some are short ("Acre", "Unity"): keyed with the character
        # that opens a word before them (a space, a bracket, a quote), so they are met only at
        # a word's start ("massacre" costs no look-up). Registry keys never open on a space.
        for entity in world.entities if world else ():
            for name in entity.names:
                script = "Latn" if script_of(name) == "Latn" else "Arab"
                for key in fold_key(name):
                    if key not in self._automaton:
                        value = _Key(entity, len(key) + 1, True, WORLD_ANNOTATOR, script)
                        for opening in _WORD_OPENINGS:
                            self._automaton.add_word(opening + key, value)
        if len(self._automaton):
            self._automaton.make_automaton()

    def _add_registry(self, registry: Registry) -> None:
        for entity in registry.entities:
            has_persian = any(script_of(n) in ("Arab", "mixed") for n in entity.names)
            for name in entity.names:
                cased = script_of(name) == "Latn" and name != name.lower()
                for key in fold_key(name):
                    self._add(key, _Key(entity, len(key), True, cased=cased))
                if not has_persian and script_of(name) == "Latn":
                    for key in latin_name_keys(fold(name).text):
                        self._has_skeletons = True
                        self._add(key, _Key(entity, len(key), False))

    def _add(self, key: str, value: _Key) -> None:
        existing = self._automaton.get(key, None)
        if existing is None or (value.exact and not existing.exact):
            self._automaton.add_word(key, value)

    def find(self, text: str) -> list[Mention]:
        """Registered entities named in `text`, left to right, without overlaps."""
        if not len(self._automaton):
            return []
        folded = fold(text)
        found = self._exact(folded, text)
        for start, end, alone in find_world_bodies(folded, text):  # the world's bodies' list
            if not _in_compound(text, start, end) and (
                not alone or _stands_alone(text, start, end, "Latn")
            ):
                name = text[start:end]
                body = Mention(None, name, "organization", name, start, end, BODIES_ANNOTATOR)
                found.append((body, True))
        if self._has_skeletons:
            found.extend(self._skeletal(folded, text))
        found.sort(key=lambda m: (m[0].start, -(m[0].end - m[0].start), not m[1]))
        chosen: list[Mention] = []
        for mention, _exact in found:
            if not chosen or mention.start >= chosen[-1].end:
                chosen.append(mention)
        return chosen

    def _exact(self, folded: Folded, text: str) -> list[tuple[Mention, bool]]:
        """Registered names at word boundaries, and world places that stand as names."""
        out = []
        folded_text = folded.text
        size = len(folded_text)
        # A space before the text lets a world key's opening character match at its start;
        # the scanned text runs one character ahead of the folded one.
        for ahead, key in self._automaton.iter(" " + folded_text):
            if not key.exact:
                continue
            last = ahead - 1
            first = ahead - key.length + 1 if key.world else last - key.length + 1
            if (first > 0 and not key.world and folded_text[first - 1].isalnum()) or (
                last + 1 < size and folded_text[last + 1].isalnum()
            ):
                continue
            start, end = folded.span(first, last + 1)
            if _in_compound(text, start, end):
                continue
            if key.world and not _stands_alone(text, start, end, key.world):
                continue
            if key.world == "Latn" and _REMIT_POST.match(text, end):
                continue
            if key.cased and text[start:end].isalpha() and text[start:end].islower():
                continue  # one word of a capitalised name written in lower case: the word
            out.append((_mention(key, text, start, end), True))
        return out

    def _skeletal(self, folded: Folded, text: str) -> list[tuple[Mention, bool]]:
        """Match skeleton keys over the Persian words of the text, at word boundaries."""
        words = list(_PERSIAN_WORD.finditer(folded.text))
        if not words:
            return []
        starts: list[int] = []
        pieces: list[str] = []
        position = 0
        for word in words:
            starts.append(position)
            piece = persian_word_key(word.group())
            pieces.append(piece)
            position += len(piece)
        view = "".join(pieces)
        word_at = {start: i for i, start in enumerate(starts) if pieces[i]}
        out = []
        for last, key in self._automaton.iter(view):
            if key.exact:
                continue
            first = last - key.length + 1
            first_word = word_at.get(first)
            last_word = bisect_right(starts, last) - 1
            if first_word is None or starts[last_word] + len(pieces[last_word]) != last + 1:
                continue
            start, _ = folded.span(words[first_word].start(), words[first_word].end())
            _, end = folded.span(words[last_word].start(), words[last_word].end())
            out.append((_mention(key, text, start, end), False))
        return out


def _in_compound(text: str, start: int, end: int) -> bool:
    """A Persian name joined by a ZWNJ to more letters than a suffix: part of another word."""
    if end < len(text) and text[end] == "\u200c" and not _JOINED_SUFFIX.match(text, end):
        return end + 1 < len(text) and "\u0600" <= text[end + 1] <= "\u06ff"
    return start > 1 and _JOINED_BEFORE.search(text, start - 2, start) is not None


def _stands_alone(text: str, start: int, end: int, script: str) -> bool:
    """A place's name of its own, not part of a person's: in Latin script capitalised, not a
    heading in capitals and next to no other capitalised word ("Grozny" in "fled to Grozny",
    not "Jackson" in "Mary Jackson said" nor "President Obama"; "In", "From" … before it may
    open a sentence; in capitals only in a dateline, or a heading when the text names it
    again); in Persian, not after a given name (مرادی in رضا مرادی is a family name) unless a
    site is named after that person (سینما X تهران)."""
    if script != "Latn":
        from sabt.extract.names_fa import is_given_name  # names_fa builds on this module

        if _WEEKDAY.fullmatch(text, start, end) and (
            _DATE_AFTER.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 8), start)
        ):
            return False
        before_fa = _PERSIAN_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before_fa is None or not is_given_name(before_fa.group(1)):
            return True
        return _site_named_after(text, before_fa.start())
    if end - start > 1 and text[start:end].isupper():
        return _dateline(text, start, end) or _named_in_heading(text, start, end)
    if not text[start].isupper():
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or not before.group(1)[0].isupper() or before.group(1) in _OPENERS


def _site_named_after(text: str, given: int) -> bool:
    """Whether the given name at `given` names a site after a person, a place's head before it:
    the town after it is the site's town, no family name (سینما X تهران، بیمارستان X مشهد)."""
    from sabt.extract.places_fa import PLACE_HEAD  # places_fa builds on this module

    head = _PERSIAN_WORD_BEFORE.search(text, max(0, given - 40), given)
    return head is not None and PLACE_HEAD.match(text, head.start()) is not None


def _named_in_heading(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals lies in a heading and the text names it again in its own
    case ("SACABA AND SENKATA" … "at Sacaba"): capitals alone may be a body's or a shout, and
    "NAIROBI BUREAU REPORT" names a bureau, so the text's own spelling decides."""
    return in_heading(text, start, end) and text.find(text[start:end].title()) >= 0


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether a name in capitals is a dateline's place ("ADDIS ABABA, Ethiopia —"), as the
    name rules read a dateline."""
    dateline = DATELINE.match(text, start)
    return dateline is not None and dateline.end("name") == end


def _mention(key: _Key, text: str, start: int, end: int) -> Mention:
    entity = key.entity
    return Mention(entity.id, entity.name, entity.type, text[start:end], start, end, key.annotator)


@lru_cache(maxsize=8)
def matcher_for(registry: Registry) -> Matcher:
    """The matcher of a registry, the gazetteer and the world's places, built once per
    registry."""
    return Matcher(registry, Registry.gazetteer(), world_places())


class MentionIndex:
    """Mentions sorted by start, for "which mentions lie inside this span" in log time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]
