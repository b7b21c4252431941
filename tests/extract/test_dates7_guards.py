"""What keeps the relative-date rules precise: a name that is a time word (رادیو فردا), a stretch
of time back from the writing ("the past few years", a duration), a count before a period
("چهار دهه‌ی گذشته"), a shift whose event the text dates right away, and "بعد از" that is
"later, from". (A title's anniversary, "forty years ago" and a part of an event were guarded
here until the gold followed the written convention that they are dates: test_dates8_*.)

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
        # A period of something is no date.
        ("The following years of impunity emboldened the militia.", "The following years"),
        ("The ministry cut the following year's budget for the inquiry.", "following year"),
        ("At the end of the day, nobody was held to account.", "the end of the day"),
        # An ordinal day with a unit after it is no day of the month.
        ("Soldiers of the 3rd and 5th battalions fired on the crowd.", "the 3rd"),
        ("The lawyers met on the 14th floor of the ministry.", "the 14th"),
        ("الگوی سرکوب در چهار دهه‌ی گذشته تغییر نکرده است.", "دهه‌ی گذشته"),
        # A stretch of time back from the writing is a duration, no date of what happened.
        ("Crackdowns have grown over the past few years.", "the past few years"),
        ("Executions have risen in recent decades.", "recent decades"),
        ("چند روز پس از آتش‌بسی که در ۹ اسفند ۱۳۶۹ اعلام شد، شورش آغاز شد.", "چند روز پس از"),
        ("چند روز پس از فرمان رهبر، در ۲۸ مرداد ۱۳۵۸ نیروها حمله کردند.", "چند روز پس از"),
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
