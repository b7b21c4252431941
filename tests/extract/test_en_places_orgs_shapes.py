"""English places and bodies in shapes unseen reporting uses: a place described as a capital or
a stronghold, a town retaken or liberated, a body whose own name holds "of" after its head
word, a body named by a letter code and a number."""

from tests.extract.helpers import annotated


def test_a_place_described_as_a_capital_or_a_stronghold_is_a_place() -> None:
    text = (
        "Rebels overran Ndélé Nord, the capital of the prefecture, and then Kabo Sur, "
        "a stronghold of the militia."
    )
    assert "Ndélé Nord" in annotated(text, "place")
    assert "Kabo Sur" in annotated(text, "place")
    assert "Ndélé Nord" not in annotated(text, "person")


def test_a_town_retaken_or_liberated_is_a_place() -> None:
    text = "The army said it had retaken Bunyakiri and that militiamen had recaptured Walikale."
    found = annotated(text, "place")
    assert "Bunyakiri" in found
    assert "Walikale" in found


def test_a_body_whose_name_holds_of_after_its_head_keeps_its_first_words() -> None:
    text = "The Supreme Tribunal of Justice upheld the sentence on Monday."
    assert "Supreme Tribunal of Justice" in annotated(text, "organization")


def test_a_title_before_of_is_still_cut_from_a_body() -> None:
    text = "Judge Mirela Ostoja of the Cantonal Court acquitted them."
    assert "Cantonal Court" in annotated(text, "organization")


def test_a_body_named_by_a_letter_code_and_a_number() -> None:
    text = "Fighters of the R12 movement withdrew from the hills."
    assert "R12 movement" in annotated(text, "organization")


def test_a_place_after_a_kind_of_district_and_of() -> None:
    text = (
        "Police raided the suburb of Kawangware, then the island of Idjwi and the commune "
        "of Nyanza-Lac."
    )
    found = annotated(text, "place")
    for name in ("Kawangware", "Idjwi", "Nyanza-Lac"):
        assert name in found


def test_a_state_of_emergency_names_no_place() -> None:
    assert annotated("The state of emergency was extended for a third time.", "place") == []
