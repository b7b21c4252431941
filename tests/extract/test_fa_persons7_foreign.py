"""Foreign persons named in Persian with no cue: a foreign given name no Persian word spells
opens a name before any word that may be a family name (`names_abroad_fa`) and names someone
alone before any other word; the foreign given names that are also Persian words (جان life,
کیت a kit, جین jeans) do neither."""

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
    "before a speech verb and its clause": (
        "پاتریک مولر افزود که وضعیت فاجعه‌بار است.",
        ["پاتریک مولر"],
    ),
    "a Turkish name": ("یلماز اوزتورک در استانبول بازداشت شد.", ["یلماز اوزتورک"]),
    "an African officer": (
        "دادگاه کوفی منسا را به جنایت جنگی محکوم کرد.",
        ["کوفی منسا"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_foreign_name_without_cue(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_ALONE = {
    "an adverb after the name": "ماریا همچنان در بازداشت به سر می‌برد.",
    "a preposition in the ezafe": "به گفته‌ی شاهدان، پیتر درباره‌ی این حادثه چیزی نگفت.",
    "a nationality": "دیوید آمریکایی نیست.",
    "a verb with no prefix": "پس از سال‌ها بیماری، ماریا درگذشت.",
    "before a comma": "ماریا، دختر هفت‌ساله‌ی یک خانواده‌ی اوکراینی، زخمی شد.",
    "before a preposition": "هانس در کودکی به آلمان مهاجرت کرد.",
}


@pytest.mark.parametrize("text", _ALONE.values(), ids=_ALONE.keys())
def test_a_foreign_given_name_alone(text: str) -> None:
    """The word after it is no family name, but the given name names someone alone."""
    names = annotated(text, "person")
    assert len(names) == 1 and " " not in names[0]


_NOT_FOUND = {
    "a test kit": "کیت تشخیص سریع در داروخانه‌ها نایاب شد.",
    "jeans": "شلوار جین آبی پوشیده بود.",
    "an award": "فیلم او جایزه اسکار بهترین فیلم را برد.",
    "burning, once a listed name": "خورشید سوزان تابستان کشاورزان را آزرد.",
    "a city": "در میلان تظاهراتی برگزار شد.",
    "a bridge": "پل هوایی به شهر برقرار شد.",
    "life": "جان صدها نفر در خطر است.",
}


@pytest.mark.parametrize("text", _NOT_FOUND.values(), ids=_NOT_FOUND.keys())
def test_no_foreign_name(text: str) -> None:
    assert annotated(text, "person") == []


_PARTICLE = {
    "a Dutch family name alone": ("فان دایک در دادگاه حاضر شد.", ["فان دایک"]),
    "with the article, after the full name": (
        "ژنرال یوهانس فان در برگ، فرمانده نیروها، گفت که حمله عمدی نبود. فان در برگ بعدا "
        "استعفا داد.",
        ["یوهانس فان در برگ", "فان در برگ"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _PARTICLE.values(), ids=_PARTICLE.keys())
def test_family_name_opened_by_a_particle(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


def test_a_lake_is_no_particle() -> None:
    assert annotated("آب دریاچه وان کاهش یافت.", "person") == []


_GIVEN = {
    "a child's name of today": (
        "آرتین و رادین صالحی در حمله کشته شدند.",
        ["آرتین", "رادین صالحی"],
    ),
    "an Afghan name": ("نوراحمد یوسفی در کابل ربوده شد.", ["نوراحمد یوسفی"]),
    "a name that is also a word, before a family name": (
        "شایان کریمی بازداشت شد.",
        ["شایان کریمی"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _GIVEN.values(), ids=_GIVEN.keys())
def test_more_given_names(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_ORDINARY_GIVEN = {
    "a witness": "شاهد عینی گفت که صدای تیراندازی شنیده است.",
    "worthy": "این اقدام شایان توجه است.",
    "the strait": "تنگه هرمز بسته شد.",
    "great": "مسجد کبیر شهر ویران شد.",
}


@pytest.mark.parametrize("text", _ORDINARY_GIVEN.values(), ids=_ORDINARY_GIVEN.keys())
def test_given_names_that_are_words_need_a_family_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_foreign_given_name_inside_a_phrase_is_no_name_alone() -> None:
    assert annotated("کتاب هانس را در کتابخانه خواندند.", "person") == []


def test_a_foreign_given_name_alone_once_is_the_persons_elsewhere() -> None:
    text = "هانس در کودکی به آلمان مهاجرت کرد. کتاب هانس را در کتابخانه خواندند."
    assert annotated(text, "person") == ["هانس", "هانس"]


def test_american_politicians_given_names() -> None:
    text = "لیندزی هارپر و میچ دالتون با طرح مخالفت کردند."
    assert annotated(text, "person") == ["لیندزی هارپر", "میچ دالتون"]


def test_a_slit_and_a_tin_are_no_given_names() -> None:
    assert annotated("پیراهنش چاک خورده بود و پیت حلبی را برداشت.", "person") == []
