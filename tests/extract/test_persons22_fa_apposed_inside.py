"""Foreign names in Persian that a post closed between commas marks inside a clause: after a
preposition and its noun (با حضور، به فرمان), or with a family name that has only a shape
after a given name (-ی, an Armenian -یان); and a shrine's foundation (آستان) as a body."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("جلسه با حضور تورگو بلانکوس، وزیر کشور، برگزار شد.", "تورگو بلانکوس"),
        ("نیروها به دستور کاپرنو ترسادو، فرمانده منطقه، عقب رفتند.", "کاپرنو ترسادو"),
        ("در نشست دیروز، گاسپار هوراکیان، سفیر سابق، سخنرانی کرد.", "گاسپار هوراکیان"),
        ("به گزارش شاهدان، ساموئن کلاتی، معاون وزیر، در محل بود.", "ساموئن کلاتی"),
    ],
)
def test_a_name_before_a_closed_post_inside_a_clause(text: str, name: str) -> None:
    assert name in annotated(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        # Both words only of a family name's shape: a common noun and its adjective.
        "در همان سال، نهادهای مرکزی، رئیس دفتر را برکنار کردند.",
        "با حضور سازمان ملل، رئیس هیئت، گفت‌وگو آغاز شد.",
        # A people's plural in -یان has no family name's shape.
        "در روستا، شورشیان مسلح، فرمانده پاسگاه و دو سرباز، را به گروگان گرفتند.",
    ],
)
def test_words_of_no_name_before_a_closed_post_stay_unnamed(text: str) -> None:
    assert annotated(text, "person") == []


def test_both_words_of_a_family_names_shape_are_no_name() -> None:
    text = "به گزارش شاهدان، کاروانی بیابانی، معاون وزیر، را دید."
    assert annotated(text, "person") == []


def test_a_shrines_foundation_is_a_body_no_person() -> None:
    text = "سعید اکبری، متولی آستان نور حسینی، گفت که کار ادامه دارد."
    assert annotated(text, "person") == ["سعید اکبری"]
    assert annotated(text, "organization") == ["آستان نور حسینی"]


@pytest.mark.parametrize(
    "text",
    [
        "ترونکو مالاسیر، از رهبران حزب، و دو همراهش دستگیر شدند.",
        "آن سال، ترونکو مالاسیر، از اعضای شورای شهر، بازداشت شد.",
    ],
)
def test_one_of_a_posts_holders_in_apposition_marks_a_name(text: str) -> None:
    assert annotated(text, "person") == ["ترونکو مالاسیر"]


def test_a_body_among_a_posts_holders_is_no_name() -> None:
    text = "در همان هفته، دفتر حزب، از مسئولان شهر، خواست که بیایند."
    assert annotated(text, "person") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("چهار زندانی، از جمله مین کو لات، نماینده‌ی پیشین، آزاد شدند.", "مین کو لات"),
        ("جلسه با حضور هان تو مینگ، سفیر چین، برگزار شد.", "هان تو مینگ"),
    ],
)
def test_a_name_of_three_words_after_a_preposition_before_a_closed_post(
    text: str, name: str
) -> None:
    assert name in annotated(text, "person")
