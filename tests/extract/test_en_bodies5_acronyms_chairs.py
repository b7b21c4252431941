"""English bodies known by an acronym their name spells, even one listed as no body's, and
bodies named after their chair with a lower-case kind (sentences of our own)."""

from tests.extract.helpers import proposed


def test_an_acronym_spelt_by_a_bodys_name_is_the_bodys() -> None:
    text = (
        "Leaders of the Democratic Nationalist Alliance met in Harare on Friday. "
        "Later that day DNA officials said the vote had been rigged."
    )
    assert "DNA" in proposed(text, "organization")


def test_an_acronym_spelt_across_hyphens() -> None:
    text = "The court heard that the Special Anti-Robbery Squad held him. SARS denied it."
    assert "SARS" in proposed(text, "organization")


def test_a_listed_acronym_no_body_spells_is_no_body() -> None:
    text = "DNA tests identified the victims, the Forensic Institute said."
    assert "DNA" not in proposed(text, "organization")


def test_a_body_named_after_its_chair() -> None:
    text = (
        "The inquiry was led by Judge Amara Kessy of Ghana. Its critics said the Kessy "
        "commission spared the generals, and the Kessy report was shelved."
    )
    assert "Kessy commission" in proposed(text, "organization")
    assert "Kessy" in proposed(text, "person")  # the bare surname is still the judge's


def test_a_panel_named_after_its_chair_in_testimony() -> None:
    text = "Witness: I spoke to Tomas Reyes himself. The Reyes panel never called me back."
    assert "Reyes panel" in proposed(text, "organization")


def test_a_surname_before_a_verb_is_no_body() -> None:
    text = "Tomas Reyes chaired the hearing. Reyes commissioned a second study."
    assert not any("Reyes" in body for body in proposed(text, "organization"))
