"""A Persian figure before a word that only opens with سال، روز or ماه counts people: "۸
روزنامه‌نگار" (journalists), "۱۲ ماهیگیر" (fishermen), "۳۰ سالمند" (elderly people); the units
of time themselves and their forms (۳ سال، ۲۳ ساله، ۱۰ روزه) are no count."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("به گفته‌ی این گروه، ۸ روزنامه‌نگار بازداشت شدند.", ("arrested", 8)),
        ("در این حمله ۱۲ ماهیگیر کشته شدند.", ("killed", 12)),
        ("ماموران ۳۰ سالمند را در روستا بازداشت کردند.", ("arrested", 30)),
    ],
)
def test_a_word_that_opens_with_a_unit_of_time_is_counted(
    text: str, count: tuple[str, int]
) -> None:
    assert count in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "او ۲۳ ساله بود و ۳ سال زندانی شد.",
        "زندانیان ۱۰ روزه اعتصاب غذا کردند و کسی بازداشت نشد.",
    ],
)
def test_units_of_time_and_their_forms_are_no_count(text: str) -> None:
    assert figures(text) == []
