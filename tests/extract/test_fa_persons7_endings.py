"""Family names known by their ending alone (`name_shapes_fa`): the Persian -منش and -نسب, and
the endings of the former Soviet lands and the Balkans as Persian writes them (-وف، -ایف،
-ووا، -نکو، -سکی، -ویچ), found as a person with no cue; ordinary words so ending are not."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "a Persian -منش": ("خانواده‌ی کاوه دانش‌منش خواستار آزادی او شدند.", ["کاوه دانش‌منش"]),
    "a Persian -نسب, alone": ("حکم اعدام حسینی‌نسب تأیید شد.", ["حسینی‌نسب"]),
    "a Russian -ov, alone": ("به گفته‌ی موروزوف، ستون نظامی عقب نشست.", ["موروزوف"]),
    "a Kazakh -ev": ("نظربایف سه دهه بر قزاقستان حکومت کرد.", ["نظربایف"]),
    "a Russian -ova": ("پتروووا در دادگاه حاضر نشد.", ["پتروووا"]),
    "a Ukrainian -enko": ("دولت تیموشنکو سقوط کرد.", ["تیموشنکو"]),
    "a Polish -ski": ("کوالسکی در بازداشت است.", ["کوالسکی"]),
    "a Serbian -vić": ("یوکوویچ به جنایت علیه بشریت محکوم شد.", ["یوکوویچ"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_family_name_by_its_ending(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "famous": "این روزنامه‌نگار معروف به زندان افتاد.",
    "a philosopher": "این فیلسوف در تبعید درگذشت.",
    "duties": "وظایف دولت در این زمینه روشن است.",
    "a spiral": "جاده‌ای مارپیچ به روستا می‌رسید.",
    "a sandwich": "او یک ساندویچ خرید.",
    "proportionate": "واکنش پلیس متناسب نبود.",
    "a ski resort": "پیست اسکی بسته شد.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_family_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_an_iranian_family_name_of_origin_after_a_given_name() -> None:
    assert annotated("علی تهرانی به زندان منتقل شد.", "person") == ["علی تهرانی"]


def test_a_town_in_he_with_its_ai_of_origin_after_a_given_name() -> None:
    assert annotated("مهدی ساوه‌ای به زندان منتقل شد.", "person") == ["مهدی ساوه‌ای"]


def test_an_indefinite_noun_in_he_is_no_family_name() -> None:
    assert annotated("خانواده نامه‌ای به دادستان نوشتند.", "person") == []
