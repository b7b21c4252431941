"""Persian figures said to be the same ones given before, or stated in a report with a relative
clause on it, are those of the party named before (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_persian_the_same_official_figures_are_the_party_that_gave_figures_before() -> None:
    text = (
        "وزارت بهداشت بعدها شمار کشته‌شدگان را ۴۱۲ نفر اعلام کرد. بنا بر همین آمار رسمی، "
        "۸۰۰ نفر بازداشت شدند."
    )
    assert [p for _, p in parties(text)] == ["وزارت بهداشت", "وزارت بهداشت"]


def test_persian_the_same_figures_with_no_party_before_stay_the_authors() -> None:
    assert [p for _, p in parties("بنا بر همین آمار رسمی، ۸۰۰ نفر بازداشت شدند.")] == [None]


def test_persian_a_report_with_a_relative_clause_before_it_states() -> None:
    text = (
        "کمیسیون حقیقت‌یاب را دادگاه عالی برای بررسی این رویداد تشکیل داد. در گزارش این "
        "کمیسیون، که در سال ۲۰۱۵ منتشر شد، آمده است که بیش از ۷۰ نفر کشته شدند."
    )
    got = parties(text)
    assert [v for v, _ in got] == [70]
    assert got[0][1] is not None and "کمیسیون" in got[0][1]


def test_the_same_figures_by_their_noun_for_numbers_are_the_partys_that_gave_them() -> None:
    text = (
        "شورای شهر بعدها شمار کشته‌شدگان را ۴۰ نفر اعلام کرد. "
        "بنا بر همین رقم‌ها، ۱۲ نفر در زندان جان باختند."
    )
    assert parties(text) == [(40, "شورای شهر"), (12, "شورای شهر")]
