"""Round 11: "the five others" after a determiner are people counted ("the five others received
terms of seven or eight years"), unlike "in the three camps"; and basements and cellars are
places an act happened in, no people ("those who died in three basements"). The sentences are
written for this test."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malik was sentenced to 12 years, and the five others received terms of seven or "
            "eight years.",
            [("sentenced", 5)],
        ),
        ("After the trial the three others were later executed.", [("executed", 3)]),
        # a determiner and no people: no count
        ("In the three camps, guards tortured prisoners.", []),
        (
            "Ten years on, relatives of those who died in three basements of the town still wait "
            "for a trial.",
            [],
        ),
        ("Soldiers shot dead the men hiding in two cellars near the mosque.", []),
    ],
)
def test_others_are_people_and_basements_are_places(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
