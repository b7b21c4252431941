"""What keeps the relative-date rules precise: a name that is a time word (رادیو فردا), a title's
anniversary ("sixty years on"), a stretch back from the writing ("forty years ago", "the past
few years"), a part of an event ("the first weeks of the war"), a count before
a period ("چهار دهه‌ی گذشته"), a shift whose event the text dates right away, a Persian event noun
with more words joined after it, and "بعد از" that is "later, from".

Sentences written for these tests, none taken from the gold sets."""

from datetime import date

import pytest
from tests.extract.helpers import REGISTRY

from sabt.extract import annotate


def _spans(text: str) -> list[str]:
    got = annotate(text, registry=REGISTRY, reference_date=date(2024, 1, 10))
    return [d.text for d in got.dates]


@pytest.mark.parametrize(
    ("text", "not_a_date"),
    [
        ("او به رادیو فردا گفت که برادرش را بردند.", "فردا"),
        (
            "Halabja, thirty years on: the survivors speak\n\nThe town was gassed.",
            "thirty years on",
        ),
        ("کشتار قلاتان، سی سال بعد\n\nروستا در آتش سوخت.", "سی سال بعد"),
        ("Most of the men were killed in the first weeks of the war.", "the first weeks"),
        # A period of something is no date.
        ("The following years of impunity emboldened the militia.", "The following years"),
        ("The ministry cut the following year's budget for the inquiry.", "following year"),
        ("At the end of the day, nobody was held to account.", "the end of the day"),
        # An ordinal day with a unit after it is no day of the month.
        ("Soldiers of the 3rd and 5th battalions fired on the crowd.", "the 3rd"),
        ("The lawyers met on the 14th floor of the ministry.", "the 14th"),
        ("در روزهای نخست جنگ صدها نفر کشته شدند.", "روزهای نخست"),
        ("الگوی سرکوب در چهار دهه‌ی گذشته تغییر نکرده است.", "دهه‌ی گذشته"),
        # A stretch back from the writing is no date of what happened (the gold leaves it out).
        ("Forty years ago, on 5 May 1983, troops surrounded the town.", "Forty years ago"),
        ("چهل سال پیش، در صبح ۵ شهریور ۱۳۵۸ یازده مرد تیرباران شدند.", "چهل سال پیش"),
        ("Thirty-five years ago the river ran red, an elder said.", "years ago"),
        ("Crackdowns have grown over the past few years.", "the past few years"),
        ("Executions have risen in recent decades.", "recent decades"),
        ("چهل و پنج سال پیش مأموران او را از خانه بردند.", "سال پیش"),
        ("چند روز پس از آتش‌بسی که در ۹ اسفند ۱۳۶۹ اعلام شد، شورش آغاز شد.", "چند روز پس از"),
        ("چند روز پس از فرمان رهبر، در ۲۸ مرداد ۱۳۵۸ نیروها حمله کردند.", "چند روز پس از"),
        ("دو روز پس از ترور فرمانده شبه‌نظامیان وارد اردوگاه شدند.", "دو روز پس از"),
    ],
)
def test_guarded_forms_are_no_relative_date(text: str, not_a_date: str) -> None:
    assert not any(not_a_date in span for span in _spans(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A shift naming its event next keeps its span in a title too.
        (
            "Ten years after Marikana: no officer charged\n\nThe miners were shot.",
            "Ten years after",
        ),
        # "بعد از زندان آزاد شد": the shift is "later"; از زندان is "from prison".
        ("وکیل او چند هفته بعد از زندان آزاد شد.", "چند هفته بعد"),
        # The killings' date joined by "of" does not swallow the shift.
        ("Fifty years after the killings of 1972, the commission reported.", "Fifty years after"),
    ],
)
def test_shifts_kept_beside_the_guards(text: str, span: str) -> None:
    assert any(span in got for got in _spans(text)), _spans(text)
