"""The crimes vocabulary: the packaged file loads, covers what a case needs, and bad edits fail."""

import pytest

from sabt.errors import BadInput
from sabt.legal.matrix_vocab import VocabularyInvalid, crime_vocabulary, parse_vocabulary


def test_the_packaged_vocabulary_covers_the_rome_statute_crimes_and_modes() -> None:
    vocabulary = crime_vocabulary()
    for code in ("cah.murder", "cah.extermination", "cah.imprisonment", "cah.torture",
                 "cah.persecution", "cah.enforced_disappearance", "cah.other_inhumane",
                 "genocide.killing", "war.wilful_killing", "war.unlawful_confinement"):  # fmt: skip
        assert code in vocabulary.crimes
    murder = vocabulary.crime("cah.murder")
    assert murder.article == "Rome Statute art. 7(1)(a)"
    contextual = [e.code for e in murder.elements if e.contextual]
    assert contextual == [
        "cah.context.attack", "cah.context.civilian_population", "cah.context.policy",
        "cah.context.knowledge",
    ]  # fmt: skip
    assert "genocide.context.intent" in [
        e.code for e in vocabulary.crime("genocide.killing").elements
    ]
    assert set(vocabulary.modes) == {
        "art25_3_a", "art25_3_b", "art25_3_c", "art25_3_d", "art28_a", "art28_b"
    }  # fmt: skip
    every = [e.code for c in vocabulary.crimes.values() for e in c.elements if not e.contextual]
    assert len(every) == len(set(every))


def test_a_link_must_name_an_element_of_its_crime_or_mode() -> None:
    vocabulary = crime_vocabulary()
    assert vocabulary.check_link("cah.murder", "cah.murder.killed").label == "Killing"
    assert (
        vocabulary.check_link("cah.murder", "art28_b.control", "art28_b").code == "art28_b.control"
    )
    with pytest.raises(BadInput, match=r"not an element of cah\.murder"):
        vocabulary.check_link("cah.murder", "cah.torture.pain")
    with pytest.raises(BadInput, match="not an element"):
        vocabulary.check_link("cah.murder", "art28_b.control")  # no mode named
    with pytest.raises(BadInput, match="not a crime"):
        vocabulary.check_link("cah.nonsense", "cah.murder.killed")


def _family(**crimes: dict[str, object]) -> dict[str, object]:
    return {
        "families": {"cah": {"label": "CAH", "article": "Rome Statute art. 7", "crimes": crimes}}
    }


ELEMENT = {"label": "Killing", "summary": "Someone died."}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"families": {}}, "no crimes"),
        (_family(**{"cah.murder": {"label": "M", "article": "art. 7(1)(a)", "elements": {}}}),
         "no elements"),
        (_family(**{"cah.murder": {"label": "M", "article": "x",
                                   "elements": {"cah.torture.pain": ELEMENT}}}), "not under"),
        (_family(**{"cah.murder": {"label": "M", "article": "x",
                                   "elements": {"cah.murder.killed": {"label": "K"}}}}),
         "label and a summary"),
        (_family(**{"cah.murder": {"label": "M", "article": "x",
                                   "elements": {"cah.murder.killed": ELEMENT}},
                    "cah.murder.killed": {"label": "again", "article": "x",
                                          "elements": {"cah.murder.killed.x": ELEMENT}}}),
         "twice"),
        (_family(**{"war.murder": {"label": "M", "article": "x", "elements": {}}}), "not under"),
    ],
)  # fmt: skip
def test_broken_vocabularies_are_refused_with_the_reason(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(VocabularyInvalid, match=message):
        parse_vocabulary(data)  # type: ignore[arg-type]
