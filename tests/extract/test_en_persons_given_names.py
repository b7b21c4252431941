"""English persons named once with no cue but a known given name: West African, Latin
American and East African given names, and the short forms English names take (sentences of
our own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The statement of Mariatu Kamara was read out in Bo.", "Mariatu Kamara"),
        ("Soldiers loyal to Foday Bangura took the town.", "Foday Bangura"),
        ("Chinedu Okeke fled with his two sons.", "Chinedu Okeke"),
        ("The camp was run by Kwabena Mensah until 2004.", "Kwabena Mensah"),
        ("Wanjiru Mwangi lost her husband in the clashes.", "Wanjiru Mwangi"),
        ("A letter from Rigoberta Ixcoy reached the court.", "Rigoberta Ixcoy"),
        ("The faction of Tommy Walker Jones controlled the port.", "Tommy Walker Jones"),
    ],
)
def test_a_known_given_name_opens_a_person(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Given names that are also words or places are not listed.
        ("Prince Street was closed by the police.", "Prince Street"),
        ("Morgan Stanley advised the ministry.", "Morgan Stanley"),
        ("Alpha Company soldiers held the bridge.", "Alpha Company"),
    ],
)
def test_a_given_name_that_is_a_word_or_a_place_opens_no_person(text: str, name: str) -> None:
    assert name not in proposed(text, "person")
