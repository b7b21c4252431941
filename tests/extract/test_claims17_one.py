"""Claim figures, round 17: English "one" counting a person an act befell ("one was found
dead", "one guard was also killed", "the other one is still missing") is a claim of 1; "one"
in "one of the …", "one night", "no one", or with no act in its clause counts nobody."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One was found dead beside the canal the next morning.", [("killed", 1)]),
        ("One guard was also killed in the exchange of fire.", [("killed", 1)]),
        ('"The other one is still missing," her mother said.', [("disappeared", 1)]),
        (
            "Of the eleven taken, six came home, one was executed and four remain missing.",
            [("executed", 1), ("disappeared", 4)],
        ),
        ("One young woman died in custody a week later.", [("killed", 1)]),
    ],
)
def test_one_person_an_act_befell_is_a_claim_of_one(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "one" opening a clause with a passive or a state and an act right after it."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One night the militia killed 7 farmers.", [("killed", 7)]),
        ("One of the detainees was later executed.", []),
        ("No one was arrested that day.", []),
        ("One teacher said that 40 were arrested.", [("arrested", 40)]),
        # the act is in another clause than the one "one" opens
        ("One is told that 90 were executed there.", [("executed", 90)]),
        # no act after the verb
        ("One was enough to silence the whole village.", []),
    ],
)
def test_one_that_counts_no_one_an_act_befell(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "one" that counts no victim adds no claim."""
    assert figures(text) == expected
