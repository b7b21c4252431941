"""A Persian unit of arms or a branch of a service named by its number after the head
(لشکر ۲۷ …، شاخه‌ی ۲۱۵ اطلاعات نظامی); a count after the head is no number of a unit."""

import pytest
from tests.extract.helpers import annotated

_NUMBERED = {
    "a division, in a ruling": (
        "دادگاه دریافت که سربازان لشکر ۹ زرهی در این عملیات شرکت داشتند.",
        "لشکر ۹ زرهی",
    ),
    "a branch, in a report": (
        "زندانیان در بازداشتگاه شاخه‌ی ۲۱۵ اطلاعات نظامی شکنجه شدند.",
        "شاخه\u200cی ۲۱۵ اطلاعات نظامی",
    ),
}


@pytest.mark.parametrize(("text", "name"), _NUMBERED.values(), ids=_NUMBERED.keys())
def test_unit_number(text: str, name: str) -> None:
    assert name in annotated(text, "organization")


def test_a_count_is_no_unit_number() -> None:
    assert annotated("فرمانده گفت یگان ۲۰ نفری به روستا رسید.", "organization") == []
