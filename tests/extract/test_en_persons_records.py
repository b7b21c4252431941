"""English persons named as the giver of a testimony, or described in brackets after the name
(sentences of our own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hearing of 3 May. Testimony of Bintu Marrah, Kenema.", "Bintu Marrah"),
        ("The court read the affidavit from Dusan Petkovac in full.", "Dusan Petkovac"),
        ("Nasiba Qodirova (a witness) described the cells.", "Nasiba Qodirova"),
        ("Teo Sandoval (not his real name) was held for a week.", "Teo Sandoval"),
        ("Abeni Olufemi (then a nurse at the clinic) hid two boys.", "Abeni Olufemi"),
    ],
)
def test_a_testimony_or_a_bracketed_description_names_a_person(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The testimony of South Sudan came late.", "South Sudan"),
        ("The statement of Costa Rica was read out.", "Costa Rica"),
        ("Kivu Province (a region of the east) was shelled.", "Kivu Province"),
        ("Nyala Town (the state capital) was shelled.", "Nyala Town"),
    ],
)
def test_a_states_statement_or_a_bracketed_place_names_no_person(text: str, name: str) -> None:
    assert name not in proposed(text, "person")
