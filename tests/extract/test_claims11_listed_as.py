"""A body's lists of victims, round 11: "has recognised about 900 people as killed, 200 as
missing and 3,000 as imprisoned" — each figure with the act it is recognised, listed or
registered under, "as missing" a disappearance ("such as missing activists" names no act). The
sentences are written for this test."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The foundation has so far recognised about 900 people as killed and about 200 as "
            "missing, and more than 3,000 as imprisoned.",
            [("killed", 900), ("disappeared", 200), ("detained", 3000)],
        ),
        (
            "The foundation has so far recognised about 900 people as victims of the killings, "
            "200 as missing and 3,000 as imprisoned.",
            [("killed", 900), ("disappeared", 200), ("detained", 3000)],
        ),
        (
            "The registry lists 45 people as missing and 12 as dead.",
            [("disappeared", 45), ("killed", 12)],
        ),
        # "such as missing" names people, not an act
        (
            "Relatives of 12 students, such as missing activist Ali Rezaei's parents, met the "
            "minister.",
            [],
        ),
    ],
)
def test_a_figure_takes_the_act_it_is_listed_as(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
