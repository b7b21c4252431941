"""Words after a Persian place's head, or after an act on a town, that describe and name
nothing: how old or crowded it is, what befell it, whose land it lies in, a conjunction that
opens a clause, how hard an act was."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "گردشگران هر سال به شهر باستانی سر می‌زنند.",
        "در محله‌های پرجمعیت، آب لوله‌کشی نبود.",
        "در محله‌های آسیب‌دیده هنوز برق نیست.",
        "خانواده‌ها از شهر ویران‌شده گریختند.",
        "سیل به سه استان کشور رسید.",
        "باران در شهر اما نه در روستا بارید.",
        "پس از بمباران سنگین، مدرسه‌ها بسته ماند.",
        "گلوله‌باران مداوم تا بهار ادامه یافت.",
    ],
)
def test_a_description_after_a_place_head_or_an_act_is_no_name(text: str) -> None:
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("او در شهر کهنوج به دنیا آمد.", "شهر کهنوج"),
        ("پس از بمباران کهنوج، مردم به کوه رفتند.", "کهنوج"),
    ],
)
def test_a_name_after_the_head_or_the_act_stays(text: str, place: str) -> None:
    assert place in annotated(text, "place")
