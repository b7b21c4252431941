"""Public figures written bare in Persian (`known_persons_fa`): a listed full name wherever it
stands, and a listed family name no Persian word spells on its own."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "two leaders by family name": (
        "پوتین و زلنسکی هنوز با یکدیگر دیدار نکرده‌اند.",
        ["پوتین", "زلنسکی"],
    ),
    "an Afghan president whose family name is a word": (
        "اشرف غنی از کشور گریخت.",
        ["اشرف غنی"],
    ),
    "an envoy and a foreign minister": (
        "هانس گروندبرگ با عادل الجبیر گفت‌وگو کرد.",
        ["هانس گروندبرگ", "عادل الجبیر"],
    ),
    "a court's prosecutor by family name": (
        "بنسودا تحقیقات مقدماتی را آغاز کرد.",
        ["بنسودا"],
    ),
    "the longest listed spelling": (
        "گزارش تدروس آدهانوم گبرهیسوس منتشر شد.",
        ["تدروس آدهانوم گبرهیسوس"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_listed_figure(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "rich, the word of a listed family name": "او مردی غنی بود و خانه‌ای بزرگ داشت.",
    "a listed family name inside a longer word": "پوتین‌ها در بازار فروخته نمی‌شوند.",
    "a name broken by a line": "اشرف\nغنی",
    "carpet weavers, the word of a listed name": "زنان قالیباف روستا دستمزد اندکی می‌گیرند.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_not_a_listed_figure(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_rapporteur_and_a_prisoner_of_conscience() -> None:
    text = "مارگارت ساترثویت از بازداشت نسرین ستوده ابراز نگرانی کرد."
    assert annotated(text, "person") == ["مارگارت ساترثویت", "نسرین ستوده"]
