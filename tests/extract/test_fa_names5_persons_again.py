"""Persian persons named by a leadership held as a verbal noun (به رهبری X Y، تحت فرماندهی X Y),
and named again alone: by the family name of such a name, and by the first of two given names
(an Arab's name and his father's, with no family name)."""

import pytest
from tests.extract.helpers import annotated

_LED = {
    "a militia led by": (
        "شبه‌نظامیانی به رهبری گلبدین حکمتیار شهر را گلوله‌باران کردند. حکمتیار بعدها به دولت پیوست.",
        ["گلبدین حکمتیار", "حکمتیار"],
    ),
    "a unit under command, in a ruling": (
        "دادگاه دریافت که گردان سوم تحت فرماندهی راتکو ملادیچ در این کشتار دست داشت.",
        ["راتکو ملادیچ"],
    ),
    "a commission chaired by": (
        "کمیسیونی به ریاست ویکتوریا گومز، که سه ماه کار کرد، گزارش نهایی را منتشر کرد.",
        ["ویکتوریا گومز"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _LED.values(), ids=_LED.keys())
def test_led_by(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_LED = {
    "a country leads": "ائتلافی به رهبری عربستان سعودی به یمن حمله کرد.",
    "a body leads": "دولتی به ریاست حزب کارگر تشکیل شد.",
}


@pytest.mark.parametrize("text", _NOT_LED.values(), ids=_NOT_LED.keys())
def test_not_led_by_a_person(text: str) -> None:
    assert annotated(text, "person") == []


def test_the_first_of_two_given_names_again() -> None:
    text = (
        "در بصره، یاسین طه، فرمانده‌ی پادگان، دستور تیرباران را داد. سربازان از یاسین "
        "فرمان می‌بردند و پس از فرار یاسین در سال ۲۰۰۳ کسی پاسخگو نشد."
    )
    assert annotated(text, "person").count("یاسین") == 2


def test_the_first_given_name_before_another_name_is_not_again() -> None:
    text = "علی حسن، فرمانده‌ی تیپ، گفت که دستور را اجرا کرد. علی رضایی، وکیل خانواده، گفت نه."
    assert "علی" not in annotated(text, "person")
