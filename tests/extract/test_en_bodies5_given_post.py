"""A person named as the object of a verb that gives a post, the post after the name; a region
or a body in that slot is no person (sentences of our own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The election board declared Tomas Okonkwo the winner after a recount.", "Tomas Okonkwo"),
        ("The assembly elected Dorota Wysocka speaker in May.", "Dorota Wysocka"),
        ("In 2019 the synod named Abel Mutasa its moderator.", "Abel Mutasa"),
        ("Rebels proclaimed Issa Kondo president of the new council.", "Issa Kondo"),
    ],
)
def test_person_given_a_post(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials declared Northern Kivuto a disaster zone.", "Northern Kivuto"),
        ("The court declared Human Rights Watch a foreign agent.", "Human Rights Watch"),
    ],
)
def test_no_person_given_a_post(text: str, name: str) -> None:
    assert name not in proposed(text, "person")
