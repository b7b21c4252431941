"""Who asserts a Persian claim (sentences written for these tests): a report's "we" is its
author body; adverbs, months and where people stood are no part of a party; a plural
anaphor refers back to the plural body before it; a fronted phrase of time and its comma
come before the subject; an admission asserts what it admits."""

from tests.extract.helpers import attributions, parties

_TITLE = "گزارش سالانه انجمن یادمان زندانیان – ۱۰ دی ۱۳۹۵\n\n"


def test_a_reports_we_up_to_a_date_is_its_author_body() -> None:
    text = _TITLE + "ما تا ۱۵ مهر ۱۴۰۰ نام ۳۲ بازداشتی را ثبت کرده‌ایم."
    assert attributions(text)[-1] == "انجمن یادمان زندانیان"


def test_our_body_so_far_is_the_author_body() -> None:
    text = _TITLE + "انجمن ما تاکنون هویت دست‌کم ۹ کشته را با بررسی پرونده‌ها تأیید کرده است."
    assert attributions(text)[-1] == "انجمن یادمان زندانیان"


def test_a_plural_anaphor_is_the_plural_body_named_before() -> None:
    text = (
        "رسانه‌های محلی از ۱۲ کشته خبر دادند. این رسانه‌ها ابتدا از ۱۵ کشته خبر دادند و روز "
        "بعد این رقم را به ۲۰ نفر رساندند."
    )
    assert {p for _, p in parties(text)} == {"رسانه‌های محلی"}


def test_and_between_two_months_opens_no_clause() -> None:
    text = (
        "اما خبرنگاران خارجی حاضر در شهر شمار کشته‌ها در تیر و مرداد ۱۳۶۰ را صدها نفر برآورد کردند."
    )
    assert {p for _, p in parties(text)} == {"خبرنگاران خارجی"}


def test_where_people_stood_is_no_part_of_them() -> None:
    text = "ناظران مستقر در اردوگاه شمار کشته‌ها را ۴۰ نفر برآورد کردند."
    assert parties(text) == [(40, "ناظران")]


def test_an_admission_asserts_its_figure() -> None:
    text = "سربازان سابق در دادگاه پذیرفتند که حدود ۴۰۰ نفر کشته شده‌اند."
    assert parties(text) == [(400, "سربازان سابق")]


def test_a_fronted_phrase_of_time_comes_before_the_subject() -> None:
    text = "چند روز بعد، کارکنان بیمارستان محلی در بیانیه‌ای نوشتند که دست‌کم ۲۰۰ نفر کشته شدند."
    assert parties(text) == [(200, "کارکنان بیمارستان محلی")]


def test_a_subject_before_a_phrase_set_off_by_commas_stays_the_subject() -> None:
    text = "خانواده‌های قربانیان، پس از ماه‌ها جست‌وجو، گفتند که ۵۰ نفر کشته شدند."
    assert parties(text) == [(50, "خانواده‌های قربانیان")]
