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


def test_a_name_in_quote_marks_is_whole_digits_and_all() -> None:
    text = "به گفته‌ی «انجمن ۵ آذر»، گروهی از وکلای محلی، ۳۰ نفر کشته شدند."
    assert parties(text) == [(30, "انجمن ۵ آذر")]


def test_what_the_narrator_read_is_asserted_by_whom_it_names() -> None:
    text = "سال‌ها بعد در کتابی خواندم که برخی تاریخ‌نگاران شمار کشته‌ها را تا ۸۰۰ نفر می‌دانند."
    assert parties(text) == [(800, "تاریخ‌نگاران")]


def test_and_between_two_objects_of_a_preposition_opens_no_clause() -> None:
    text = (
        _TITLE + "انجمن ما تاکنون هویت ۹ کشته را با گفت‌وگو با خانواده‌ها و بررسی پرونده‌های "
        "بیمارستان تأیید کرده است."
    )
    assert attributions(text)[-1] == "انجمن یادمان زندانیان"


def test_and_after_a_verb_still_opens_a_clause() -> None:
    text = "سخنگوی پلیس به خبرنگاران گفت و فعالان محلی شمار کشته‌ها را بیش از ۴۰ نفر دانستند."
    assert parties(text) == [(40, "فعالان محلی")]


def test_a_plural_anaphor_is_its_heads_plural_not_the_last_speaker() -> None:
    text = (
        _TITLE + "رسانه‌های دولتی نیز به این رویداد پرداختند. انجمن یادمان زندانیان از ۳ کشته "
        "خبر داد. این رسانه‌ها ابتدا از ۱۵ کشته خبر دادند."
    )
    assert parties(text)[-1] == (15, "رسانه‌های دولتی")


def test_a_report_titled_with_its_author_in_quote_marks_is_theirs() -> None:
    text = (
        "شبی در شهر\nبخشی از گزارش «کانون اسناد شمال»، منتشرشده در ۲۵ دی ۱۳۹۴\n\n"
        "ما دست‌کم ۳۶ مورد ناپدیدشدگی قهری را ثبت کرده‌ایم."
    )
    assert parties(text) == [(36, "کانون اسناد شمال")]


def test_a_body_that_gathered_a_list_counts_it_and_says_the_rest() -> None:
    text = (
        "ولی شورای صلح محلی، که بزرگان دو طرف در شهر تشکیل داده بودند، تا پایان مهر همان سال "
        "فهرستی از ۱۲۰ کشته جمع کرد و گفت ۳۰ نفر دیگر هنوز پیدا نشده‌اند."
    )
    assert parties(text) == [(120, "شورای صلح محلی"), (30, "شورای صلح محلی")]


def test_the_narrators_my_is_no_part_of_the_party() -> None:
    text = "به گفته‌ی همسایگان افغان‌ام، در روزهای بعد صدها مرد بازداشت شدند."
    assert {p for _, p in parties(text)} == {"همسایگان افغان"}
