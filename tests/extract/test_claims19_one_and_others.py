"""Claim figures, round 19: one person named by a pronoun and joined to a figure of others
the act befell with them is counted with them ("detained me and three other farmers" = 4,
«او و سه همسایه‌اش را نگه داشتند» = 4), as a witness with their kin already was."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers detained me and three other farmers at the bridge.", [("detained", 4)]),
        ("He and two other teachers were arrested at the school gate.", [("arrested", 3)]),
        ("سربازان او و سه همسایه‌اش را یک هفته نگه داشتند.", [("detained", 4)]),
        # the witness with their kin is counted once, not twice
        ("مأموران من و سه خواهرم را بازداشت کردند.", [("arrested", 4)]),
        ("They arrested me and my three sisters.", [("arrested", 4)]),
        # near-miss: a pronoun in another clause joins no count
        ("Police arrested 20 protesters and I watched from the roof.", [("arrested", 20)]),
    ],
)
def test_one_person_joined_to_a_figure_is_counted(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A pronoun and "and"/و before the figure adds one to it."""
    assert figures(text) == expected
