"""Round 8, Persian bodies and places: a body with an ordinary head (مرکز) named as such by a
bracket after it or reporting through others (به نقل از … نوشت), a predicate's adjective after
a head (از رادیو خواستار کمک شد: no body), courts in the plural (no one body), a plural place
head described first (روستاهای اطراف …: no place), and a field named by its use (میدان نبرد)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "مرکز اسناد دشتستان (نهادی ساختگی برای این گزارش) اعلام کرد که ۲۰ نفر بازداشت شدند.",
            "مرکز اسناد دشتستان",
        ),
        (
            "مرکز مطالعات هورامان (سازمانی غیردولتی) فهرست قربانیان را منتشر کرد.",
            "مرکز مطالعات هورامان",
        ),
        (
            "مرکز اسناد کویر به نقل از خانواده‌ها نوشت که ۹ نفر اعدام شدند.",
            "مرکز اسناد کویر",
        ),
    ],
)
def test_a_centre_named_as_a_body(text: str, name: str) -> None:
    assert annotated(text, "organization") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "فرمانده پادگان از رادیو خواستار کمک فوری شد.",
        "ارتش مدعی شد که کسی کشته نشده است.",
        "او در مرکز شهر زندگی می‌کرد.",
    ],
)
def test_a_predicate_or_an_ordinary_centre_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    "text",
    [
        "او حاکم شرع دادگاه‌های انقلاب در استان بود.",
        "صدها نفر در دادگاه‌های نظامی محاکمه شدند.",
    ],
)
def test_courts_in_the_plural_are_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


def test_one_court_is_still_a_body() -> None:
    text = "دادگاه انقلاب ارومیه او را به اعدام محکوم کرد."
    assert annotated(text, "organization") == ["دادگاه انقلاب ارومیه"]


@pytest.mark.parametrize(
    "text",
    [
        "دادگاه در روستاهای اطراف جلسه‌های کوتاهی برگزار کرد.",
        "ماموران به شهرهای همسایه نیروهای تازه فرستادند.",
        "شهر پس از چند ماه به میدان نبرد بدل شد.",
        "سربازان از میدان مین گذشتند.",
    ],
)
def test_described_places_and_fields_by_use_are_no_place(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_named_square_is_still_a_place() -> None:
    assert annotated("معترضان در میدان آزادی تجمع کردند.", "place") == ["میدان آزادی"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("او پس از جنگ از پاکستان شرقی به هند بریتانیا رفت.", ["پاکستان شرقی", "هند بریتانیا"]),
        ("سربازانی از سراسر آفریقای غربی فرانسه به جبهه فرستاده شدند.", ["آفریقای غربی فرانسه"]),
        ("خانواده‌اش از امپراتوری عثمانی گریخت.", ["امپراتوری عثمانی"]),
    ],
)
def test_former_states_in_persian(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "اداره‌ی کل اطلاعات سیستان و بلوچستان اعلام کرد که سه نفر بازداشت شدند.",
            "اداره‌ی کل اطلاعات سیستان و بلوچستان",
        ),
        ("دادگستری کهگیلویه و بویراحمد حکم را تأیید کرد.", "دادگستری کهگیلویه و بویراحمد"),
    ],
)
def test_a_bodys_province_joined_by_and(text: str, name: str) -> None:
    assert annotated(text, "organization") == [name]
    assert annotated(text, "place") == []


def test_a_province_joined_by_and_alone_is_a_place() -> None:
    text = "او در استان سیستان و بلوچستان زندگی می‌کرد."
    assert annotated(text, "organization") == []


def test_forces_named_by_a_state_in_i() -> None:
    text = "پس از خروج نیروهای شوروی از شمال ایران، ارتش بازگشت."
    assert annotated(text, "organization") == ["نیروهای شوروی"]
    assert annotated(text, "place") == ["ایران"]


@pytest.mark.parametrize(
    "text",
    [
        "سه تن از رهبران کانون ربوده و کشته شدند.",
        "سرنوشت صدها نفر که به دست نیروهای دولتی ناپدید شده‌اند نامعلوم است.",
        "اعضای انجمن بازداشت و اعدام شدند.",
    ],
)
def test_a_verb_after_a_head_names_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    "text",
    [
        "حدود سی نفر را در بازداشتگاه شهربانی نگه داشته بودند.",
        "ماموران در زندان مرکزی آتش زده شدند.",
    ],
)
def test_a_compound_verb_after_a_place_is_not_its_name(text: str) -> None:
    assert not any(word in place for place in annotated(text, "place") for word in ("نگه", "آتش"))


def test_a_party_named_before_and_is_still_a_body() -> None:
    assert annotated("حزب توده و کانون نویسندگان ایران غیرقانونی شدند.", "organization")[0] == (
        "حزب توده"
    )
