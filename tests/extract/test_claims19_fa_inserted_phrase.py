"""Claim figures, round 19: a Persian phrase set off by commas after the counted noun («۱۹ نفر
دیگر، عمدتاً نوجوانان، هنوز ناپدیدند»: 19 more, mostly teenagers, are still missing) leaves the
clause's verb the figure's act, not an act told before it in the sentence."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "به گفته‌ی روستاییان، ۷۰ نفر جان باختند و ۱۹ نفر دیگر، عمدتاً نوجوانان، هنوز ناپدیدند.",
            [("killed", 70), ("disappeared", 19)],
        ),
        (
            "گزارش می‌گوید ۶۰۰ نفر کشته شدند و ۸۰ نفر دیگر، بیشتر زنان، هنوز ناپدید هستند.",
            [("killed", 600), ("disappeared", 80)],
        ),
        # near-miss: a wounded count after the insertion borrows no act
        (
            "در آن روز ۴۰ کارگر کشته شدند و ۱۲ نفر دیگر، از جمله دو کودک، زخمی شدند.",
            [("killed", 40)],
        ),
    ],
)
def test_an_inserted_phrase_leaves_the_clause_verb_the_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The verb after the inserted phrase names the figure's act."""
    assert figures(text) == expected
