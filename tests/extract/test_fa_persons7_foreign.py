"""Foreign persons named in Persian with no cue: a foreign given name no Persian word spells
opens a name before any word that may be a family name (`names_abroad_fa`), and the foreign
given names that are also Persian words (جان life, کیت a kit, جین jeans) do not."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "an unlisted Russian family name": (
        "به گفته‌ی ماریا زاخارووا این اقدام غیرقانونی بود.",
        ["ماریا زاخارووا"],
    ),
    "a Latin American witness": (
        "خوزه رامیرس به همراه خانواده‌اش از مرز گذشت.",
        ["خوزه رامیرس"],
    ),
    "a French envoy in a genitive": (
        "سفر فرانسوا دولاتر به بیروت چند روز به تعویق افتاد.",
        ["فرانسوا دولاتر"],
    ),
    "a German name with a particle": (
        "گزارش کارل فون هوفمان به پارلمان رسید.",
        ["کارل فون هوفمان"],
    ),
    "two given names and a family name": (
        "کتاب‌های ژان ژاک روسو در کتابخانه بود.",
        ["ژان ژاک روسو"],
    ),
    "two family names before a post": (
        "انریکه پنیا نیتو، رئیس‌جمهور وقت، از خانواده‌ها دیدار کرد.",
        ["انریکه پنیا نیتو"],
    ),
    "an African officer": (
        "دادگاه کوفی منسا را به جنایت جنگی محکوم کرد.",
        ["کوفی منسا"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_foreign_name_without_cue(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_FOUND = {
    "an adverb after the name": "ماریا همچنان در بازداشت به سر می‌برد.",
    "a preposition in the ezafe": "به گفته‌ی شاهدان، پیتر درباره‌ی این حادثه چیزی نگفت.",
    "a nationality": "دیوید آمریکایی نیست.",
    "a test kit": "کیت تشخیص سریع در داروخانه‌ها نایاب شد.",
    "jeans": "شلوار جین آبی پوشیده بود.",
    "an award": "فیلم او جایزه اسکار بهترین فیلم را برد.",
    "burning, once a listed name": "خورشید سوزان تابستان کشاورزان را آزرد.",
    "a city": "در میلان تظاهراتی برگزار شد.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_foreign_name(text: str) -> None:
    assert annotated(text, "person") == []
