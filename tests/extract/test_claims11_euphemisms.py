"""Armed forces' words for killing, round 11: "neutralised/neutralized", "eliminated",
"liquidated" count the dead — in scare quotes too — when people are counted with them (the
rules' victim words or the fighters armed forces speak of); jobs eliminated and firms
liquidated count nothing. The sentences are written for this test."""

import pytest
from tests.extract.helpers import figure_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague figure, its passive act in scare quotes
        (
            'The General Staff said in May that hundreds of militants had been "neutralised" '
            "during the operation.",
            [("killed", None, 200, 999)],
        ),
        (
            "The army said dozens of insurgents had been ‘neutralized’ in the raid.",
            [("killed", None, 24, 99)],
        ),
        # the active verb and the fighters it befell
        ("Troops eliminated 40 terrorists in the mountains.", [("killed", 40, 40, 40)]),
        ("An air strike eliminating 17 rebels was announced.", [("killed", 17, 17, 17)]),
        ("Security forces liquidated 12 members of the cell.", [("killed", 12, 12, 12)]),
        # a toll told with the euphemism is still a toll
        (
            "The toll rose to 45 after troops eliminated the last positions.",
            [("killed", 45, 45, 45)],
        ),
        # a killing told in the sentence before keeps its figure
        (
            "Soldiers killed villagers in the square. The real number was 400.",
            [("killed", 400, 400, 400)],
        ),
        # no people: nothing killed
        ("Some 300 jobs were eliminated at the plant.", []),
        ("The ministry said 40 firms were liquidated last year.", []),
        # people who open a clause of their own after the euphemism are not its object
        ("The factory was liquidated and 200 workers lost their jobs.", []),
        # … unless a euphemism follows them
        (
            "The camp was liquidated, and 200 prisoners were eliminated in the forest.",
            [("killed", 200, 200, 200)],
        ),
    ],
)
def test_a_euphemism_for_killing_counts_people_killed(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert figure_ranges(text) == expected
