"""English posts given by "as" straight after a name: "with X as its chairman", "named X as
its president", "confirmed X as ambassador"; not the post X left to the subject of
"succeeded X as …", nor a role that is no post ("as a witness")."""

from tests.extract.helpers import posts


def test_a_commission_with_its_chair() -> None:
    text = "The inquiry, with Justice Ruth Okafor as its chairwoman, sat for two years."
    assert any(p.endswith("Ruth Okafor") and post == "chairwoman" for p, post in posts(text))


def test_a_board_named_its_president() -> None:
    text = "In 1971 the board named Hugo Banzer as its president."
    assert ("Hugo Banzer", "president") in posts(text)


def test_a_tribunal_with_a_presiding_judge() -> None:
    text = "The tribunal, with Judge Amara Diallo as presiding judge, heard the appeal."
    assert ("Amara Diallo", "presiding judge") in posts(text)


def test_a_ministry_confirmed_an_ambassador() -> None:
    text = "The ministry confirmed Maria Lopez as ambassador to Chile."
    assert ("Maria Lopez", "ambassador to Chile") in posts(text)


def test_the_post_left_to_a_successor_is_not_the_predecessor_s() -> None:
    text = "Kofi Mensah succeeded Paul Asante as governor of the region."
    assert not any(p == "Paul Asante" for p, _ in posts(text))


def test_a_role_that_is_no_post() -> None:
    text = "Investigators regarded Omar Haddad as a witness, not a suspect."
    assert not posts(text)
