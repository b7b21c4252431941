"""Round 9 bodies: a military command named for its area, a body named by the plural possessive
of the people it speaks for, state companies from the world list, and a kind's own word opening
a sentence that names no nation's force."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Troops of the Volga Military District were flown in overnight.",
            "Volga Military District",
        ),
        ("The Baltic Military District sent two tank regiments.", "Baltic Military District"),
        (
            "Units of the Drina Operative Zone shelled the hamlet.",
            "Drina Operative Zone",
        ),
        ("Orders came from the Eastern Military Region on Monday.", "Eastern Military Region"),
    ],
)
def test_a_military_command_named_for_its_area_is_a_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")
    assert body not in annotated(text, "place")


def test_a_district_without_military_stays_a_place() -> None:
    text = "She lived in the Sokol District and later in Tuzla Region."
    assert "Sokol District" in annotated(text, "place")
    assert not annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kandahar Families' Committee wrote to the governor.", "Kandahar Families' Committee"),
        ("Members of the Coal Miners' Union walked out.", "Coal Miners' Union"),
        ("The Tuzla Relatives' Network asked for the files.", "Tuzla Relatives' Network"),
        ("A letter from the Northern Victims' Forum was read aloud.", "Northern Victims' Forum"),
        ("The Bar Lawyers' Council condemned the arrests.", "Bar Lawyers' Council"),
    ],
)
def test_a_groups_plural_possessive_inside_a_bodys_name(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


def test_a_persons_possessive_makes_no_body() -> None:
    assert not annotated("Peter Jones' Party was late.", "organization")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Workers at Gazprom, Rosneft and Saudi Aramco struck.",
            ["Gazprom", "Rosneft", "Saudi Aramco"],
        ),
        (
            "Oil workers of KazMunayGas marched to the offices of Samruk-Kazyna.",
            ["KazMunayGas", "Samruk-Kazyna"],
        ),
        ("Pemex and PDVSA were sued by the families.", ["Pemex", "PDVSA"]),
        ("Miners of Codelco said the Lonmin shafts were closed.", ["Codelco", "Lonmin"]),
    ],
)
def test_state_companies_are_bodies(text: str, bodies: list[str]) -> None:
    found = annotated(text, "organization")
    assert all(body in found for body in bodies)
    assert not any(body in annotated(text, "place") for body in bodies)


def test_an_ordinary_word_among_companies_is_not_listed() -> None:
    assert not annotated("The Total of deaths rose to nine.", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Special military units then opened fire.",
        "Secret police agents took him away.",
        "Riot police charged the crowd at dawn.",
    ],
)
def test_a_kinds_own_word_opening_a_sentence_names_no_force(text: str) -> None:
    assert not annotated(text, "organization")


def test_a_nations_force_in_lower_case_is_still_found() -> None:
    assert "Syrian government forces" in annotated(
        "Syrian government forces shelled the town.", "organization"
    )


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Supporters of Hefazat-e-Islam blocked the highway.", ["Hefazat-e-Islam"]),
        ("Officers of the KNB detained him in Almaty.", ["KNB"]),
        ("He was taken by the Sarandoy and later handed to the WAD.", ["Sarandoy", "WAD"]),
        ("آگسا صدها نفر را در کابل بازداشت کرد.", ["آگسا"]),
    ],
)
def test_security_services_and_movements_of_central_and_south_asia(
    text: str, bodies: list[str]
) -> None:
    found = annotated(text, "organization")
    assert all(body in found for body in bodies)
