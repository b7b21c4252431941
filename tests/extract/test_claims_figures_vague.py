"""Vague figures a claim may count: "several hundred" is read as "hundreds" (200-999)."""

import pytest
from tests.extract.helpers import figure_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local monitors believe several hundred miners were shot dead in the valley.",
            [("killed", None, 200, 999)],
        ),
        (
            "گروه‌های محلی می‌گویند چند صد کشاورز در آن پاییز بازداشت شدند.",
            [("arrested", None, 200, 999)],
        ),
        # "several thousand" reads as "thousands" too, in both languages
        (
            "Witnesses said several thousand villagers disappeared during the campaign.",
            [("disappeared", None, 2000, 9999)],
        ),
        (
            "Most local chroniclers speak of several thousand herders killed.",
            [("killed", None, 2000, 9999)],
        ),
        (
            "به گفته‌ی اهالی، چند هزار کشاورز در آن زمستان بازداشت شدند.",
            [("arrested", None, 2000, 9999)],
        ),
    ],
)
def test_several_hundred_reads_as_hundreds(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert figure_ranges(text) == expected
