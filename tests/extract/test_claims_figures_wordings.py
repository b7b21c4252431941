"""Wordings of a count the earlier rounds did not meet: a source putting a long-named toll
"at" a figure, a second hedged figure restating a count, people who told of an act, an act's
noun with "of", and a Persian clause with quoted words before its verb."""

import pytest
from tests.extract.helpers import figure_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A church report put the toll of villagers murdered around Kanyosha during that "
            "spring at about 2,300.",
            [("killed", 2300, 2300, 2300)],
        ),
        (
            "Monitors say the militia executed at least 64 prisoners at the quarry, and "
            "possibly more than 90.",
            [("executed", 64, 64, None), ("executed", 90, 90, None)],
        ),
        (
            "The mission gathered the testimony of 31 former inmates who said they had been "
            "tortured at the airbase.",
            [("tortured", 31, 31, 31)],
        ),
        (
            "Relatives have campaigned for years over the deaths of the 19 at the base.",
            [("killed", 19, 19, 19)],
        ),
        (
            "به گفته‌ی دادستان، ۶ نفر از «سران گروه» در درگیری‌های هفته‌ی گذشته بازداشت و ۳ "
            "نفر از «نیروهای ویژه» کشته شدند.",
            [("arrested", 6, 6, 6), ("killed", 3, 3, 3)],
        ),
    ],
)
def test_wordings_of_a_count(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert [(p, v, lo, hi) for p, v, lo, hi in figure_ranges(text)] == expected


def test_spoken_to_without_telling_of_an_act_is_no_count() -> None:
    text = "Investigators interviewed 40 former guards who said they were never present."
    assert figure_ranges(text) == []
