"""People counted by their work or way of life are victims; an apposition that breaks a
count into its parts adds no count of its own."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said that 23 miners and porters from the northern pits had died in "
            "police custody.",
            [("killed", 23)],
        ),
        (
            "به گفته‌ی این گروه، دست‌کم ۳۱ کشاورز و دامدار در روستاهای مرزی شمال غربی کشور "
            "کشته و ۴۰ نفر دیگر زخمی شدند.",
            [("killed", 31)],
        ),
        (
            "Villagers said that the six men who guided them, a cook and five drivers, "
            "have never been found.",
            [("disappeared", 6)],
        ),
    ],
)
def test_people_named_by_work_and_a_breakdown(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
