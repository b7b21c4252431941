"""A witness whose name no rule knows is still the party of her count when the text introduces
her by a role ("X, a nurse who …") or as the one testifying ("Testimony of X") (sentences
written for these tests)."""

from tests.extract.helpers import parties


def test_she_said_after_a_quote_is_the_person_introduced_by_her_role() -> None:
    text = (
        "Quelva Torrimund, aged 40, a teacher who ran a shelter in the township at the time, "
        'said she hid children in the school hall. "By the evening 23 people had been shot dead '
        'in our street," she said.'
    )
    assert (23, "Quelva Torrimund") in parties(text)


def test_she_said_opening_a_sentence_is_the_person_introduced_by_her_role() -> None:
    text = (
        "Outside the hall stood Ostra Vellinor, aged 61, a retired clerk whose brother vanished "
        "in 1983. She said soldiers had detained 14 men from her village that week."
    )
    assert parties(text) == [(14, "Ostra Vellinor")]


def test_the_first_person_of_a_testimony_is_the_witness_it_names() -> None:
    text = (
        "Public hearing, Kampala, 3 March 2004. Testimony of Nakato Birungi (a survivor).\n\n"
        "WITNESS: They came at night. In our parish alone we buried 19 people."
    )
    assert parties(text) == [(19, "Nakato Birungi")]


def test_a_place_introduced_by_a_role_is_no_speaker() -> None:
    text = (
        "Port Harcourt, a port city, was bombed for a week. "
        '"At least 30 people were killed," she said.'
    )
    assert all(p != "Port Harcourt" for _, p in parties(text))
