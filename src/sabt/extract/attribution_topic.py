"""A party the text speaks of before (or without) naming it: a headline's "…, monitor says"
is the body the story goes on to name; an "It" after a sentence that opened on a body known
only by its kind ("The inquiry heard 200 witnesses. It concluded that 96 …") is that body.
"""

import re

from sabt.extract.attribution_discourse import (
    SENTENCE_END,
    FindCues,
    is_anaphor,
    previous_sentence_start,
    sentence_start,
)
from sabt.extract.attribution_fa import FA_SUBJECT_END
from sabt.extract.attribution_party import PERSIAN_LETTER, trimmed
from sabt.extract.mentions import Mention, MentionIndex
from sabt.extract.sentences import Sentence

# "report finds", "monitor says", "rights group says", "UN report says": a headline's nameless
# source of a kind a body is called by.
_HEADLINE_SOURCE = re.compile(r"^(?:(?:new|un|war|rights|human\s+rights)\s+){0,2}\w+$", re.I)
# The bodies of a state, which "it" may refer to as well as to an organisation.
_STATE_BODIES = frozenset(
    ("army", "military", "police", "government", "regime", "militia", "navy", "judiciary",
     "parliament", "administration", "junta", "prosecution", "gendarmerie", "cabinet",
     "presidency", "embassy", "municipality", "governorate", "state")
)  # fmt: skip


def sentence_from(text: str, start: int, after: int) -> tuple[Sentence, re.Match[str] | None]:
    """The sentence from `start` to the first sentence end at or after `after` (or the text's
    end), with that end."""
    end = SENTENCE_END.search(text, after)
    stop = end.start() if end else len(text)
    return Sentence(start, stop, text[start:stop]), end


def names(mention: Mention, source: str) -> bool:
    """Whether `mention` names `source`: its name, its words, or its words cut back."""
    return source in (mention.name, mention.text, trimmed(mention.name or mention.text))


def headline_party(
    text: str, sentence: Sentence, source: str | None, mentions: MentionIndex, find: FindCues
) -> str | None:
    """ "Soldiers killed hundreds, report finds", "40 killed in strikes, monitor says" in a
    headline: the report or monitor is the one the story goes on to tell of, so its party is
    the first named party of the sentences below. Other sources are kept as they are."""
    if not source or not _HEADLINE_SOURCE.match(source) or not is_anaphor(f"the {source}"):
        return source
    at = sentence.end
    for _ in range(4):
        below, end = sentence_from(text, at, at + 1)
        for found in find(text, below, mentions):
            near = mentions.within(max(0, found.at - 200), found.at + 200)
            if found.source and any(names(m, found.source) for m in near):
                return found.source
        if not end:
            break
        at = end.end()
    return source


def opened_by(text: str, at: int, *, state: bool = False) -> str | None:
    """The body known by its kind that opened the sentence before `at`'s ("the inquiry"), which
    an "It" with no named body before it refers to; only a body of the state (`state`: "The
    military government has disputed …. It says …") before any organisation named before."""
    start = sentence_start(text, at)
    before = sentence_start(text, start - 1) if start else start
    if before >= start:
        return None
    words = text[before:start].split()[:4]
    if not words or words[0] not in ("The", "the"):
        return None
    # "The inquiry heard …", "The UN-backed panel visited …": the longest opening that refers
    # to a body by its kind.
    for length in range(len(words), 1, -1):
        phrase = " ".join(words[:length])
        is_state = words[length - 1].lower() in _STATE_BODIES
        if is_state or (not state and is_anaphor(phrase)):
            return " ".join(words[1:length])
    return None


# "Local activists have called for …", "The families were told …": a plural noun phrase that
# opens a sentence before its verb.
_PLURAL_OPENING = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<x>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?s)\s+"
    r"(?:have|had|are|were|[a-z]{3,}ed)\b"
)


def they_opened_by(text: str, at: int, mentions: MentionIndex) -> str | None:
    """Who "they" are when no one spoke in the sentence before: the people it opened on ("Local
    activists have called for an inquiry. They estimate …"), or the person it opened on with
    others ("Ana Ruiz and her husband run a clinic. They say …")."""
    start = sentence_start(text, at)
    before = previous_sentence_start(text, start)
    if before >= start:
        return None
    for mention in mentions.within(before, start):
        if mention.start == before and mention.type in ("person", "organization"):
            return mention.name or mention.text
    opening = _PLURAL_OPENING.match(text, before, start)
    span = opening.span("x") if opening else _persian_plural(text, before, start)
    # a place ("تهران", "the Philippines") is no people who speak
    if span is None or any(m.type == "place" for m in mentions.within(*span)):
        return None
    return text[span[0] : span[1]]


def _persian_plural(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "فعالان محلی از آغاز … دنبال کرده‌اند": a Persian plural opening text[start:end] and the
    words that describe it, up to a preposition or the object."""
    words = list(_WORD_SPAN.finditer(text, start, min(end, start + 120)))[:4]
    if not words or not _FA_PLURAL.search(words[0].group()):
        return None
    last = words[0]
    for word in words[1:]:
        if word.group() in FA_SUBJECT_END or not PERSIAN_LETTER.match(word.group()):
            return words[0].start(), last.end()
        last = word
    return None


_WORD_SPAN = re.compile(r"\S+")
# "فعالان", "شاهدان", "خانواده‌ها", "خانواده‌های": the endings of a Persian plural.
_FA_PLURAL = re.compile(r"(?:ان|‌ها|ها|‌های)$")


# A line that is an item of a list: "- 300 killed", "• 40 disappeared", "2. police arrested …".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")


def list_lead(text: str, at: int, mentions: MentionIndex, find: FindCues) -> str | None:
    """ "According to X, in 2020:\\n- 300 were killed;\\n- 40 disappeared": an item of a list
    is asserted by whoever asserts the line that introduces the list with a colon."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _LIST_ITEM.match(text, line_start):
        return None
    for _ in range(40):
        if line_start == 0:
            return None
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        if not text[line_start:end].strip() or _LIST_ITEM.match(text, line_start, end):
            continue
        if not text[line_start:end].rstrip().endswith(":"):
            return None
        cues = find(text, Sentence(line_start, end, text[line_start:end]), mentions)
        sources = [c.source for c in cues if c.source]
        return sources[-1] if sources else None
    return None
