"""Persian clauses whose party is their own (sentences written for these tests): a clause
joined by و to another party's verb with a plural subject of its own; figures stated in
documents the text ascribes to no one; a body named inside the counted people ("از جمله یک
مأمور نیروی انتظامی") is none of their source."""

from tests.extract.helpers import parties


def test_a_clause_after_another_partys_verb_has_its_own_plural_subject() -> None:
    text = (
        "دیده‌بان حقوق بشر به نقل از شاهدان از کشته شدن ۱۲ نفر خبر داد و فعالان محلی در تبعید "
        "شمار کشته‌ها را بیش از ۴۰ نفر دانستند."
    )
    assert [p for _, p in parties(text)] == ["Human Rights Watch", "فعالان محلی"]


def test_no_own_subject_after_and_between_nouns_or_in_a_phrase_of_time() -> None:
    nouns = (
        "کانون اسناد شمال با بررسی آگهی‌های ترحیم و فهرست بیمارستان‌ها تخمین زد که ۲۰ تا ۳۰ "
        "نفر کشته شدند."
    )
    assert {p for _, p in parties(nouns)} == {"کانون اسناد شمال"}
    once = "دیده‌بان حقوق بشر از کشته شدن ۱۲ نفر خبر داد و یک بار گفت که ۴۰ نفر بازداشت شدند."
    assert {p for _, p in parties(once)} == {"Human Rights Watch"}


def test_an_adverb_ending_as_a_plural_opens_no_subject_of_its_own() -> None:
    # بنابراین (so) and همچنان (still) end as plurals (-ین, -ان) do and are no party
    for adverb in ("بنابراین", "همچنان"):
        text = (
            f"سازمان عفو بین‌الملل از اعدام ۳۰ نفر خبر داد و {adverb} شمار بازداشت‌شدگان را "
            "۴۰۰ نفر دانست."
        )
        assert {p for _, p in parties(text)} == {"Amnesty International"}


def test_a_figure_stated_in_unascribed_documents_is_theirs() -> None:
    text = (
        "خانواده‌ها در شهر از بیش از ۸۰ کشته سخن گفتند و در بیانیه‌هایی که آن هفته پخش شد، "
        "شمار کشته‌ها تا ۲۰۰ نفر ذکر شده بود."
    )
    assert [p for _, p in parties(text)] == ["خانواده‌ها", "بیانیه‌هایی"]


def test_a_body_inside_the_counted_people_is_not_their_source() -> None:
    text = (
        "مقام‌های استان فارس تنها مرگ چهار نفر، از جمله یک مأمور نیروی انتظامی در شیراز، را "
        "تأیید کرده‌اند."
    )
    assert parties(text) == [(4, "مقام‌های استان فارس")]
