"""English names: a town at the end of a way or a movement ("a march to X", "the road to X")
or listed before "and other cities", a site named by its kind and "of (the)" ("the Palace of
Justice"), a body's acronym in mixed case found again alone, a body's name running past "and"
to its acronym, and a person called by the first word of a name whose second is the father's
given name; sentences of our own."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The union had called a march to Kwelera to demand higher wages.", "Kwelera"),
        ("The crowd broke through the fence and ran onto the road to Kwelera.", "Kwelera"),
        ("Police stopped the buses on the way to Mtubatuba before dawn.", "Mtubatuba"),
        ("The convoy to Gedaref was attacked at night.", "Gedaref"),
    ],
)
def test_a_town_at_the_end_of_a_way_or_a_march(text: str, town: str) -> None:
    assert town in annotated(text, "place")


def test_no_place_after_a_right_or_a_visit_to() -> None:
    text = "She defended their right to Remain and planned a visit to Grandmother Ama."
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Guerrillas stormed the Palace of Justice on a Monday morning.", "Palace of Justice"),
        ("Pilgrims gathered at the Cave of the Prophets before dawn.", "Cave of the Prophets"),
        ("The dead were buried along the Alley of Martyrs.", "Alley of Martyrs"),
    ],
)
def test_a_site_named_by_its_kind_and_of(text: str, site: str) -> None:
    assert site in annotated(text, "place")


def test_a_site_inside_a_longer_name_is_not_marked_alone() -> None:
    text = "The Commission of Inquiry into the Killings at the Tomb of the Kings reported."
    assert "Tomb of the Kings" not in annotated(text, "place")


@pytest.mark.parametrize(
    "text", ["The Church of England said it would help.", "The House of Lords voted."]
)
def test_a_body_named_by_its_kind_and_of_is_no_site(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_mixed_case_acronym_is_the_body_again() -> None:
    text = (
        "The Indonesian Legal Aid Foundation (YaBaHuk) said 12 were held. "
        "Two days later YaBaHuk said two had died."
    )
    assert annotated(text, "organization").count("YaBaHuk") == 2


def test_a_word_in_brackets_after_a_body_is_no_acronym() -> None:
    text = "The Human Rights Council (Geneva) said it would meet."
    assert "Geneva" not in annotated(text, "organization")


def test_a_body_named_past_and_to_its_acronym() -> None:
    text = (
        "Separately, the League for Missing Persons and Victims of Torture (LiMPaT) reported "
        "that 23 were abducted. Nine were freed, LiMPaT said."
    )
    bodies = annotated(text, "organization")
    assert "League for Missing Persons and Victims of Torture" in bodies
    assert bodies.count("LiMPaT") == 2


def test_a_body_and_a_person_in_brackets_stay_apart() -> None:
    text = "The Ministry of Defence and Colonel Ruto (retired) said it would meet."
    assert "Ministry of Defence" in annotated(text, "organization")


def test_a_person_called_by_the_first_word_before_a_fathers_given_name() -> None:
    text = "The inquiry was chaired by Tsehay Daniel, a judge. Tsehay later fled to Kenya."
    assert annotated(text, "person") == ["Tsehay Daniel", "Tsehay"]


def test_a_known_given_name_first_is_not_lent() -> None:
    text = "The inquiry was chaired by Omar Ali, a judge. Omar later fled to Kenya."
    assert annotated(text, "person") == ["Omar Ali"]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Riots swept Tarsus, Adana, Kilis and other cities in May.", ["Tarsus", "Adana", "Kilis"]),
        ("The fighting spread to Kwelera and other towns.", ["Kwelera"]),
    ],
)
def test_towns_listed_before_and_other_places(text: str, towns: list[str]) -> None:
    assert annotated(text, "place") == towns


@pytest.mark.parametrize(
    "text", ["The Red Cross and other agencies helped.", "Kurdish and other villages burned."]
)
def test_no_place_before_and_other_of_another_kind_or_a_people(text: str) -> None:
    assert annotated(text, "place") == []
