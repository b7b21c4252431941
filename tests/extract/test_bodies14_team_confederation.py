"""A body's name headed by Team, Confederation or Constabulary ("the Kalewa Forensic Team",
"the Tarnak Confederation of Labour", "the Provincial Armed Constabulary") is a body's name,
as one headed by Unit or Federation is. Every sentence and name here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kalewa Forensic Team exhumed 14 bodies.", "Kalewa Forensic Team"),
        (
            "The Tarnak Confederation of Labour called a strike.",
            "Tarnak Confederation of Labour",
        ),
        ("Men of the Provincial Armed Constabulary fired.", "Provincial Armed Constabulary"),
    ],
)
def test_a_team_a_confederation_or_a_constabulary_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")
