"""Persons named by a courtly title or as a king (`laqabs_fa`): a Qajar grandee's title alone,
with a half-space or a space, a given name before it, a princess's; a king as his given name
and شاه, with his dynasty; a capital, a regent's post and the Shah unnamed are no person."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "a title alone": ("مشیرالدوله کابینه را تشکیل داد.", ["مشیرالدوله"]),
    "a title with a space": ("قرارداد عین الدوله با روس‌ها امضا شد.", ["عین الدوله"]),
    "a title with its ezafe": ("برکناری امین‌السلطان‌ی پیر خبر شد.", ["امین‌السلطان"]),
    "a given name before it": ("حسن مستوفی‌الممالک به تهران بازگشت.", ["حسن مستوفی‌الممالک"]),
    "a merchant's title": ("امین‌التجار به زندان افتاد.", ["امین‌التجار"]),
    "a king": ("مظفرالدین شاه فرمان مشروطه را امضا کرد.", ["مظفرالدین شاه"]),
    "a king and his dynasty": ("در دوران احمد شاه قاجار مجلس بسته شد.", ["احمد شاه قاجار"]),
    "a king in -الدین as an object": ("ناصرالدین شاه را در حرم کشتند.", ["ناصرالدین شاه"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_courtly_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "a capital": "کاروان به دارالسلطنه رسید.",
    "a regent's post": "نایب‌السلطنه فرمان داد.",
    "a cleric's rank": "شیخ‌الاسلام شهر سخنرانی کرد.",
    "the Shah unnamed": "مردم علیه شاه تظاهرات کردند.",
    "a man who saw the Shah": "محمد شاه را دید.",
    "no royal name": "مهدی شاه بیت را خواند.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_courtly_name(text: str) -> None:
    assert annotated(text, "person") == []
