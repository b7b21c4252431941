"""A court's finding is asserted by the court whatever verb of judging states it ("held that",
"established that", "observed that"); without "that" the verb is no finding ("police held 40
people") (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_court_held_that_after_a_fronted_phrase() -> None:
    text = (
        "In a 2015 judgment, the Inter-American Court of Human Rights held that soldiers had "
        "executed 17 prisoners."
    )
    assert parties(text) == [(17, "Inter-American Court of Human Rights")]


def test_a_tribunal_established_that() -> None:
    text = "The tribunal established that 230 people had been detained without charge at the base."
    assert parties(text) == [(230, "tribunal")]


def test_a_judge_observed_that() -> None:
    text = "Justice Maria Santos observed that police had arrested 64 students that night."
    assert parties(text) == [(64, "Maria Santos")]


def test_a_chamber_determined_that() -> None:
    text = "The Pre-Trial Chamber determined that militiamen had killed 58 villagers in Bogoro."
    assert parties(text) == [(58, "Pre-Trial Chamber")]


def test_near_miss_police_holding_people_is_no_finding() -> None:
    text = "Police held 40 people in the stadium for three days."
    assert parties(text) == [(40, None)]


def test_near_miss_a_ruling_as_a_noun_names_no_source() -> None:
    text = "The ruling that 40 people died was overturned."
    assert parties(text) == [(40, None)]
