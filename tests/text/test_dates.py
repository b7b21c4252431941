"""find_dates and parse_date: three calendars, two scripts, ranges with their precision."""

from datetime import date

import pytest

from sabt.text.dates import DateRange, claimed_spans, find_dates, parse_date

REF = date(1988, 9, 1)  # a Thursday
D = date.fromisoformat


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "calendar", "span"),
    [
        (
            "On 19 July 1988 they were taken",
            "1988-07-19",
            "1988-07-19",
            "day",
            "gregorian",
            "19 July 1988",
        ),
        ("on 19th July, 1988", "1988-07-19", "1988-07-19", "day", "gregorian", "19th July, 1988"),
        ("July 19, 1988", "1988-07-19", "1988-07-19", "day", "gregorian", "July 19, 1988"),
        ("Sept. 3, 1988", "1988-09-03", "1988-09-03", "day", "gregorian", "Sept. 3, 1988"),
        (
            "the 3rd of September 1988",
            "1988-09-03",
            "1988-09-03",
            "day",
            "gregorian",
            "3rd of September 1988",
        ),
        ("filed on 1988-08-15.", "1988-08-15", "1988-08-15", "day", "gregorian", "1988-08-15"),
        ("dated 15/08/1988", "1988-08-15", "1988-08-15", "day", "gregorian", "15/08/1988"),
        ("in July 1988", "1988-07-01", "1988-07-31", "month", "gregorian", "July 1988"),
        ("in February 1988", "1988-02-01", "1988-02-29", "month", "gregorian", "February 1988"),
        ("Dec. 1987", "1987-12-01", "1987-12-31", "month", "gregorian", "Dec. 1987"),
        ("in 1988 there were", "1988-01-01", "1988-12-31", "year", "gregorian", "1988"),
        ("since 2009", "2009-01-01", "2009-12-31", "year", "gregorian", "2009"),
        ("the 1988 massacre", "1988-01-01", "1988-12-31", "year", "gregorian", "1988"),
        (
            "the summer of 1988",
            "1988-06-21",
            "1988-09-22",
            "season",
            "gregorian",
            "the summer of 1988",
        ),
        ("spring 1989", "1989-03-20", "1989-06-20", "season", "gregorian", "spring 1989"),
        (
            "in the autumn of 1988",
            "1988-09-23",
            "1988-12-20",
            "season",
            "gregorian",
            "the autumn of 1988",
        ),
        (
            "the winter of 1988",
            "1988-01-01",
            "1989-03-20",
            "season",
            "gregorian",
            "the winter of 1988",
        ),
        ("in the 1980s", "1980-01-01", "1989-12-31", "decade", "gregorian", "the 1980s"),
        ("the late 1980s", "1986-01-01", "1989-12-31", "range", "gregorian", "the late 1980s"),
        ("in early 1988", "1988-01-01", "1988-04-30", "range", "gregorian", "early 1988"),
        ("in mid-1988", "1988-05-01", "1988-08-31", "range", "gregorian", "mid-1988"),
        ("in 1988-89", "1988-01-01", "1989-12-31", "range", "gregorian", "1988-89"),
        (
            "between 1987 and 1989",
            "1987-01-01",
            "1989-12-31",
            "range",
            "gregorian",
            "between 1987 and 1989",
        ),
        ("۲۴ مرداد ۱۳۶۷", "1988-08-15", "1988-08-15", "day", "jalali", "۲۴ مرداد ۱۳۶۷"),
        ("on 19-20 July 1988", "1988-07-19", "1988-07-20", "range", "gregorian", "19-20 July 1988"),
        (
            "19 to 21 July 1988",
            "1988-07-19",
            "1988-07-21",
            "range",
            "gregorian",
            "19 to 21 July 1988",
        ),
        (
            "July-September 1988",
            "1988-07-01",
            "1988-09-30",
            "range",
            "gregorian",
            "July-September 1988",
        ),
        (
            "July to September 1988",
            "1988-07-01",
            "1988-09-30",
            "range",
            "gregorian",
            "July to September 1988",
        ),
        (
            "۱۹ تا ۲۰ مرداد ۱۳۶۷",
            "1988-08-10",
            "1988-08-11",
            "range",
            "jalali",
            "۱۹ تا ۲۰ مرداد ۱۳۶۷",
        ),
        ("تیر تا شهریور ۱۳۶۷", "1988-06-22", "1988-09-22", "range", "jalali", "تیر تا شهریور ۱۳۶۷"),
        (
            "مرداد و شهریور ۱۳۶۷",
            "1988-07-23",
            "1988-09-22",
            "range",
            "jalali",
            "مرداد و شهریور ۱۳۶۷",
        ),
        ("در ۲۴ مرداد ماه ۱۳۶۷", "1988-08-15", "1988-08-15", "day", "jalali", "۲۴ مرداد ماه ۱۳۶۷"),
        ("۶ شهریور ۱۳۶۷", "1988-08-28", "1988-08-28", "day", "jalali", "۶ شهریور ۱۳۶۷"),
        ("۱ فروردین ۱۳۶۸", "1989-03-21", "1989-03-21", "day", "jalali", "۱ فروردین ۱۳۶۸"),
        ("مرداد ۱۳۶۷", "1988-07-23", "1988-08-22", "month", "jalali", "مرداد ۱۳۶۷"),
        ("مرداد ماه سال ۶۷", "1988-07-23", "1988-08-22", "month", "jalali", "مرداد ماه سال ۶۷"),
        ("اسفند ۱۳۶۷", "1989-02-20", "1989-03-20", "month", "jalali", "اسفند ۱۳۶۷"),
        ("تابستان ۱۳۶۷", "1988-06-22", "1988-09-22", "season", "jalali", "تابستان ۱۳۶۷"),
        ("تابستان سال ۶۷", "1988-06-22", "1988-09-22", "season", "jalali", "تابستان سال ۶۷"),
        ("زمستان ۱۳۶۷", "1988-12-22", "1989-03-20", "season", "jalali", "زمستان ۱۳۶۷"),
        ("در سال ۱۳۶۷ اعدام شدند", "1988-03-21", "1989-03-20", "year", "jalali", "سال ۱۳۶۷"),
        ("در سال ۶۷", "1988-03-21", "1989-03-20", "year", "jalali", "سال ۶۷"),
        ("در سال ۱۹۸۸", "1988-01-01", "1988-12-31", "year", "gregorian", "سال ۱۹۸۸"),
        ("۱۳۶۷ ه.ش", "1988-03-21", "1989-03-20", "year", "jalali", "۱۳۶۷ ه.ش"),
        ("۱۳۶۷ شمسی", "1988-03-21", "1989-03-20", "year", "jalali", "۱۳۶۷ شمسی"),
        ("دهه ۶۰", "1981-03-21", "1991-03-20", "decade", "jalali", "دهه ۶۰"),
        ("۱۹ ژوئیه ۱۹۸۸", "1988-07-19", "1988-07-19", "day", "gregorian", "۱۹ ژوئیه ۱۹۸۸"),
        ("1367/05/24", "1988-08-15", "1988-08-15", "day", "jalali", "1367/05/24"),
        ("۱۳۶۷/۵/۲۴", "1988-08-15", "1988-08-15", "day", "jalali", "۱۳۶۷/۵/۲۴"),
        ("24 Mordad 1367", "1988-08-15", "1988-08-15", "day", "jalali", "24 Mordad 1367"),
        ("Shahrivar 1367", "1988-08-23", "1988-09-22", "month", "jalali", "Shahrivar 1367"),
        ("Dhu al-Hijjah 1408", "1988-07-14", "1988-08-12", "month", "hijri", "Dhu al-Hijjah 1408"),
        ("Dhul-Hijjah 1408", "1988-07-14", "1988-08-12", "month", "hijri", "Dhul-Hijjah 1408"),
        ("ذی‌الحجه ۱۴۰۸", "1988-07-14", "1988-08-12", "month", "hijri", "ذی‌الحجه ۱۴۰۸"),
        ("۱ ذی‌الحجه ۱۴۰۸", "1988-07-14", "1988-07-14", "day", "hijri", "۱ ذی‌الحجه ۱۴۰۸"),
        ("Muharram 1409", "1988-08-13", "1988-09-11", "month", "hijri", "Muharram 1409"),
        ("10 Muharram 1409 AH", "1988-08-22", "1988-08-22", "day", "hijri", "10 Muharram 1409 AH"),
        ("Rabi al-Awwal 1409", "1988-10-11", "1988-11-09", "month", "hijri", "Rabi al-Awwal 1409"),
        ("ربیع‌الاول ۱۴۰۹", "1988-10-11", "1988-11-09", "month", "hijri", "ربیع‌الاول ۱۴۰۹"),
        (
            "Jumada al-Thani 1408",
            "1988-01-20",
            "1988-02-17",
            "month",
            "hijri",
            "Jumada al-Thani 1408",
        ),
        ("Ramadan 1408", "1988-04-17", "1988-05-15", "month", "hijri", "Ramadan 1408"),
        ("رمضان ۱۴۰۸", "1988-04-17", "1988-05-15", "month", "hijri", "رمضان ۱۴۰۸"),
        ("ذی‌القعده ۱۴۰۸", "1988-06-15", "1988-07-13", "month", "hijri", "ذی‌القعده ۱۴۰۸"),
        ("1408 AH", "1987-08-25", "1988-08-12", "year", "hijri", "1408 AH"),
        ("۱۴۰۸ ه.ق", "1987-08-25", "1988-08-12", "year", "hijri", "۱۴۰۸ ه.ق"),
    ],
)
def test_find_one_date(
    text: str, earliest: str, latest: str, precision: str, calendar: str, span: str
) -> None:
    found = find_dates(text)
    assert len(found) == 1, found
    got = found[0]
    assert (got.earliest, got.latest) == (D(earliest), D(latest))
    assert (got.precision, got.calendar) == (precision, calendar)
    assert got.text == span
    assert text[got.start : got.end] == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on June 19", "1988-06-19"),
        ("19 June", "1988-06-19"),
        ("on 2 January", "1989-01-02"),  # nearer the reference than 2 January 1988
        ("در ۲۴ مرداد", "1988-08-15"),
        ("on Saturday", "1988-08-27"),
        ("on Thursday", "1988-09-01"),
        ("last Thursday", "1988-08-25"),
        ("next Monday", "1988-09-05"),
        ("روز شنبه", "1988-08-27"),
        ("سه‌شنبه", "1988-08-30"),
        ("پنجشنبه", "1988-09-01"),
        ("یکشنبه", "1988-08-28"),
    ],
)
def test_dates_without_year_use_the_reference(text: str, expected: str) -> None:
    found = find_dates(text, reference=REF)
    assert [(d.earliest, d.latest, d.precision) for d in found] == [
        (D(expected), D(expected), "day")
    ]


