"""Given names of every era and people of the region (`given_names_fa.txt`, `name_shapes_fa`):
Qajar and Pahlavi women's compounds, Turkic, Kurdish, Baluch, Afghan and Arab names, and
compounds of a word or an opener with a name of the faith (نورعلی، سیدعلی، علیقلی), found
with a family name after them; words in -الله that name no one (حزب‌الله) are no given name."""

import pytest
from tests.extract.helpers import annotated

from sabt.extract.name_shapes_fa import opens_name

_FOUND = {
    "a Qajar woman's compound": ("بدرالملوک صارمی در تهران درگذشت.", ["بدرالملوک صارمی"]),
    "a Turkic man's name": ("ائلدار قاسم‌زاده بازداشت شد.", ["ائلدار قاسم‌زاده"]),
    "a Kurdish woman's name": ("سروه کریم‌پور به زندان منتقل شد.", ["سروه کریم‌پور"]),
    "a Baluch man's name": ("جیئند بامری در زاهدان بازداشت شد.", ["جیئند بامری"]),
    "an Afghan man's name": ("بریالی احمدزی به کابل بازگشت.", ["بریالی احمدزی"]),
    "an Arab name of Khuzestan": ("عبود سواری در اهواز بازداشت شد.", ["عبود سواری"]),
    "a word and a name of the faith": ("امیدعلی رستمی آزاد شد.", ["امیدعلی رستمی"]),
    "an opener and a name": ("سیدمحمد حیدری در دادگاه حاضر شد.", ["سیدمحمد حیدری"]),
    "a name and a Turkic closer": ("علیقلی بهرامی بازداشت شد.", ["علیقلی بهرامی"]),
    "a foreign given name": ("کیمبرلی هاوارد به کابل سفر کرد.", ["کیمبرلی هاوارد"]),
    "a Latin American given name": ("گوستاوو ماچادو از زندان آزاد شد.", ["گوستاوو ماچادو"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_given_name_before_a_family_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NO_GIVEN_NAME = ("حزب‌الله", "جندالله", "آیت‌الله", "بسم‌الله", "نظامیان", "قربانیان", "نداریم")


@pytest.mark.parametrize("word", _NO_GIVEN_NAME)
def test_no_given_name(word: str) -> None:
    assert not opens_name(word)


def test_a_title_in_allah_is_no_name() -> None:
    assert annotated("آیت‌الله منتظری در قم بود.", "person") == ["منتظری"]


@pytest.mark.parametrize("word", ["امیدحسین", "نورحسین", "کریمداد", "محمدبخش"])
def test_unlisted_compound_is_a_given_name(word: str) -> None:
    """A word and a name of the faith (امیدحسین), a name and a Turkic or Persian closer
    (کریمداد), written as one and in no list."""
    assert opens_name(word)
