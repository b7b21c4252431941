"""The model's parser reads English only: `parsed_acts` and `parsed_party` never hand it a
Persian sentence, whose acts and sources stay the rules'. Checked with a stand-in for the
parser that records what it is given, so these run without the model. Every sentence here is
invented."""

from types import ModuleType
from typing import Any

import pytest

from sabt.extract import Registry, annotate, parsed_acts, parsed_party
from sabt.extract.quantities import find_numbers
from sabt.extract.sentences import split_sentences

REGISTRY = Registry.builtin()
ENGLISH = "Some 40 farmers were held in the valley."
PERSIAN = "حدود ۴۰ کارگر در اعتراض‌ها بازداشت شدند."
TEXT = f"{ENGLISH}\n{PERSIAN}\n"


class _Reader:
    """A parser that records the sentences it is given and finds nothing in them."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, sentence: str) -> list[Any]:
        self.read.append(sentence.strip())
        return []

    def pipe(self, sentences: Any) -> list[list[Any]]:
        return [self(sentence) for sentence in sentences]


def test_parsed_acts_hands_the_parser_english_sentences_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _stand_in(monkeypatch, parsed_acts)
    found = annotate(TEXT, registry=REGISTRY)
    sentences, numbers = split_sentences(TEXT), find_numbers(TEXT)
    parsed_acts.with_parsed_acts(
        TEXT, found.claims, sentences, numbers, found.dates, found.mentions
    )
    assert reader.read == [ENGLISH]


def test_parsed_party_hands_the_parser_english_sentences_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _stand_in(monkeypatch, parsed_party)
    found = annotate(TEXT, registry=REGISTRY)
    assert [c.attributed_to for c in found.claims] == [None, None]  # both left unsourced
    parsed_party.with_parsed_parties(found.claims, split_sentences(TEXT), found.mentions)
    assert reader.read == [ENGLISH]


def test_a_sentence_parsed_for_its_acts_is_not_parsed_again_for_its_party(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = _stand_in(monkeypatch, parsed_acts)
    monkeypatch.setattr(parsed_party, "parser", lambda: reader)
    found = annotate(TEXT, registry=REGISTRY)
    sentences, parses = split_sentences(TEXT), dict[int, Any]()
    parsed_acts.with_parsed_acts(
        TEXT, found.claims, sentences, find_numbers(TEXT), found.dates, found.mentions, parses
    )
    parsed_party.with_parsed_parties(found.claims, sentences, found.mentions, parses)
    assert reader.read == [ENGLISH]


def _stand_in(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> _Reader:
    """A `_Reader` put in place of the parser `module` loads."""
    reader = _Reader()
    monkeypatch.setattr(module, "parser", lambda: reader)
    return reader
