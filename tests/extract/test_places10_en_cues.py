"""English places, round 10: the world's divisions by their own kinds (department, canton,
woreda, barangay …) before or after a name, a poor quarter or a settlement ("the slum of X"),
a town beside another ("neighbouring X", "nearby X"), a Romance article opening a place's
name ("in La Paz") but not a paper's ("in La Repubblica"), and prisons and camps of repression
named bare. Sentences written for these tests."""

import pytest
from tests.extract.helpers import REGISTRY, proposed

from sabt.extract.annotate import matcher_for, merge_mentions


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers entered the Sud-Est department before dawn.", "Sud-Est"),
        ("Farmers fled the Putumayo department last year.", "Putumayo"),
        ("Police raided homes in the Ticino canton.", "Ticino"),
        ("Aid reached the Raya Kobo woreda on Monday.", "Raya Kobo"),
        ("The army shelled the Lanao barangay twice.", "Lanao"),
        ("Families left the Sylhet upazila after the floods.", "Sylhet"),
        ("Militias burned the department of Chocó.", "Chocó"),
        ("Residents of the hillside favela of Rocinha marched.", "Rocinha"),
        ("They lived in the ghetto of Lodz for two years.", "Lodz"),
    ],
)
def test_a_division_or_a_quarter_names_its_place(text: str, place: str) -> None:
    assert place in proposed(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "The Justice department opened an inquiry.",
        "The Police department denied the report.",
        "A Human Rights department official said nothing.",
        "The State department issued a warning.",
        "She taught in the History department for a decade.",
        "The Peacekeeping Operations department sent a team.",
        "Doctors in the Surgery department treated the wounded.",
    ],
)
def test_a_governments_department_is_no_place(text: str) -> None:
    assert proposed(text, "place") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shepherds from Kavak and neighbouring Dereli were shot.", "Dereli"),
        ("The wounded were carried to nearby Travnik.", "Travnik"),
        ("She sold bread in La Ceiba for ten years.", "La Ceiba"),
        ("The convoy was stopped near Los Llanos.", "Los Llanos"),
        ("He was taken from Le Cap to the capital.", "Le Cap"),
    ],
)
def test_a_cue_before_a_town_beside_another_or_an_article(text: str, place: str) -> None:
    assert place in proposed(text, "place")


def test_neighbouring_before_a_peoples_word_is_no_place() -> None:
    assert proposed("Neighbouring villages and nearby Kurdish hamlets burned.", "place") == []


def test_a_town_in_ing_before_a_plural_kind_stays_a_place() -> None:
    assert "Kunming" in proposed("Police sealed off the Kunming districts overnight.", "place")


@pytest.mark.parametrize(
    "site",
    ["Kahrizak", "Ghezel Hesar", "Khavaran", "Keraterm", "Trnopolje", "Camp Ashraf", "Mazzeh"],
)
def test_prisons_and_camps_of_repression_named_bare(site: str) -> None:
    found = merge_mentions(matcher_for(REGISTRY).find(f"Survivors of {site} spoke."), [])
    assert [m.text for m in found if m.type == "place"] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said in La Repubblica that talks had failed.",
        "The story ran in Le Temps and in La Jornada.",
        "Votes moved from Le Pen to the centre.",
    ],
)
def test_a_romance_paper_or_a_persons_name_after_a_cue_is_no_place(text: str) -> None:
    assert proposed(text, "place") == []
