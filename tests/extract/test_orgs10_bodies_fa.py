"""Persian bodies by kind: institutions named by a proper name after their head (دبیرستان،
بیمارستان، موزه، حوزه‌ی علمیه), a watch, a collective, a Sufi order or a sect, a website's
name after its head, a purpose joined by از (دفاع از), the intelligence branches of a force
and the Shah's police named alone (sentences of our own)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("دانش‌آموزان دبیرستان فردوسی تجمع کردند.", "دبیرستان فردوسی"),
        ("پزشکان بیمارستان سینا اعتصاب کردند.", "بیمارستان سینا"),
        ("او سال‌ها بعد از موزه‌ی عبرت دیدن کرد.", "موزه\u200cی عبرت"),
        ("طلاب حوزه علمیه قم تجمع کردند.", "حوزه علمیه قم"),
        ("طلاب حوزه‌ی علمیه‌ی مشهد تجمع کردند.", "حوزه\u200cی علمیه\u200cی مشهد"),
        ("دانشجویان دانشسرای روستایی کالوا ناپدید شدند.", "دانشسرای روستایی کالوا"),
        (
            "دیدبان حقوق بشر بلوچستان در گزارشی نوشت که سه نفر کشته شدند.",
            "دیدبان حقوق بشر بلوچستان",
        ),
        ("مجموعه‌ی فعالان حقوق بشر گزارش داد که او شکنجه شده است.", "مجموعه\u200cی فعالان حقوق بشر"),
        ("پیروان سلسله‌ی قادریه در این مراسم شرکت کردند.", "سلسله\u200cی قادریه"),
        ("مریدان طریقت نقشبندیه به خیابان آمدند.", "طریقت نقشبندیه"),
        ("اعضای فرقه‌ی بهائی بازداشت شدند.", "فرقه\u200cی بهائی"),
    ],
)
def test_body_by_its_head(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "آنان سلسله مراتب فرماندهی را رعایت نکردند.",
        "در دوران سلسله‌ی پهلوی این روستا ویران شد.",
        "مجموعه‌ی اسناد این پرونده منتشر شد.",
        "مجروحان را به بیمارستان قندوز بردند.",
        "سایت هسته‌ای نطنز هدف قرار گرفت.",
        "مجروحان را به بیمارستان صحرایی بردند.",
        "دانش‌آموزان مدرسه‌ی دخترانه تجمع کردند.",
        "فرقه‌ی ضاله در این شهر فعال است.",
        "او کتابخانه‌ی شخصی‌اش را به دانشگاه بخشید.",
    ],
)
def test_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("جمعیت دفاع از زندانیان در بیانیه‌ای این حکم را محکوم کرد.", "جمعیت دفاع از زندانیان"),
        # (از takes no place of the name's three words: a fourth after it stays)
        (
            "جمعیت دفاع از حقوق زندانیان سیاسی در بیانیه‌ای اعلام کرد که دو نفر بازداشت شدند.",
            "جمعیت دفاع از حقوق زندانیان سیاسی",
        ),
    ],
)
def test_a_purpose_joined_by_az_runs_on(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


def test_a_websites_name_is_the_words_after_its_head() -> None:
    text = "وب‌سایت صدای نو، رسانه‌ای نزدیک به معترضان، نوشت که او آزاد شد."
    assert annotated(text, "organization") == ["صدای نو"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("مأموران اطلاعات سپاه او را در خانه‌اش بازداشت کردند.", "اطلاعات سپاه"),
        ("او چهل روز در بازداشتگاه اطلاعات سپاه نگه داشته شد.", "اطلاعات سپاه"),
        ("مأموران اطلاعات ناجا او را احضار کردند.", "اطلاعات ناجا"),
        ("حفاظت اطلاعات ارتش این افسر را بازداشت کرد.", "حفاظت اطلاعات ارتش"),
        ("مأموران ساواک و شهربانی صدها نفر را بازداشت کردند.", "شهربانی"),
        ("مأموران ژاندارمری به روستا آمدند.", "ژاندارمری"),
    ],
)
def test_a_forces_branch(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("کارگران شرکت نفت اعتصاب کردند.", "شرکت نفت"),
        ("هواپیمای شرکت هواپیمایی آسمان سقوط کرد.", "شرکت هواپیمایی آسمان"),
        ("سندیکای کارگران شرکت واحد اعلام کرد.", "سندیکای کارگران شرکت واحد"),
        ("دادگاه کیفری یک استان تهران او را محکوم کرد.", "دادگاه کیفری یک استان تهران"),
        ("پایگاه خبری صدای نو گزارش داد که سه نفر کشته شدند.", "صدای نو"),
        ("اعضای بسیج دانشجویی دانشگاه شریف تجمع کردند.", "بسیج دانشجویی"),
        ("دانشجویان دانشگاه آزاد اسلامی تجمع کردند.", "دانشگاه آزاد اسلامی"),
    ],
)
def test_company_rank_outlet_and_listed(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "این مراسم با شرکت گسترده‌ی مردم برگزار شد.",
        "شرکت دانشجویان در تجمع ممنوع شد.",
        "او در تجمع شرکت کرد.",
    ],
)
def test_taking_part_is_no_company(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("حفاظت اطلاعات وزارت نفت این کارگر را احضار کرد.", "حفاظت اطلاعات وزارت نفت"),
        ("حفاظت اطلاعات دانشگاه تهران این دانشجو را احضار کرد.", "حفاظت اطلاعات دانشگاه تهران"),
    ],
)
def test_a_branch_named_by_its_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


def test_a_name_never_ends_on_a_purposes_az() -> None:
    text = "انجمن دفاع از زندانیان کرد (نهادی ساختگی) نوشت که او را بردند."
    assert not any(body.endswith(" از") for body in annotated(text, "organization"))
