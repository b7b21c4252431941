"""A people's government named with its land is a body: حکومت ملی X، دولت خودمختار X.

The national or autonomous government of a land (a known place) is the name of a body apart
from the state's; حکومت with the kinds that name دولت (حکومت موقت) is one too. Martial law
(حکومت نظامی) and a national government named after its head (حکومت ملی X, X a person) are
not.
"""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("نمایندگان در مهاباد حکومت ملی کردستان را اعلام کردند.", "حکومت ملی کردستان"),
        ("وزیر فرهنگ حکومت خودمختار آذربایجان استعفا داد.", "حکومت خودمختار آذربایجان"),
        ("حکومت موقت انتخابات را یک سال عقب انداخت.", "حکومت موقت"),
        # A land of two words is read whole, not cut at its first (کردستان alone is a place too).
        ("وزیر فرهنگ حکومت خودمختار کردستان عراق استعفا داد.", "حکومت خودمختار کردستان عراق"),
    ],
)
def test_government_named_with_its_land_or_kind(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "در شهر حکومت نظامی اعلام شد.",
        "حکومت ملی مصدق در مرداد سقوط کرد.",
    ],
)
def test_no_land_after_the_kind(text: str) -> None:
    assert not any(b.startswith("حکومت") for b in annotated(text, "organization"))
