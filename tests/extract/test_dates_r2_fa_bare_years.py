"""Persian bare years: after a noun in the ezafe, after تا with the clause going on, and the
second of two years after در.

- A noun takes a year in the singular ezafe ("the memory of 1370", "the report of 1975", "born
  in 1312"); a count stands before its noun, never after an ezafe. Nouns that number things
  (قطعنامه‌ی، ماده‌ی، شماره‌ی) take any figure, and a counted noun after the figure makes it
  a count still.
- "تا 2000 معترض" is "up to 2000 protesters", so تا took a Solar Hijri year only; a Gregorian
  one is a year where a preposition, an adverb or a stop follows it, not a noun.
- "در ۱۹۷۸ و ۱۹۷۹" is two years, as "سال‌های ۱۹۷۸ و ۱۹۷۹" and "بین ۱۹۷۸ و ۱۹۷۹" were.

Every sentence was written for this test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("یاد و خاطره‌ی ۱۳۶۵ هنوز در روستا زنده است.", ["۱۳۶۵"]),
        ("گزارش سالانه‌ی ۱۹۸۲ این انجمن از شکنجه سخن گفت.", ["۱۹۸۲"]),
        ("پدرم، زاده‌ی ۱۳۲۰ در همدان، معلم بود.", ["۱۳۲۰"]),
        ("خاطره ی ۱۳۵۸ را کسی فراموش نکرده است.", ["۱۳۵۸"]),
        # numbering nouns and counted nouns keep their figures
        ("شورای امنیت قطعنامه‌ی ۱۳۲۵ را تصویب کرد.", []),
        ("بر پایه‌ی ماده‌ی ۱۹۰۵ این قانون حکم صادر شد.", []),
        ("خانواده‌ی ۱۳۰۰ زندانی نامه نوشتند.", []),
    ],
)
def test_a_year_in_the_ezafe_is_a_year(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("او تا ۱۹۷۹ در تبعید ماند.", ["۱۹۷۹"]),
        ("ما تا ۱۹۹۱ حتی نام او را نمی‌دانستیم.", ["۱۹۹۱"]),
        ("این حکومت تا ۲۰۰۳، بیست و چهار سال بر سر کار بود.", ["۲۰۰۳"]),
        ("تا ۲۰۰۰ معترض در میدان ماندند.", []),
        ("تا ۲۰۰۰ کارگر از کار بیکار شدند.", []),
        ("بین ۱۵۰۰ تا ۲۰۰۰ در شهر بازداشت شدند.", []),
    ],
)
def test_until_a_gregorian_year_when_the_clause_goes_on(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans


def test_two_years_after_in_are_two_years() -> None:
    text = "صدها نفر در ۱۹۸۰ و ۱۹۸۱ در این زندان ناپدید شدند."
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == ["۱۹۸۰", "۱۹۸۱"]
