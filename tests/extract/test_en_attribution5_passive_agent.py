"""The agent of a passive verb of asserting asserts the figure, as in the active voice ("1,200
arrests were recorded by X", "deaths confirmed by Y"); a passive that is no act of asserting
("bodies found by farmers") names no source (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_deaths_counted_by_a_group() -> None:
    text = "At least 37 deaths were counted by the Interdisciplinary Group of Independent Experts."
    assert parties(text) == [(37, "Interdisciplinary Group of Independent Experts")]


def test_deaths_confirmed_by_a_body_in_a_letter() -> None:
    text = (
        "The deaths of 52 prisoners were confirmed by the International Committee of the Red "
        "Cross in a letter."
    )
    assert parties(text) == [(52, "International Committee of the Red Cross")]


def test_arrests_tallied_by_a_person_in_testimony() -> None:
    text = "In all, 64 arrests were tallied by Michael Osei, the parish priest, during the raids."
    assert parties(text) == [(64, "Michael Osei")]


def test_a_ruling_verified_by_the_court() -> None:
    text = "The names of 18 executed men were verified by the Supreme Court of Justice in 2009."
    assert parties(text) == [(18, "Supreme Court of Justice")]


def test_near_miss_bodies_found_by_farmers_are_no_assertion() -> None:
    text = "The bodies of 12 men were found by farmers near the river."
    assert [party for _, party in parties(text)] in ([], [None])


def test_near_miss_people_killed_by_soldiers_name_no_source() -> None:
    text = "At least 15 people were killed by soldiers at the checkpoint."
    assert parties(text) == [(15, None)]
