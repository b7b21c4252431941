"""The dead found and the living who walk, round 11: "found the remains of dozens of people in a
grave" counts the dead (as "recovered the remains of"); "thousands of people walked up to the
memorial … the graves of those killed" counts mourners, people with a verb of their own. The
sentences are written for this test."""

import pytest
from tests.extract.helpers import figure_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2008, investigators found the remains of dozens of people in a grave inside a "
            "barracks.",
            [("killed", None, 24, 99)],
        ),
        (
            "Forensic teams finding the remains of 40 men at the quarry called in the prosecutor.",
            [("killed", 40, 40, 40)],
        ),
        (
            "Thousands of people walked up to the memorial on Monday to lay flowers on the graves "
            "of those killed.",
            [],
        ),
    ],
)
def test_remains_found_and_people_walking(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert figure_ranges(text) == expected
