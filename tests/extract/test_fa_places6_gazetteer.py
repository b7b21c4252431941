"""Persian place names no world list spells in Persian, and those that are also words.

Towns, regions, rivers and seas of Iran and its neighbours come from a written-out list; a name
that is also a common word (گنبد, a dome; صور, forms) is a place only after a preposition.
"""

from datetime import date

import pytest

from sabt.extract import annotate
from sabt.extract.registry import Registry


def _places(text: str) -> list[str]:
    got = annotate(text, registry=Registry.builtin(), reference_date=date(2024, 1, 1))
    return [m.text for m in got.mentions if m.type == "place"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("دادگاه اعلام کرد که نیروهای امنیتی در قندوز و خان‌یونس حمله کردند.", ["قندوز", "خان‌یونس"]),
        ("کشتی‌ها از دریای سرخ به دریای مدیترانه رفتند.", ["دریای سرخ", "دریای مدیترانه"]),
        ("خانواده‌اش به اشنویه و سپس به نخجوان گریخت.", ["اشنویه", "نخجوان"]),
        ("او در زمان اتحاد جماهیر شوروی در تاشکند زندانی بود.", ["اتحاد جماهیر شوروی", "تاشکند"]),
    ],
)
def test_listed_places(text: str, want: list[str]) -> None:
    assert all(place in _places(text) for place in want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("هیئت دولت نماینده‌ای به گنبد فرستاد و درگیری در گنبد از سر گرفته شد.", "گنبد"),
        ("پدرش اکنون در صور زندگی می‌کند.", "صور"),
        ("شاهدان گفتند ماموران در حومه‌ی خوی سه نفر را بازداشت کردند.", "خوی"),
        ("دادگاه شنید که متهم از بم به کرمان رفته بود.", "بم"),
    ],
)
def test_word_place_after_preposition(text: str, want: str) -> None:
    assert want in _places(text)


@pytest.mark.parametrize(
    "text",
    ["نور از گنبد مسجد می‌تابید.", "این اندیشه به صور مختلف بیان شده است.", "گنبد طلایی دیده می‌شد."],
)
def test_word_not_a_place(text: str) -> None:
    assert not {"گنبد", "صور"} & set(_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "سیف قاضی در دولت تازه وزیر جنگ شد.",
        "کمک مالی دولت به خانواده‌ها قطع شد.",
        "جنگنده‌های سوری انبار را بمباران کردند.",
        "شاهد از بالای بام همه چیز را دید.",
    ],
)
def test_common_word_spelling_a_foreign_town(text: str) -> None:
    assert _places(text) == []
