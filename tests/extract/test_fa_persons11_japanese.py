"""Japanese names in Persian script (`name_shapes_fa`, `data/family_names_japanese_fa.txt` and
the Japanese given names of `data/given_names_foreign_fa.txt`): a listed family name is a person
alone, as the press names a Japanese person after the first mention, and a listed given name
opens the full name before it; a Japanese place stays a place."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "a family name alone, mid-sentence": (
        "پس از جنگ تاناکا و سایتو به اعدام محکوم شدند.",
        ["تاناکا", "سایتو"],
    ),
    "a given name before the family name": (
        "دادگاه سابورو ناکامورا را به حبس ابد محکوم کرد.",
        ["سابورو ناکامورا"],
    ),
    "a woman's given name before the family name": (
        "میچیکو هاشیموتو از بازماندگان آن روز بود.",
        ["میچیکو هاشیموتو"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_japanese_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


def test_a_japanese_city_is_no_person() -> None:
    assert annotated("بمب اتمی بر ناگازاکی فرو افتاد.", "person") == []
