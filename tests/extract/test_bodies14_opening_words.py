"""A preposition or a determiner capitalised at a sentence's start before "police" or "army"
("By police estimates …") names no nation's force; a nation's adjective does ("Tarnaki police
fired"). Every sentence and name here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    "text",
    [
        "By police estimates, 40 people died.",
        "Of army units, none moved.",
        "With police help they fled.",
    ],
)
def test_an_opening_preposition_names_no_force(text: str) -> None:
    assert proposed(text, "organization") == []


def test_a_nation_s_adjective_names_its_force() -> None:
    assert proposed("Tarnaki police fired.", "organization") == ["Tarnaki police"]
