"""Persian attribution: a report's describing words before its issuer ("آمار رسمی دولت"),
what a report states ("در گزارش X آمده است"), what a body put in its own report ("در گزارش
خود آورده است"), and counting in the first person (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_official_statistics_of_the_government() -> None:
    text = "آمار رسمی دولت حاکی است که ۴۰ نفر کشته شده‌اند."
    assert parties(text) == [(40, "دولت")]


def test_the_latest_report_of_a_body() -> None:
    text = "تازه‌ترین گزارش کانون مدافعان حقوق بشر نشان می‌دهد که ۴۰ نفر کشته شده‌اند."
    assert parties(text) == [(40, "کانون مدافعان حقوق بشر")]


def test_stated_in_a_bodys_report() -> None:
    text = "در گزارش کانون مدافعان حقوق بشر آمده است که ۴۰ نفر کشته شده‌اند."
    assert parties(text) == [(40, "کانون مدافعان حقوق بشر")]


def test_stated_in_a_statement_of_an_association() -> None:
    text = "در بیانیه‌ی انجمن صنفی معلمان آمده است که ۴۰ معلم بازداشت شده‌اند."
    assert parties(text) == [(40, "انجمن صنفی معلمان")]


def test_stated_in_the_report_of_this_organisation() -> None:
    text = (
        "کانون مدافعان حقوق بشر گزارشی منتشر کرد. در گزارش این سازمان آمده است که ۴۰ نفر "
        "کشته شده‌اند."
    )
    assert parties(text) == [(40, "کانون مدافعان حقوق بشر")]


def test_put_in_its_own_report() -> None:
    text = "کانون مدافعان حقوق بشر در گزارش خود آورده است که ۴۰ نفر کشته شده‌اند."
    assert parties(text) == [(40, "کانون مدافعان حقوق بشر")]


def test_near_miss_bringing_prisoners_is_no_assertion() -> None:
    text = "ماموران ۴۰ نفر را به زندان آوردند و سپس ۱۲ نفر اعدام شدند."
    assert all(party is None for _, party in parties(text))


def test_a_witness_counting_in_the_first_person() -> None:
    text = "مریم صالحی شاهد آن شب بود. او می‌گوید: ما ۴۰ جسد را در خیابان شمردیم."
    assert parties(text) == [(40, "مریم صالحی")]


def test_a_weekday_before_report_is_no_according_to() -> None:
    text = (
        "کانون مدافعان حقوق بشر روز دوشنبه گزارش سالانه‌ی خود را منتشر کرد. این نهاد می‌گوید "
        "۲۵۰ نفر اعدام شده‌اند."
    )
    assert parties(text) == [(250, "کانون مدافعان حقوق بشر")]


def test_a_weekday_before_a_report_verb_keeps_the_subject() -> None:
    text = "وزارت کشور روز پنجشنبه گزارش داد که ۴۰ نفر کشته شده‌اند."
    assert parties(text) == [(40, "وزارت کشور")]


def test_stated_in_this_report_under_its_title() -> None:
    text = "گزارش کانون مدافعان حقوق بشر\n\nدر این گزارش آمده است که ۳۰۰ نفر بازداشت شده‌اند."
    assert parties(text) == [(300, "کانون مدافعان حقوق بشر")]


def test_we_recorded_in_a_bodys_own_text() -> None:
    text = "کانون مدافعان حقوق بشر\n\nما در سال گذشته اعدام ۲۵۰ نفر را ثبت کردیم."
    assert parties(text) == [(250, "کانون مدافعان حقوق بشر")]


def test_the_act_before_a_count_is_no_part_of_the_subject() -> None:
    text = "وزارت بهداشت مرگ ۵۰ نفر را تأیید کرد."
    assert parties(text) == [(50, "وزارت بهداشت")]


def test_according_to_them_is_the_plural_the_sentence_before_opened_on() -> None:
    text = (
        "فعالان محلی از آغاز اعتراض‌ها بازداشت‌ها را دنبال کرده‌اند. به گفته‌ی آن‌ها، ۲۴۰ نفر "
        "بازداشت شده‌اند."
    )
    assert parties(text) == [(240, "فعالان محلی")]


def test_near_miss_a_city_is_no_plural_that_speaks() -> None:
    text = "تهران در آن روز آرام بود. به گفته‌ی آن‌ها، ۲۴۰ نفر اعدام شده‌اند."
    assert parties(text) != [(240, "تهران")]
