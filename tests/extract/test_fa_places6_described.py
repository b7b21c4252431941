"""A place's head followed only by words that describe it (a position, nearness, size, a
comparative) names no place: روستای بالا is the upper village, شهرهای کوچک‌تر smaller towns."""

from datetime import date

import pytest

from sabt.extract import annotate
from sabt.extract.registry import Registry


def _places(text: str) -> list[str]:
    got = annotate(text, registry=Registry.builtin(), reference_date=date(2024, 1, 1))
    return [m.text for m in got.mentions if m.type == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "چوپان گله را به روستای بالا برد.",
        "بسیاری از خانواده‌ها به شهرهای کوچک‌تر کوچ کردند.",
        "کارگران از روستاهای مجاور آمده بودند.",
        "گزارش‌ها از مناطق دورتر دیرتر رسید.",
    ],
)
def test_described_place_is_no_name(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [("نیروها وارد روستای قلعه‌نو شدند.", "قلعه‌نو"), ("در شهر سقز تظاهرات شد.", "سقز")],
)
def test_named_place_after_its_head(text: str, want: str) -> None:
    assert any(want in place for place in _places(text))
