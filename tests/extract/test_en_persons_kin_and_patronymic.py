"""English persons named by their own kin ("X lost her husband", "X and his wife") and Slavic
names with a patronymic, whose surname is the last word (sentences of our own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tshala Mwenze lost her husband in the raid.", "Tshala Mwenze"),
        ("Soldiers took Dario Quispe and his two sons to the base.", "Dario Quispe"),
        ("Nkem Obiora buried his eldest daughter on Sunday.", "Nkem Obiora"),
        ("Zarina Tokhtarova fled with her children to the hills.", "Zarina Tokhtarova"),
        (
            "Orders came from Dzhokhar Musayevich Gantamirov himself.",
            "Dzhokhar Musayevich Gantamirov",
        ),
    ],
)
def test_a_person_by_own_kin_or_patronymic(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Human Rights Watch interviewed her mother in Goma.", "Human Rights Watch"),
        ("Boko Haram and its allies attacked the town.", "Boko Haram"),
        ("Offices in the Greater Zurich Area were searched.", "Greater Zurich Area"),
    ],
)
def test_no_person_from_a_bodys_verb_or_a_place(text: str, name: str) -> None:
    assert name not in proposed(text, "person")


def test_a_patronymic_does_not_stand_for_the_person() -> None:
    text = "Dzhokhar Musayevich Gantamirov left. Gantamirov, not Musayevich, was tried."
    found = proposed(text, "person")
    assert "Musayevich" not in found
    assert "Gantamirov" in found