@pytest.mark.parametrize("text", ["on June 19", "on Saturday", "در ۲۴ مرداد"])
def test_dates_without_year_need_a_reference(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "some 2000 prisoners were moved",
        "between 2000 and 3000 prisoners",
        "room 1988",
        "۱۳۶۷ نفر",
        "he was 19 in July",
        "call 1988 now",
        "they may 5 times",
        "in 1750",
        "Muharram 1300",  # before the Umm al-Qura tables: no guess
        "30 Esfand 1367",  # 1367 was not a leap year
        "31 June 1988",
        "20-19 July 1988",
        "September to July 1988",
        "1988-13-01",
        "می‌روند",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_several_dates_in_order_with_offsets() -> None:
    text = "Arrested in July 1988, executed on 24 مرداد ۱۳۶۷ and buried in the 1980s."
    found = find_dates(text)
    assert [d.text for d in found] == ["July 1988", "24 مرداد ۱۳۶۷", "the 1980s"]
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.start for d in found] == sorted(d.start for d in found)


def test_longest_reading_wins() -> None:
    found = find_dates("on 19 July 1988", reference=REF)
    assert len(found) == 1 and found[0].precision == "day"


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision", "calendar"),
    [
        ("1367", "1988-03-21", "1989-03-20", "year", "jalali"),
        ("۱۳۶۷", "1988-03-21", "1989-03-20", "year", "jalali"),
        ("1988", "1988-01-01", "1988-12-31", "year", "gregorian"),
        ("1367/5/24", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("۱۳۶۷/۰۵/۲۴", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("24/5/1367", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("1367-05-24", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("1988-08-15", "1988-08-15", "1988-08-15", "day", "gregorian"),
        ("15.08.1988", "1988-08-15", "1988-08-15", "day", "gregorian"),
        ("1367/5", "1988-07-23", "1988-08-22", "month", "jalali"),
        ("5/1367", "1988-07-23", "1988-08-22", "month", "jalali"),
        ("1988-08", "1988-08-01", "1988-08-31", "month", "gregorian"),
        (" 1988 ", "1988-01-01", "1988-12-31", "year", "gregorian"),
        ("24 Mordad 1367", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("۲۴ مرداد ۱۳۶۷", "1988-08-15", "1988-08-15", "day", "jalali"),
        ("سال ۱۳۶۷", "1988-03-21", "1989-03-20", "year", "jalali"),
        ("July 1988", "1988-07-01", "1988-07-31", "month", "gregorian"),
        ("summer 1988", "1988-06-21", "1988-09-22", "season", "gregorian"),
    ],
)
def test_parse_date(value: str, earliest: str, latest: str, precision: str, calendar: str) -> None:
    got = parse_date(value)
    assert isinstance(got, DateRange)
    assert (got.earliest, got.latest, got.precision, got.calendar) == (
        D(earliest),
        D(latest),
        precision,
        calendar,
    )


@pytest.mark.parametrize(
    "value",
    ["", "unknown", "نامعلوم", "1367/13/1", "31/31/1988", "12", "1750", "July 1988 or 1989", "Ali"],
)
def test_parse_date_refuses(value: str) -> None:
    assert parse_date(value) is None


def test_claimed_spans_cover_dates_without_a_year() -> None:
    text = "on 19 June, 300 people; in 1988"
    spans = claimed_spans(text)
    assert [text[s:e] for s, e in spans] == ["19 June", "1988"]


def _read(text: str) -> list[tuple[str, date, date]]:
    return [(d.text, d.earliest, d.latest) for d in find_dates(text, reference=date(2024, 3, 1))]


def test_parts_of_a_month_with_and_without_a_year() -> None:
    assert _read("late August 2017") == [("late August 2017", date(2017, 8, 21), date(2017, 8, 31))]
    # No year: the latest such month begun by the document's date (2024-03-01).
    assert _read("in mid-May") == [("mid-May", date(2023, 5, 11), date(2023, 5, 20))]


def test_friday_prayers_are_no_date_and_a_persian_month_may_carry_the_ezafe() -> None:
    assert _read("after Friday prayers") == []
    assert _read("در ژانویه‌ی ۲۰۱۰") == [("ژانویه‌ی ۲۰۱۰", date(2010, 1, 1), date(2010, 1, 31))]


def test_a_period_with_both_ends_dated_is_one_range() -> None:
    assert _read("the army held the valley from May 1990 to February 1992") == [
        ("from May 1990 to February 1992", date(1990, 5, 1), date(1992, 2, 29))
    ]
    assert _read("between 4 June 2001 and 20 January 2003") == [
        ("between 4 June 2001 and 20 January 2003", date(2001, 6, 4), date(2003, 1, 20))
    ]
    assert _read("از آبان ۱۳۶۲ تا خرداد ۱۳۶۳") == [
        ("از آبان ۱۳۶۲ تا خرداد ۱۳۶۳", date(1983, 10, 23), date(1984, 6, 21))
    ]
    # Bare years stay two dates; an end before its start is no range either.
    assert [d[0] for d in _read("from 2004 to 2009")] == ["2004", "2009"]
    assert [d[0] for d in _read("from June 1995 to April 1994")] == ["June 1995", "April 1994"]


def test_a_year_naming_an_event_or_a_work_and_the_friday_prayer_leader() -> None:
    assert [d[0] for d in _read("Remembering the 1976 Coup")] == ["1976"]
    assert [d[0] for d in _read("its 2011 report said")] == ["2011"]
    assert [d[0] for d in _read("Copyright © 2019 the authors")] == ["2019"]
    assert _read("امام جمعه‌ی شهر سخنرانی کرد و پس از نماز جمعه رفت") == []


def test_a_capitalised_month_alone_after_a_preposition_is_the_latest_such_month() -> None:
    # The document's date is 2024-03-01: "in June" is June 2023, "since February" 2024.
    assert _read("In June, the envoys met") == [("June", date(2023, 6, 1), date(2023, 6, 30))]
    assert _read("held since February") == [("February", date(2024, 2, 1), date(2024, 2, 29))]
    assert _read("the court may rule; in may") == []
    assert find_dates("In June, the envoys met") == []  # no document date, no guess


def test_halves_of_a_year() -> None:
    assert _read("in the second half of 1994") == [
        ("second half of 1994", date(1994, 7, 1), date(1994, 12, 31))
    ]
    assert _read("در نیمه‌ی اول سال ۱۳۶۴") == [
        ("نیمه‌ی اول سال ۱۳۶۴", date(1985, 3, 21), date(1985, 9, 22))
    ]
    assert _read("شش ماه دوم سال ۶۴") == [
        ("شش ماه دوم سال ۶۴", date(1985, 9, 23), date(1986, 3, 20))
    ]


def test_persian_plural_years_joined_by_va_are_two_years() -> None:
    # "the years 1360 and 1361": each year is its own date; "تا" (to) is a range, not two years
    assert _read("بازداشت‌ها در سال‌های ۱۳۶۰ و ۱۳۶۱ ادامه داشت.") == [
        ("سال\u200cهای ۱۳۶۰", date(1981, 3, 21), date(1982, 3, 20)),
        ("۱۳۶۱", date(1982, 3, 21), date(1983, 3, 20)),
    ]
    assert [d[0] for d in _read("این قتل‌ها در سال‌های 1983 و 1984 رخ داد.")] == [
        "سال\u200cهای 1983",
        "1984",
    ]
    assert not [
        d for d in _read("در سال‌های ۱۳۶۰ تا ۱۳۶۷ زندانی بود.") if d[0] == "سال\u200cهای ۱۳۶۰"
    ]


def test_a_persian_period_of_bare_years_is_two_years() -> None:
    # از … تا, بین … و, سال‌های … تا: each end is a year of one calendar
    assert _read("او از ۱۳۸۸ تا ۱۳۹۲ استاندار بود.") == [
        ("۱۳۸۸", date(2009, 3, 21), date(2010, 3, 20)),
        ("۱۳۹۲", date(2013, 3, 21), date(2014, 3, 20)),
    ]
    assert [d[0] for d in _read("در فاصله‌ی سال‌های 1362 تا 1366 در زندان بود.")] == ["1362", "1366"]
    assert [d[0] for d in _read("این گروه بین ۲۰۰۴ و ۲۰۰۸ فعال بود.")] == ["۲۰۰۴", "۲۰۰۸"]
    assert [d[0] for d in _read("از سال 2012 تا 2015 در تبعید بود.")] == ["سال 2012", "2015"]


def test_a_persian_range_of_counts_shaped_like_years_is_no_period() -> None:
    assert _read("بین ۱۳۰۰ تا ۱۳۲۰ نفر کشته شدند.") == []  # a counted noun follows
    assert _read("بیش از ۱۳۱۰ تا ۱۳۲۰ زخمی") == []  # "more than" opens a count
    assert _read("میان ۱۳۵۰ تا ۱۴۰۰ معترض") == []  # two round fifties
    assert _read("از ۱۹۰۰ تا ۲۰۰۰ سرباز") == []  # a century apart
    assert _read("از ۱۳۹۰ تا ۱۲۰۰") == []  # backwards


def test_a_bare_year_after_a_persian_preposition_of_time() -> None:
    assert _read("پدرش در ۱۳۶۲ بازداشت شد.") == [("۱۳۶۲", date(1983, 3, 21), date(1984, 3, 20))]
    assert [d[0] for d in _read("او پس از 1358 به آلمان رفت و در 1994 درگذشت.")] == ["1358", "1994"]
    assert [d[0] for d in _read("تا ۱۳۶۴ در زندان اوین ماند.")] == ["۱۳۶۴"]
    # a count after در or تا: "in 1350 villages", "up to 2000 protesters"
    assert _read("در ۱۳۵۰ روستا آب نیست.") == []
    assert _read("تا 2000 معترض در میدان بودند.") == []
    assert _read("بیش از ۱۳۶۰ نفر بازداشت شدند.") == []
