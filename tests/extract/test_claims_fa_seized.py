"""Persian people counted as the object (را) of گرفتند, right after it or after a time, were
seized: arrested («شصت مسافر را گرفتند»); and the object of an act may be taken from a whole of
two words or joined by و to another group («۶۵ نفر از رانندگان تاکسی و گروهی از … را»)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نگهبانان مرز شصت مسافر را گرفتند و به پاسگاه بردند.", [("arrested", 60)]),
        ("نگهبانان مرز شصت مسافر افغان را گرفتند و به پاسگاه بردند.", [("arrested", 60)]),
        ("پسرم و دو برادرزاده‌ام را همان روز گرفتند.", [("arrested", 3)]),
        (
            "در آن یورش ۶۵ نفر از رانندگان تاکسی و گروهی از مسافران را گرفتند.",
            [("arrested", 65)],
        ),
        ("سربازان ۱۵ نفر از کشاورزان دره را هم با خود بردند.", [("arrested", 15)]),
        # near-misses: گرفتند of a compound verb (took back, targeted) is no arrest; an
        # adjective is read before گرفتند only
        ("نیروها سه روستا را پس گرفتند.", []),
        ("هواپیماها ده غیرنظامی را هدف گرفتند.", []),
        ("شبانه نه زندانی سیاسی را از زندان بیرون بردند.", []),
    ],
)
def test_seized_as_the_object_of_gereftand(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
