"""Speakers whose names no list knows, found from the verb of speech.

Two or three words that open a sentence before a speech verb in the singular are its speaker
(X Y گفت که …), as are the words after به گفته‌ی closed by a comma, and the holder named after
a post that opens the sentence (سخنگوی وزارت خارجه‌ی X Y Z گفت): where no word of them is a
common word, a place or a post (`unlisted_name`).
"""

import re
from collections.abc import Iterator

from sabt.extract.name_shapes_fa import is_given_name, is_known_place
from sabt.extract.name_words_fa import LETTERS, WORD, scan
from sabt.extract.unlisted_names_fa import POSTS, unlisted_name

# A speaker's slot: two or three words that open a sentence before a speech verb in the
# singular ("X Y گفت که …"), or after به گفته‌ی and closed by a comma ("به گفته‌ی X Y، …").
_SPEECH_VERB = r"(?:گفت|افزود|نوشت|اعلام کرد|تأکید کرد|تاکید کرد|توضیح داد|هشدار داد)"
# Both are found from the verb (or from به گفته), then the words before it are read.
_SPEECH = re.compile(
    rf"(?<=\s){_SPEECH_VERB}(?![{LETTERS}\u200c])"
    rf"|به\s+گفته(?:\u200cی|ی|ٔ)?\s+(?P<quoted>{WORD}\s+{WORD}(?:\s+{WORD})?)\s*،"
    # "به گفته‌ی سخنگوی وزارت خارجه‌ی X، Y Z، …": a post, then its holder before the comma.
    rf"|به\s+گفته(?:\u200cی|ی|ٔ)?\s+(?P<post>{POSTS}[^.!?؟\n،]{{0,60}}?\s(?P<before>{WORD})\s+"
    rf"(?P<holder>{WORD}\s+{WORD}))\s*،"
)
_SENTENCE_START = r"(?:^|[.!?؟\n\u2013\u2014])\s*"
# Told to whom: "… به خبرنگاران گفت", a medium of up to three words "… به رادیو فردا گفت".
_TO_WHOM = rf"(?:\s+به\s+{WORD}(?:\s+{WORD}){{0,2}})?\s+$"
_SPEAKER = re.compile(rf"{_SENTENCE_START}(?P<name>{WORD}\s+{WORD}(?:\s+{WORD})?){_TO_WHOM}")
# A post opening the sentence, the holder's two words just before the verb: "سخنگوی وزارت
# خارجه‌ی X Y Z گفت", "دبیرکل سازمان ملل X Y به خبرنگاران گفت".
_POST_THEN_SPEAKER = re.compile(
    rf"{_SENTENCE_START}{POSTS}[^.!?؟\n،]{{0,60}}?\s(?P<before>{WORD})\s+"
    rf"(?P<name>{WORD}\s+{WORD}){_TO_WHOM}"
)


def speaker_names(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Spans of the speakers named before a speech verb or after به گفته, with their rule."""
    for speech in scan(_SPEECH, text, where):
        yield from _speakers(text, speech)


def _speakers(text: str, speech: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The speaker named before a speech verb, or after به گفته: a post's holder (its body
    ending in a country, or a known given name opening the two words), else the two or three
    words that open the sentence."""
    if speech["quoted"]:
        if unlisted_name(speech["quoted"]):
            yield (*speech.span("quoted"), "speaker-fa")
        return
    at = speech.start()
    name = "holder" if speech["post"] else "name"
    held = speech if speech["post"] else _POST_THEN_SPEAKER.search(text, max(0, at - 140), at)
    # Else the two words may be the post's own (امور خارجه، حقوق بشر).
    if (
        held
        and (is_known_place(held["before"]) or is_given_name(held[name].split()[0]))
        and unlisted_name(held[name])
    ):
        yield (*held.span(name), "post-speaker-fa")
        return
    if speech["post"]:
        return
    said = _SPEAKER.search(text, max(0, at - 80), at)
    if said and unlisted_name(said["name"]):
        yield (*said.span("name"), "speaker-fa")
