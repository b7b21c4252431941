"""English person rules keep precision: a name after "the", or ending on a state's, an armed
body's or a party's word, is no person; a name of its own shape still is (sentences of our
own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Golden Crescent said the road was closed.", "Golden Crescent"),
        ("Islamic Emirate claimed the attack on the convoy.", "Islamic Emirate"),
        ("Gulf Cartel gunmen were later arrested, police said.", "Gulf Cartel"),
        ("The Popular Front, whose fighters held the pass, denied it.", "Popular Front"),
        ("Officials of the Red Crescent warned that food was short.", "Red Crescent"),
    ],
)
def test_no_person_after_the_or_on_a_bodys_word(text: str, name: str) -> None:
    assert name not in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kwame Asante case was reopened in 2019.", "Kwame Asante"),
        ("The Lee Myung-bak government denied it.", "Lee Myung-bak"),
        ("The lawyer Tessa Dunmore said the trial was unfair.", "Tessa Dunmore"),
    ],
)
def test_a_name_of_its_own_shape_after_the_is_still_a_person(text: str, name: str) -> None:
    assert name in proposed(text, "person")
