"""Heads of Persian bodies beyond the ministries and parties: bodies of study, state and arms
(an institute, a think tank, a guard), and heads that are ordinary
nouns too (جمعیت a crowd, اتحاد unity, پروژه a project, مرکز a centre), which name a body only
as the subject of a report or after its members, forces or leader."""

import pytest
from tests.extract.helpers import annotated

_NAMED = {
    "forces of a party": (
        "در سال ۱۳۷۵ هواداران جمعیت ملی دموکراتیک در قندوز به خیابان آمدند.",
        ["جمعیت ملی دموکراتیک"],
    ),
    "commanders of a union": (
        "شاهدان می‌گویند فرماندهان اتحاد مجاهدین بلوچ دستور تیراندازی دادند.",
        ["اتحاد مجاهدین بلوچ"],
    ),
    "a project reporting, a bracket and an adverb between": (
        "پروژه‌ی حافظه‌ی تاجیکستان (سازمانی غیردولتی) نیز تخمین زد که هزار نفر کشته شدند.",
        ["پروژه\u200cی حافظه\u200cی تاجیکستان"],
    ),
    "a researcher of a centre": (
        "به گفته‌ی یک پژوهشگر مرکز مطالعات صلح اسلو، این آمار ناقص است.",
        ["مرکز مطالعات صلح اسلو"],
    ),
    "a guard of state": (
        "در آن شب گارد ملی تونس خیابان‌ها را بست.",
        ["گارد ملی تونس"],
    ),
    "an assembly in Pashto order": (
        "نمایندگان مشرانو جرگه این قانون را رد کردند و لویه جرگه‌ای تازه خواستند.",
        ["مشرانو جرگه", "لویه جرگه"],
    ),
    "a think tank": (
        "اندیشکده‌ی بروکینگز در پژوهشی به این موضوع پرداخت.",
        ["اندیشکده\u200cی بروکینگز"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _NAMED.values(), ids=_NAMED.keys())
def test_bodies_named(text: str, names: list[str]) -> None:
    assert annotated(text, "organization") == names


_ORDINARY = {
    "a crowd": "جمعیت زیادی در میدان شهر گرد آمدند.",
    "unity": "او گفت اتحاد ملی تنها راه نجات کشور است.",
    "a building project": "کار پروژه‌ی ساخت سد سه سال طول کشید.",
    "a jirga of a tribe": "بزرگان قوم در جرگه‌ی محلی به توافق رسیدند.",
    "a centre of attention": "این پرونده ماه‌ها مرکز توجه رسانه‌ها بود.",
}


@pytest.mark.parametrize("text", _ORDINARY.values(), ids=_ORDINARY.keys())
def test_ordinary_nouns_name_no_body(text: str) -> None:
    assert annotated(text, "organization") == []
