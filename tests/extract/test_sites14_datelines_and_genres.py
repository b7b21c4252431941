"""A dateline whose date opens on its day is a place's; a document's kind opening a line before
its dash ("PRESS RELEASE —", «یادداشت تاریخی –») is no place and no body; a government named by
its kind in Persian (دولت موقت) is a body."""

import pytest
from tests.extract.helpers import annotated, proposed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Summary\n\nKARACHI, 4 March 2019 — A court in the city sentenced six men.", "KARACHI"),
        ("Note\n\nDAEGU, South Korea, 2 May 2024 — Relatives met the governor.", "DAEGU"),
    ],
)
def test_a_datelines_date_may_open_on_its_day(text: str, place: str) -> None:
    assert place in proposed(text, "place")
    assert place not in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE — for immediate release, 3 June 2021\n\nThe families ask for an inquiry.",
        "STATEMENT — 9 May 2020\n\nWe condemn the shooting of protesters.",
    ],
)
def test_a_documents_kind_in_capitals_is_no_place(text: str) -> None:
    assert not proposed(text, "place")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "سرکوب در شهر\n\nیادداشت تاریخی – دوشنبه ۴ مهر ۱۴۰۱\n\nآن شب باران بارید.",
            "یادداشت تاریخی",
        ),
        ("آن روزها\n\nروایت شاهد – ۳ آبان ۱۴۰۲\n\nما به خیابان رفتیم.", "روایت شاهد"),
    ],
)
def test_a_documents_kind_in_persian_is_no_outlet(text: str, label: str) -> None:
    assert label not in proposed(text, "organization")
    assert label not in proposed(text, "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("در آن ماه نخست‌وزیر دولت موقت هیئتی را به شهر فرستاد.", "دولت موقت"),
        ("دولت انتقالی این کشور عملیات را تأیید کرد.", "دولت انتقالی"),
        ("دولت وحدت ملی از مردم خواست به خیابان بیایند.", "دولت وحدت ملی"),
    ],
)
def test_a_government_named_by_its_kind_is_a_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


def test_a_government_named_by_its_country_or_in_the_plural_is_none() -> None:
    text = "دولت عراق و دولت‌های موقت منطقه سکوت کردند."
    assert not annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # Staying under siege: the word after the act is its verb.
        "شهرک سه هفته در محاصره ماند و راه‌ها بسته بود.",
        # A time of day after nearness.
        "تیراندازی تا نزدیک غروب ادامه داشت.",
        # The dead taken in during a siege.
        "در روزهای محاصره پیکر ده‌ها نفر به درمانگاه آورده شد.",
    ],
)
def test_a_verb_a_time_or_the_dead_after_a_places_cue_is_no_place(text: str) -> None:
    assert not proposed(text, "place")


def test_a_town_after_its_siege_is_still_a_place() -> None:
    assert "کوبانی" in proposed("نیروهای مهاجم محاصره کوبانی را تنگ‌تر کردند.", "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("جمعیت از ایستگاه مترو تاکسکینا به سوی میدان راه افتاد.", "ایستگاه مترو تاکسکینا"),
        ("انفجار در برابر مکتب عبدالرحیم شهید در غرب شهر رخ داد.", "مکتب عبدالرحیم شهید"),
    ],
)
def test_a_named_station_or_afghan_school_is_a_place(text: str, place: str) -> None:
    assert place in proposed(text, "place")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A spokesman for the US military said two soldiers died.", "US military"),
        ("UK forces withdrew from the district in May.", "UK forces"),
        ("Kalewan paratroopers landed at the airport at dawn.", "Kalewan paratroopers"),
    ],
)
def test_a_nations_forces_in_initials_or_of_one_arm_are_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


def test_a_government_named_by_its_countrys_initials_is_none() -> None:
    assert "US government" not in proposed("The US government denied the report.", "organization")
