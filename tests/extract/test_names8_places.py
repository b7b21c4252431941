"""Round 8, English places: the former states, colonies and empires histories name, South Asian
sites named by their kind after the name (Bagh, Maidan, Chowk, Masjid), a polity described in
apposition or by its ruler ("Toro, a kingdom", "the king of Toro"), and a region before a desk's
post (no place mentioned: "East Africa director at …")."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Conscripts from across French West Africa were shipped home in 1944.",
            ["French West Africa"],
        ),
        (
            "He was born in British India and died in the Dutch East Indies.",
            ["British India", "Dutch East Indies"],
        ),
        ("The family fled Rhodesia for Czechoslovakia.", ["Rhodesia", "Czechoslovakia"]),
        (
            "Refugees crossed from East Pakistan; others reached the Belgian Congo.",
            ["East Pakistan", "Belgian Congo"],
        ),
    ],
)
def test_former_states_and_colonies_are_places(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Troops fired into the crowd in the Jallianwala Bagh that afternoon.",
            ["Jallianwala Bagh"],
        ),
        (
            "Farmers camped at Ramlila Maidan before marching to Chandni Chowk.",
            ["Ramlila Maidan", "Chandni Chowk"],
        ),
        ("Police fired on worshippers leaving the Jama Masjid.", ["Jama Masjid"]),
    ],
)
def test_south_asian_sites_by_their_kind(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The palace of Toro, a kingdom recognised by the state in 1993, was raided.", "Toro"),
        ("Guards loyal to the king of Busoga were arrested.", "Busoga"),
        ("Envoys of the sultan of Sulu met the governor.", "Sulu"),
    ],
)
def test_a_realm_by_its_apposition_or_its_ruler(text: str, place: str) -> None:
    assert annotated(text, "place") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Salma Odhiambo, East Africa director at Human Rights Watch, said the trials were unfair.",
        "Omar Idris, Middle East researcher for Amnesty International, said 12 were killed.",
    ],
)
def test_a_region_before_a_desks_post_is_no_place(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_region_elsewhere_is_still_a_place() -> None:
    text = "He returned to East Africa with the director of the agency."
    assert annotated(text, "place") == ["East Africa"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Unlike the nearby Lopar and Kozarac camps, the school held women.", ["Lopar", "Kozarac"]),
        ("Police in the Sebokeng townships arrested dozens of residents.", ["Sebokeng"]),
        ("Fighters attacked the Dadaab camps at night.", ["Dadaab"]),
    ],
)
def test_names_before_a_plural_kind_of_settlement(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    "text",
    [
        "Aid reached the Red Cross camps on Friday.",
        "The Kurdish villages and the Tutsi neighbourhoods were burned.",
    ],
)
def test_a_body_or_a_people_before_a_plural_kind_is_no_place(text: str) -> None:
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    "text",
    [
        "State television urged citizens to protect the army from Christians.",
        "The families had fled from Yazidis and Kurds, he claimed.",
    ],
)
def test_a_people_after_a_cue_is_no_place(text: str) -> None:
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Residents of Bas Fort, a seaside slum near the port, marched on Saturday.", ["Bas Fort"]),
        ("Gangs attacked Kibera, a vast slum, at dawn.", ["Kibera"]),
    ],
)
def test_a_slum_in_apposition(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Shelling hit Kafr Rumah and Wadi Khalid overnight.", ["Kafr Rumah", "Wadi Khalid"]),
        ("Residents of Deir Sunbul fled to Tell Hamis.", ["Deir Sunbul", "Tell Hamis"]),
        ("Soldiers stormed the Hussainiyya Zahra after the march.", ["Hussainiyya Zahra"]),
        (
            "Prisoners were held at Villa Marista and later Colonia Esperanza.",
            ["Villa Marista", "Colonia Esperanza"],
        ),
    ],
)
def test_a_place_whose_kind_opens_its_name(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places
