"""A Persian report's "we" is its author, named on a byline under its title or in its release
title; «بر اساس فهرست ما», «فهرستی که تهیه کرده‌ایم» are that author's counts (sentences
written for these tests)."""

from tests.extract.helpers import attributions

_END = "\nپرونده‌ی این معدن همچنان باز است.\n"


def _report(title: str, byline: str, body: str) -> str:
    return f"{title}\n\n{byline}\n\n{body}\n{_END}"


def test_a_byline_under_the_title_names_who_we_are() -> None:
    text = _report(
        "گزارش ویژه: ده سال پس از سیل",
        "کانون پایش حقوق کارگران (نهادی ساختگی) – ۳ مهر ۱۴۰۱",
        "وزارت کشور اعلام کرد که ۹ نفر کشته شدند. بررسی‌های ما نشان می‌دهد که ۳۰ نفر بازداشت شدند.",
    )
    assert attributions(text) == ["وزارت کشور", "کانون پایش حقوق کارگران"]


def test_a_headline_under_a_dateline_is_no_byline() -> None:
    # the line under the dateline ends on no date: a headline that names a body, not its author
    text = _report(
        "تبریز – ۳ مهر ۱۴۰۱",
        "کانون پایش حقوق کارگران: بازداشت‌ها ادامه دارد",
        "وزارت کشور اعلام کرد که ۹ نفر کشته شدند. بررسی‌های ما نشان می‌دهد که ۳۰ نفر بازداشت شدند.",
    )
    assert attributions(text) == ["وزارت کشور", None]


def test_the_reports_own_narrative_stays_its_own_voice() -> None:
    # a byline tells who "we" are; a figure told with no one asserting it is no "we"
    text = _report(
        "گزارش ویژه: ده سال پس از سیل",
        "کانون پایش حقوق کارگران (نهادی ساختگی) – ۳ مهر ۱۴۰۱",
        "در شب نخست دست‌کم پنج کارگر کشته شدند.",
    )
    assert attributions(text) == [None]


def test_our_list_is_the_authors() -> None:
    text = _report(
        "گزارش ویژه: ده سال پس از سیل",
        "کانون پایش حقوق کارگران (نهادی ساختگی) – ۳ مهر ۱۴۰۱",
        "بر اساس فهرست ما، ۶۰ معدنچی تا پایان آن ماه بازداشت شدند.",
    )
    assert attributions(text) == ["کانون پایش حقوق کارگران"]


def test_a_list_we_drew_up_is_ours() -> None:
    text = _report(
        "گزارش ویژه: ده سال پس از سیل",
        "کانون پایش حقوق کارگران (نهادی ساختگی) – ۳ مهر ۱۴۰۱",
        "طبق فهرستی که تهیه کرده‌ایم، ۲۱ معدنچی زیر آوار کشته شدند.",
    )
    assert attributions(text) == ["کانون پایش حقوق کارگران"]


def _release(issuer: str) -> str:
    return (
        f"اطلاعیه‌ی مطبوعاتی {issuer}\n۵ آبان ۱۴۰۲\n\n"
        "طبق فهرستی که تهیه کرده‌ایم، ۱۸ کشاورز کنار مزرعه‌هایشان کشته شدند.\n\n"
        f"{issuer} از دولت می‌خواهد پاسخ دهد.{_END}"
    )


def test_a_release_title_names_its_issuer_as_the_text_names_it_later() -> None:
    # the body's name holds a place's: in the title no name rule reads it as a body's
    assert attributions(_release("کانون همبستگی بوینس آیرس")) == ["کانون همبستگی بوینس آیرس"]


def test_a_release_titles_issuer_is_its_whole_name() -> None:
    # in the title a name rule reads only the first words of it
    assert attributions(_release("انجمن همبستگی سیرا لئونه")) == ["انجمن همبستگی سیرا لئونه"]
