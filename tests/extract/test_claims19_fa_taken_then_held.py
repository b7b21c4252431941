"""Claim figures, round 19: Persian people taken away (… را با خود بردند) and then held in the
next clause joined by و (… و سه روز در انباری نگه داشتند) are detained: the act the chain
ends in is their fate, as "abducted and killed" is in English."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "نگهبانان مرز ده‌ها مسافر را با خود بردند و سه روز در انباری کنار جاده نگه داشتند.",
            [("detained", None)],
        ),
        # (the held clause may end past the first 70 characters after the figure)
        (
            "صبح روز بعد ۴۰ دانشجو را از خوابگاه بیرون بردند و در زیرزمین‌های نمناک و"
            " بی‌نور و سرد ساختمان زندانی کردند.",
            [("detained", 40)],
        ),
        # near-miss: taken away alone is an arrest, and a clause with no act leaves it so
        ("نگهبانان مرز ده‌ها مسافر را با خود بردند.", [("arrested", None)]),
        ("ماموران ۱۲ کارگر را با خود بردند و خانه‌هایشان را آتش زدند.", [("arrested", 12)]),
        # taken and never back stays a disappearance
        ("ماموران ۱۲ کارگر را با خود بردند و هرگز بازنگشتند.", [("disappeared", 12)]),
    ],
)
def test_taken_then_held_is_detained(text: str, expected: list[tuple[str, float | None]]) -> None:
    """The act of the clause after "taken away" is the figure's act."""
    assert figures(text) == expected
