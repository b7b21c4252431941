"""Persian people counted as the object (را) of گرفتند, right after it or after a time, were
seized: arrested («چهل جوان را گرفتند»); and the object of an act may be taken from a whole of
two words or joined by و to another group («بیست نفر از کارگران و چند نفر از … را»)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ماموران حدود پنجاه جوان را گرفتند و به زندان شهر بردند.", [("arrested", 50)]),
        ("ماموران حدود پنجاه جوان بلوچ را گرفتند و به زندان شهر بردند.", [("arrested", 50)]),
        ("برادرم و دو پسرعمویم را همان شب گرفتند.", [("arrested", 3)]),
        (
            "می‌گویند آن ماه بیش از سی نفر از معلمان و چند نفر از دانشجویان را گرفتند.",
            [("arrested", 30)],
        ),
        ("ماموران حدود بیست نفر از جوانان روستا را هم با خود بردند.", [("arrested", 20)]),
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
