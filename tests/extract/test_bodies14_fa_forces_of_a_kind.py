"""Persian forces and militias named only by what kind they are — riot, foreign, auxiliary,
affiliated, jihadist, Christian (نیروهای ضدشورش، شبه‌نظامیان جهادی، پلیس کمکی محلی) — are no
body's name; a militia or a force named by its own name or its country is (شبه‌نظامیان X،
نیروهای عراقی). Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    "text",
    [
        "نیروهای ضدشورش به جمعیت شلیک کردند.",
        "نیروهای نظامی خارجی وارد شدند.",
        "شبه‌نظامیان وابسته به حزب حاکم آمدند.",
        "شبه‌نظامیان جهادی به روستا حمله کردند.",
        "شبه‌نظامیان مسیحی به اردوگاه حمله کردند.",
        "پلیس کمکی محلی در کشتار شرکت کرد.",
    ],
)
def test_forces_of_a_kind_are_no_body(text: str) -> None:
    assert proposed(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("شبه‌نظامیان کاروندو به روستا حمله کردند.", "شبه‌نظامیان کاروندو"),
        ("نیروهای عراقی به روستا حمله کردند.", "نیروهای عراقی"),
    ],
)
def test_forces_named_by_their_name_or_country_are_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")
