"""A named hospital, school, church or factory in Persian is the place where things happen;
a body where one of its own people stands before it."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("صدها نفر در کلیسای سن میگل پناه گرفتند.", "کلیسای سن میگل"),
        ("بیماران بیمارستان روانی پاولوف نیز کشته شدند.", "بیمارستان روانی پاولوف"),
        ("سه دانشجو بر بام مدرسه‌ی ستاره تیرباران شدند.", "مدرسه‌ی ستاره"),
        ("سربازان در کارخانه‌ی نیسان تسلیم شدند.", "کارخانه‌ی نیسان"),
        ("مجروحان به بیمارستان سینا منتقل شدند.", "بیمارستان سینا"),
    ],
)
def test_a_named_building_is_a_place(text: str, site: str) -> None:
    assert site in annotated(text, "place")
    assert site not in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("اسقف اعظم کلیسای جنوب پس از بازداشت ناپدید شد.", "کلیسای جنوب"),
        ("پزشکان بیمارستان الشفاء گفتند ۴۰ نفر کشته شدند.", "بیمارستان الشفاء"),
        ("دانش‌آموزان دبیرستان فردوسی تجمع کردند.", "دبیرستان فردوسی"),
    ],
)
def test_a_building_after_its_own_people_is_a_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


def test_a_compound_verbs_noun_after_a_building_is_no_name() -> None:
    text = "جسد برادرم را در سردخانه‌ی بیمارستان پیدا کردیم."
    assert annotated(text, "place") == []
