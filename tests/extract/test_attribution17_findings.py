"""A court's ruling and a body's findings assert the figures they state (sentences written for
these tests)."""

import pytest
from tests.extract.helpers import parties


def test_a_judges_grounds_of_disappearance_are_the_judges() -> None:
    text = (
        "In June 2012 Judge Elena Marsh sentenced retired major Tomas Brandt to 25 years in "
        "prison, finding him responsible for the enforced disappearance of 9 students."
    )
    assert parties(text) == [(9, "Elena Marsh")]


def test_a_court_that_ruled_in_a_case_states_its_findings() -> None:
    text = (
        "On 3 May 2016 the European Court of Human Rights ruled in the case of Varga and others "
        "that Hungary was responsible for the enforced disappearance of 8 people."
    )
    assert parties(text) == [(8, "European Court of Human Rights")]


def test_ruling_over_a_place_is_no_ruling_that() -> None:
    text = "The junta ruled in the north where 40 people were killed."
    assert parties(text) == [(40, None)]


@pytest.mark.parametrize(
    "speakers",
    [
        "doctors quoted by local radio",
        # a body that speaks after ", and" (its own "said" reads as a party): only the rule
        # that ", and" opens a clause of its own keeps it off the figure before
        "doctors cited by the wire services",
    ],
)
def test_a_verb_after_comma_and_speaks_of_its_own_clause(speakers: str) -> None:
    text = (
        "Elders of the Church Council put the toll from the march at about 40, and "
        f"{speakers} said that 10 more were killed at the checkpoint."
    )
    assert parties(text)[0] == (40, "Church Council")


def test_a_tribunal_held_at_a_university_is_the_party_not_the_university() -> None:
    text = (
        "In May 2015 a people's tribunal held at the University of Leeds heard testimony from "
        "survivors and concluded that dozens of people had been killed."
    )
    assert [p for _, p in parties(text)] == ["people's tribunal"]


def test_a_body_that_used_a_figure_states_it() -> None:
    text = "The Harlow Commission used the official figure of 1,420 people killed in the capital."
    assert parties(text) == [(1420, "Harlow Commission")]


def test_using_a_thing_states_no_figure() -> None:
    text = "Soldiers used the school as a barracks, and 12 people were killed nearby."
    assert [p for _, p in parties(text)] == [None]
