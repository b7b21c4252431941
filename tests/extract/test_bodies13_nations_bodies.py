"""A nation's parliament or ministry written in lower case is a body ("the Kalewan parliament",
"the Tarnaki defence ministry"), unless it only describes a body just named ("the Volo Kenesh,
the Kalewan parliament,"); one that owns what follows stays a body. Every sentence and name here
is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A commission of the Kalewan parliament later concluded it.", "Kalewan parliament"),
        ("The Tarnaki defence ministry admitted to 21 dead.", "Tarnaki defence ministry"),
        (
            "Units of the Tarnaki interior ministry troops entered the town.",
            "Tarnaki interior ministry",
        ),
    ],
)
def test_a_nation_s_parliament_or_ministry_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


def test_a_nation_s_body_describing_the_name_before_it_is_no_body_of_its_own() -> None:
    text = "The Volo Kenesh, the Kalewan parliament, responded by decree."
    assert "Kalewan parliament" not in proposed(text, "organization")


def test_a_nation_s_body_owning_what_follows_stays_a_body() -> None:
    text = "Four members of the Ravens, the Kalewan army's special unit, were convicted."
    assert "Kalewan army" in proposed(text, "organization")
