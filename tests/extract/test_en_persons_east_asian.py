"""English persons whose names are written family name first, Korean, Chinese and Vietnamese,
found by their shape with no other cue; the family name stands for them later (sentences of
our own)."""

import pytest
from tests.extract.helpers import proposed

from sabt.extract.names import propose_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The panel, headed by Lim Ha-yeon, met in Busan.", "Lim Ha-yeon"),
        ("Kim Dae-jung was kidnapped from a Tokyo hotel in 1973.", "Kim Dae-jung"),
        ("In March 1979 Park Chung Hee declared martial law.", "Park Chung Hee"),
        ("The nationalists under Chiang Kai-shek fled to Taiwan.", "Chiang Kai-shek"),
        ("A note signed by Zhou Yongkang ordered the arrests.", "Zhou Yongkang"),
        ("Relatives of Liu Xiaobo were kept under guard.", "Liu Xiaobo"),
        ("Police in Hue detained Tran Thi Lan at dawn.", "Tran Thi Lan"),
        ("Nguyen Van An, a farmer, was beaten.", "Nguyen Van An"),
        # A name cut at its hyphen by another rule is no name.
        ("President Moon Jae-in visited the site.", "Moon Jae-in"),
    ],
)
def test_an_east_asian_name_is_a_person(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Moon Jae-in spoke first.", "Moon Jae"),
        ("Han Chinese settlers arrived in the Tang Dynasty.", "Han Chinese"),
        ("The Hong Kong Police raided the office.", "Hong Kong"),
        ("Ho Chi Minh City police detained him.", "Ho Chi Minh"),
        ("Lee Anderson said the Song Dynasty was old. Anderson agreed.", "Lee"),
        ("Le Monde reported that Le Pen spoke.", "Le Pen"),
    ],
)
def test_other_capitalised_runs_are_no_east_asian_person(text: str, name: str) -> None:
    assert name not in proposed(text, "person")


def test_the_family_name_written_first_stands_for_the_person() -> None:
    text = "Ro Sun-hee was jailed in 1981. Ro's trial lasted a day; the Song Dynasty is older."
    found = [m.text for m in propose_names(text) if m.type == "person"]
    assert "Ro" not in found  # not a listed family name: no shape, no repeat
    text = "Yang Ji-hoon was jailed in 1981. Yang's trial lasted a day; the Yang River is wide."
    found = [m.text for m in propose_names(text) if m.type == "person"]
    assert found.count("Yang") == 1


def test_a_burmese_name_of_the_same_shape_has_no_family_name() -> None:
    text = "Min Aung Hlaing seized power in 2021. Min, the monks said, was feared."
    found = [m.text for m in propose_names(text) if m.type == "person"]
    assert "Min" not in found


def test_the_given_name_written_last_does_not_stand_for_the_person() -> None:
    text = "Yang Ji-hoon was jailed in 1981. The Ji-hoon Foundation later paid for his appeal."
    assert "Ji-hoon" not in proposed(text, "person")
