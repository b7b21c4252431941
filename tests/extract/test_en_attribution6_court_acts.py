"""A court that acts on people in a ruling (convicts, charges, indicts, acquits, sentences) or
refers to victims in its reasoning asserts the counts of what it acted on, and the deaths its
ruling is over ("for the killing of 9 miners") (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_chamber_convicting_some_of_those_tried() -> None:
    text = (
        "On 3 May 2011 the Appeals Chamber convicted seven of them and sentenced them "
        "to life imprisonment."
    )
    found = dict(parties(text))
    assert found[7] is not None and "Chamber" in found[7]


def test_a_court_charging_soldiers_over_killings() -> None:
    text = (
        "In March 2019 the peace court indicted 14 officers over 80 killings in the northern "
        "provinces."
    )
    assert {party for _, party in parties(text)} == {"peace court"}


def test_a_court_referring_to_victims_in_its_reasoning() -> None:
    text = (
        "In its judgment the tribunal referred to scores of villagers killed or disappeared "
        "during the operation."
    )
    assert all(party == "tribunal" for _, party in parties(text))
    assert parties(text)


def test_the_deaths_a_sentence_is_over_are_the_courts() -> None:
    text = (
        "A district court in Lusaka sentenced two policemen to eight years in prison for the "
        "killing of 9 miners."
    )
    assert (9, "district court") in parties(text) or any(
        value == 9 and party and "court" in party for value, party in parties(text)
    )


def test_near_miss_the_crime_after_a_sentence_stays_unattributed() -> None:
    text = (
        "The court sentenced four guards to prison for the raid on Tamba, in which 30 "
        "prisoners died."
    )
    assert all(party is None for value, party in parties(text) if value == 30)


def test_near_miss_police_charging_protesters_is_no_court() -> None:
    text = "Police charged 45 detained protesters with unlawful assembly after the march."
    found = parties(text)
    assert found and all(party is None or "court" not in party for _, party in found)
