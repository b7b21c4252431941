"""English parties lost to a sentence's shape (sentences written for these tests): a phrase of
time after the verb read as a speaker put after it, and a nation's army named in full read as a
reference back to another army named before; who places a toll asserts it, "today" after the
party no part of it."""

import pytest
from tests.extract.helpers import attributions, parties


@pytest.mark.parametrize(
    "text",
    [
        "The Delta Farmers Union, which speaks for growers, said last Thursday, ahead of the "
        "hearing, that 40 of its members had been detained.",
        "The Delta Farmers Union, which speaks for growers, said on Monday, after the hearing, "
        "that 40 of its members had been detained.",
        "The Delta Farmers Union, which speaks for growers, said early in June, ahead of the "
        "hearing, that 40 of its members had been detained.",
    ],
)
def test_a_phrase_of_time_after_the_verb_leaves_the_subject_before_it(text: str) -> None:
    assert attributions(text) == ["Delta Farmers Union"]


def test_a_speaker_after_the_verb_still_speaks() -> None:
    text = "Forty villagers had been arrested, said Mary Okafor, a teacher."
    assert attributions(text) == ["Mary Okafor"]


def test_a_nations_army_named_in_full_is_no_reference_to_another_army() -> None:
    text = (
        "The Chadian army shelled the camps in May. The Nigerian army said that 300 rebels were "
        "detained in its barracks by the end of that month."
    )
    assert parties(text) == [(300, "Nigerian army")]


def test_the_army_alone_still_refers_back() -> None:
    text = (
        "The Chadian army crossed the river in May. The army said that more than 300 rebels "
        "were arrested."
    )
    assert parties(text) == [(300, "Chadian army")]


def test_who_places_the_toll_asserts_it() -> None:
    plain = "Two village archivists place the number killed in the raid at nearly 700."
    assert attributions(plain) == ["Two village archivists"]
    today = "Church registers today place the tally of the dead near 700."
    assert attributions(today) == ["Church registers"]


def test_placing_people_somewhere_asserts_nothing() -> None:
    assert attributions("Police placed 40 protesters under arrest in the square.") == [None]
