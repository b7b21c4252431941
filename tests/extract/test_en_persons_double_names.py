"""English persons with two given names and two family names, as Spanish and Portuguese names
are written, named with no other cue; the two family names stand for them later (sentences of
our own)."""

from tests.extract.helpers import proposed


def test_two_given_names_then_two_family_names_are_one_person() -> None:
    text = "Files kept by Luis Alberto Vargas Llosa were burned. Vargas Llosa denied it."
    found = proposed(text, "person")
    assert "Luis Alberto Vargas Llosa" in found
    assert "Vargas Llosa" in found
    assert "Llosa" not in found


def test_a_portuguese_name_of_four_words() -> None:
    assert "Maria Helena Costa Pinto" in proposed(
        "In 1975 Maria Helena Costa Pinto fled Dili.", "person"
    )


def test_four_capitalised_words_without_a_second_given_name_are_no_person() -> None:
    found = proposed(
        "Maria Elena Cruz Street was closed. John Paul Jones Foundation paid.", "person"
    )
    assert not [name for name in found if len(name.split()) == 4]
    assert "Maria Carvalho Dias Lopes" not in proposed("Maria Carvalho Dias Lopes fled.", "person")
