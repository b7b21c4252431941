"""The act in a figure's own clause governs it: the perfect of an act that takes no object
("and 45 people had died") outweighs an act of the clause before it, and the words after a
partitive pronoun ("Nineteen of them never came home") are the figure's predicate."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency said 2,500 families had been displaced and 45 people had died.",
            [("killed", 45)],
        ),
        (
            "Medics reported that 90 marchers were injured and that 7 demonstrators have "
            "since died in hospital.",
            [("killed", 7)],
        ),
        (
            "In the judgment, the chamber found that 31 conscripts had vanished from the "
            "garrison after being deported there.",
            [("disappeared", 31)],
        ),
        (
            '"Soldiers rounded everyone up in the market. Nineteen of them never came home," '
            "he told the truth commission.",
            [("disappeared", 19)],
        ),
        (
            "Families of the miners say 1,500 people who were taken in the sweeps have never "
            "been accounted for.",
            [("disappeared", 1500)],
        ),
        # near-misses: a perfect with an object is no intransitive act; a partitive with no act
        ("Since then, 12 of them have joined the opposition in exile.", []),
        ("The union said 300 members had left the city and 20 had died.", [("killed", 20)]),
    ],
)
def test_the_act_of_the_figures_own_clause(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The indictment states that 41 farmworkers were beaten to death at the estate.",
            [("killed", 41)],
        ),
        (
            "Relief workers said 3,000 people crossed into Malawi, and that 25 of them later "
            "died of hunger.",
            [("killed", 25)],
        ),
        (
            "The inquiry found 6 inmates died in the cells and 50 others were beaten by guards.",
            [("killed", 6), ("tortured", 50)],
        ),
        (
            "Roughly 900 villagers were rounded up; 140 of them are still unaccounted for, the "
            "report says.",
            [("arrested", 900), ("disappeared", 140)],
        ),
        # near-misses: a death sentence is no killing; an injury is no act sabt counts
        ("The court sentenced 5 men to death in absentia.", [("sentenced", 5)]),
        ("At least 70 prisoners were injured during the transfer.", []),
    ],
)
def test_an_act_between_is_no_shared_predicate(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
