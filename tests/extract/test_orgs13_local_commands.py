"""A town's or a province's administration, military administration or military command, and
a town's garrison, their kind in lower case after the place's name, are bodies ("the Tarnak
provincial administration", "the Kalewa regional military administration", "the Ndeke
district military command", "the Tarnak garrison"); not after a people's adjective. Every
sentence and name here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Tarnak provincial administration put the dead at 40.",
            "Tarnak provincial administration",
        ),
        (
            "Ali Dore, head of the Kalewa regional military administration, spoke.",
            "Kalewa regional military administration",
        ),
        (
            "He served in the Ndeke district military command until 2010.",
            "Ndeke district military command",
        ),
        ("The commander of the Tarnak garrison was tried.", "Tarnak garrison"),
    ],
)
def test_a_places_administration_command_or_garrison_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


def test_a_peoples_garrison_is_no_towns_body() -> None:
    assert "Turkish garrison" not in proposed("The Turkish garrison withdrew.", "organization")
