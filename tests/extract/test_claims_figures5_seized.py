"""People counted as the object of a verb of seizure are detained unless their clause tells
another fate; a count joined to a relative the witness names is a list of people, no count."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # court ruling
        (
            "The court heard that the patrol seized 15 farmers at the market in Tenancingo "
            "on a Sunday morning.",
            [("detained", 15)],
        ),
        # testimony, the count before a bond to the speaker
        (
            '"At dawn they dragged five of our classmates out of the dormitory," he told '
            "the hearing.",
            [("detained", 5)],
        ),
        # NGO report
        (
            "Militiamen grabbed 9 aid workers at the crossing near Bossangoa, the agency said.",
            [("detained", 9)],
        ),
        # wire story, "away" after the figure
        (
            "Gunmen took 23 passengers away from the bus near Mubi on Sunday, police said.",
            [("detained", 23)],
        ),
        # another act in the clause tells their fate
        (
            "Residents said soldiers took away 7 men who never came home.",
            [("disappeared", 7)],
        ),
        # near-misses: things taken, a rescue, people taken from where they were already held
        ("The rebels seized 3 towns in the north.", []),
        ("Volunteers took 40 children to safety across the river.", []),
        ("Guards took 30 men from the east wing that night, a former inmate said.", []),
    ],
)
def test_a_seizure_is_a_detention(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The farmer said police shot his brother and three neighbours outside the mill.",
            [],
        ),
        (
            "Her sister and two friends were arrested at the checkpoint, she told the panel.",
            [],
        ),
        # near-miss: "other" makes the figure a count of its own
        (
            "My husband and 11 other prisoners were executed in the spring, she wrote.",
            [("executed", 11)],
        ),
    ],
)
def test_a_list_of_named_relatives_is_no_count(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
