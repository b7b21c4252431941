"""Family names by shape (`name_shapes_fa`): a given name's -یان of descent (کاظمیان), an
Armenian -یان after a given name, the Baluch clan's -زهی and an Arab tribe's بنی‌ alone, a
town's shape with the -ی of origin after a given name; the plurals of people's kinds
and dynasties that share the -یان (نظامیان، ساسانیان) are no family name."""

import pytest
from tests.extract.helpers import annotated

from sabt.extract.name_shapes_fa import after_given_name_shape, family_shape

_FOUND = {
    "a given name's -یان": ("نسیم جعفریان در دادگاه حاضر شد.", ["نسیم جعفریان"]),
    "-ییان after a name in -ا": ("سامان مصطفاییان آزاد شد.", ["سامان مصطفاییان"]),
    "an Armenian -یان": ("وارطان میناسیان به زندان افتاد.", ["وارطان میناسیان"]),
    "a Baluch -زهی alone": ("حکم اعدام شه‌بخش‌زهی اجرا شد.", ["شه‌بخش‌زهی"]),
    "an Arab tribe's بنی‌": ("حکم اعدام بنی‌عامری اجرا شد.", ["بنی‌عامری"]),
    "a town's shape of origin": ("مهدی کریم‌آبادی آزاد شد.", ["مهدی کریم‌آبادی"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_family_name_by_its_shape(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "soldiers after a name's object": "مهدی نظامیان را دید.",
    "a dynasty": "امپراتوری ساسانیان سقوط کرد.",
    "Christians": "مسیحیان در این شهر زندگی می‌کنند.",
    "students": "دانشجویان در دانشگاه تجمع کردند.",
    "Iranians": "ایرانیان خارج از کشور تظاهرات کردند.",
    "mankind": "حقوق بنی‌آدم پایمال شد.",
    "a provincial teacher": "معلم شهرستانی به تهران آمد.",
    "a noun's ezafe, no -زهی": "بدون اجازه‌ی دادستان کسی را نمی‌دیدند.",
    "an anti-personnel mine, no -far": "کودکی با انفجار مین ضدنفر زخمی شد.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_family_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_dynasty_is_no_family_name_alone() -> None:
    assert family_shape("ساسانیان") == 0


def test_a_towns_people_is_no_family_name_after_a_given_name() -> None:
    assert after_given_name_shape("اصفهانیان") == 0


@pytest.mark.parametrize("word", ["دانشجویان", "شورشیان"])  # students, rebels
def test_a_plural_of_people_is_no_family_name_after_a_given_name(word: str) -> None:
    assert after_given_name_shape(word) == 0
    assert after_given_name_shape("پطروسیان") == 1  # an Armenian family name of that shape


@pytest.mark.parametrize("word", ["قاسم‌آبادی", "خرم‌دشتی"])
def test_a_town_known_by_its_shape_gives_a_family_name(word: str) -> None:
    assert family_shape(word) == 1
