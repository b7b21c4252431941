"""The agent of a passive of counting after its figure ("The toll was put at 300 by the army"):
the party of that figure; a time by which ("by the end of the year") is none."""

import pytest
from tests.extract.helpers import parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll was put at 300 by the army.", [(300, "army")]),
        ("The number of dead was estimated at 120 by local doctors.", [(120, "local doctors")]),
        (
            "The number executed that July was put at between 4,000 and 7,000 by the commission.",
            [(None, "commission")],
        ),
        (
            "The number of dead was put at 40 by the end of the year, the ministry said.",
            [(40, "ministry")],
        ),
        (
            "The number of dead was put at 40 by March, the ministry said.",
            [(40, "ministry")],
        ),
    ],
)
def test_passive_agent_after_the_figure(
    text: str, expected: list[tuple[float | None, str]]
) -> None:
    """Each claim's figure and party."""
    assert parties(text) == expected
