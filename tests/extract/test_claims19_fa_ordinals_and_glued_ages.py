"""Claim figures, round 19: a Persian number word glued to its suffix by a zero-width
non-joiner is no count when the suffix makes it an ordinal («سی‌امین سالگرد», the thirtieth
anniversary) or an age with a possessive («پسر دوازده‌ساله‌اش», his twelve-year-old son)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal, glued or apart, counts nobody
        ("به مناسبت سی‌امین سالگرد کشتار روستا، مراسمی برگزار شد.", []),
        ("در چهلمین روز پس از کشتار، خانواده‌ها گرد آمدند.", []),
        ("به مناسبت ۲۵ امین سالگرد کشتار روستا، مراسمی برگزار شد.", []),
        # an age with a possessive, glued or apart, is no count of the killed
        ("سربازان نگهبان انبار و پسر دوازده‌ساله‌اش را کشتند.", []),
        ("سربازان نگهبان انبار و دختر ۱۴ ساله‌اش را کشتند.", []),
        # near-miss: a number word followed by people is still counted
        ("در آن شب سی نفر در روستا کشته شدند.", [("killed", 30)]),
        ("مأموران پانزده‌ کشاورز را بازداشت کردند.", [("arrested", 15)]),
    ],
)
def test_glued_ordinals_and_ages_are_no_counts(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """An ordinal or an age glued to its number word is no claim; people counted still are."""
    assert figures(text) == expected
