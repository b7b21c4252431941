"""The historical record at large is no party ("according to historical accounts", "به روایت
منابع تاریخی"), while historians are; a noun inside an "according to" phrase ("the surviving
records of X") is no verb of asserting. Sentences written for these tests."""

import pytest
from tests.extract.helpers import attributions as _parties


@pytest.mark.parametrize(
    "text",
    [
        "According to historical accounts, some 300 villagers were killed in the raid.",
        "According to contemporary records, at least 120 prisoners were executed that winter.",
        "این سه تن، به روایت منابع تاریخی، در سحرگاه در میدان شهر اعدام شدند.",
        "به گفته‌ی اسناد تاریخی، دست‌کم ۴۰ نفر در این شهر کشته شدند.",
        "بر اساس روایت‌های موجود، دست‌کم ۶۰ نفر در آن شب کشته شدند.",
    ],
)
def test_the_historical_record_is_no_party(text: str) -> None:
    assert _parties(text) == [None]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("According to historians, some 300 villagers were killed in the raid.", "historians"),
        (
            "According to the Foo Truth Commission, some 300 villagers were killed in the raid.",
            "Foo Truth Commission",
        ),
    ],
)
def test_historians_and_bodies_stay_parties(text: str, party: str) -> None:
    assert _parties(text) == [party]


@pytest.mark.parametrize(
    "text",
    [
        "According to the surviving records of the Foo Commission, 300 villagers were killed.",
        "According to the annual reports of the Foo Commission, 300 villagers were killed.",
        "According to the latest counts of the Foo Commission, 300 villagers were killed.",
    ],
)
def test_a_noun_in_an_according_to_phrase_is_no_verb(text: str) -> None:
    assert _parties(text) == ["Foo Commission"]


def test_a_persian_verb_after_a_source_it_quotes_keeps_its_subject() -> None:
    text = "انجمن مدافعان زندانیان به نقل از خانواده‌ها نوشت که ۲۵ زندانی اعدام شدند."
    assert _parties(text) == ["انجمن مدافعان زندانیان"]
