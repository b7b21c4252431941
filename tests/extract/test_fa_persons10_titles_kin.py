"""Cues before a Persian name written whole (`name_words_fa.HONORIFICS`, `persons_fa`): the
ladder of ranks (ارتشبد، دریادار، دگروال), a chain of titles and qualifiers (سردار سرتیپ
پاسدار، آیت‌الله العظمی), the Kurdish Mr, the whole family before a relative's name
(a witness's own too: برادرم), callings and a citizen of a people or a faith; a title's name
stops before a post or a common word, and a title before a verb's noun names no one."""

import pytest
from tests.extract.helpers import annotated

from sabt.extract.persons_fa import persons_and_shaped_places
from sabt.extract.stretch_words_fa import stretch_words

_FOUND = {
    "an army general": ("ارتشبد فریدون جم به لندن رفت.", ["فریدون جم"]),
    "a navy rank": ("دریادار بهمن شمس‌آبادی به تهران آمد.", ["بهمن شمس‌آبادی"]),
    "an Afghan colonel": ("دگروال نصیر آبکار در قندهار کشته شد.", ["نصیر آبکار"]),
    "a chain of titles": ("سردار سرتیپ پاسدار کامیار سمیعی به سوریه رفت.", ["کامیار سمیعی"]),
    "a grand ayatollah": ("آیت‌الله العظمی یوسف کاشانی در قم درگذشت.", ["یوسف کاشانی"]),
    "the Kurdish Mr": ("کاک هەژار به مهاباد بازگشت.", ["هەژار"]),
    "an uncle": ("عمویش بردیا ملکی نیز بازداشت شد.", ["بردیا ملکی"]),
    "a cousin": ("پسرعمویش سامان توکلی را کشتند.", ["سامان توکلی"]),
    "a nephew": ("برادرزاده‌اش کامران میرزایی اعدام شد.", ["کامران میرزایی"]),
    "a witness's brother, again": (
        "برادرم بیژن را هم بردند. بیژن وقتی برگشت چیزی نگفت.",
        ["بیژن", "بیژن"],
    ),
    "our father, not the hour": ("پدرمان حسین ساعت ده به خانه آمد.", ["حسین"]),
    "an aunt with a half-space": ("خاله‌ام شهناز هم آمد.", ["شهناز"]),
    "a Baluch citizen": ("شهروند بلوچ دادرحمان سارانی کشته شد.", ["دادرحمان سارانی"]),
    "a Baha'i citizen": ("شهروند بهایی نگار فرهمند به زندان رفت.", ["نگار فرهمند"]),
    "a women's rights activist": ("فعال حقوق زنان ژیلا کامرانی آزاد شد.", ["ژیلا کامرانی"]),
    "a prisoner of conscience": ("زندانی عقیدتی کیوان نجفی در زندان است.", ["کیوان نجفی"]),
    "a post after a titled name": ("تیمسار نصیری رئیس ساواک بود.", ["نصیری"]),
    "a common word after a titled name": ("مهندس بازرگان نخست‌وزیر شد.", ["بازرگان"]),
    "a book after a titled family name": ("دکتر کاظمی کتاب را به ناشر داد.", ["کاظمی"]),
    "a head noun after a titled name": ("دکتر حسین دانشگاه را ترک کرد.", ["حسین"]),
    "a family name of origin in -‌ای": ("دکتر حسین اژه‌ای گفت.", ["حسین اژه‌ای"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_name_after_its_cue(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "a lady set free": "بانو آزاد شد.",
    "an aunt at home": "خاله‌اش در خانه بود.",
    "an uncle speaking": "عمو گفت که نمی‌داند.",
    "a mother speaking": "مادرش گفت که پسرش بی‌گناه است.",
    "my son taken": "پسرم را بردند.",
    "the motherland": "آنها برای مام وطن جان دادند.",
    "a mufti's ruling": "مفتی اعظم فتوا داد.",
    "your brother": "برادرت کجاست؟",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_name(text: str) -> None:
    assert annotated(text, "person") == []


_KIN_NAMES = {
    "a family name's shape": ("پدرم حسین رستمی دیروز آمد.", "حسین رستمی"),
    "a second given name": ("برادرم علی حسن دیروز آمد.", "علی حسن"),
    "a cue after the name": ("پدرم حسین بازرگان گفت که نمی‌داند.", "حسین بازرگان"),
}


@pytest.mark.parametrize(("text", "name"), _KIN_NAMES.values(), ids=_KIN_NAMES.keys())
def test_relative_named_in_full(text: str, name: str) -> None:
    """The kin rule itself takes the word after the relative's given name."""
    found = persons_and_shaped_places(stretch_words(text, [(0, len(text))]))
    assert [m.text for m in found if m.annotator == "names:kin-fa"] == [name]


def test_titled_name_goes_on_to_a_given_name_in_ye() -> None:
    """A second given name that is also a common word's shape (تقی) goes on the titled name."""
    text = "مهندس کاوه تقی را دید."
    found = persons_and_shaped_places(stretch_words(text, [(0, len(text))]))
    assert [m.text for m in found if m.annotator == "names:honorific-fa"] == ["کاوه تقی"]
