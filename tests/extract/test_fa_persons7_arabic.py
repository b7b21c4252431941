"""Arab names in Persian with no cue (`names_abroad_fa`): a given name before a word under the
article (سمیر الحداد), and two given names side by side, a name and a father's (یاسین عمار),
with a third word under the article or of a family name's shape."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "a family name under the article": (
        "سمیر الحداد به زندان محکوم شد.",
        ["سمیر الحداد"],
    ),
    "a name and a father's": (
        "پس از آزادی، یاسین عمار به خانه بازگشت.",
        ["یاسین عمار"],
    ),
    "a name, a father's and the article": (
        "دادگاه ولید حسن الخطیب را محاکمه کرد.",
        ["ولید حسن الخطیب"],
    ),
    "a compound given name written apart, then a family name": (
        "محمد حسین کریمی در زندان درگذشت.",
        ["محمد حسین کریمی"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_arab_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "especially": "علی الخصوص در ماه‌های اخیر وضعیت بدتر شد.",
    "two names joined by and": "حسن و حسین به مدرسه رفتند.",
    "God's epithets": "نامه با «به نام خداوند رحمان رحیم» آغاز می‌شد.",
    "a creed": "بر پرچم نوشته بودند لا اله الا الله محمد رسول الله.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_arab_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_title_spelt_like_a_compound_name_is_no_given_name() -> None:
    assert annotated("آیت‌الله حسن را نمی‌شناخت.", "person") == ["حسن"]
