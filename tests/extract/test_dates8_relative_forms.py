"""The written gold convention: every date given only against another event or against now is a
span with no value. Round 8 settles the forms the older gold sets had left out: time back from
now ("forty years ago", چهل سال پیش), anaphoric times ("at the time", "in those days", آن زمان،
آن روزها، چنین روزهایی), a time placed against an event with no count ("after the verdict",
"days after the coup", پس از انفجار، در زمان حمله), a part of an event ("the first days", روزهای
نخست), a shift with a hedge or a half (کمتر از یک سال و نیم بعد), and a title's "N years on".

Sentences written for these tests in several wordings, none taken from the gold sets."""

from datetime import date

import pytest
from tests.extract.test_dates7_relative_forms import _dates as _spans

_ENGLISH = [
    # Time back from now, any count, with a hedge.
    ("Forty years ago, troops surrounded the hamlet.", "Forty years ago"),
    ("The river ran red thirty-five years ago, an elder said.", "thirty-five years ago"),
    ("Soldiers burned the market more than three decades ago.", "more than three decades ago"),
    ("Nearly a century ago the valley was emptied.", "Nearly a century ago"),
    ("Years ago the orchard hid a mass grave.", "Years ago"),
    # Anaphoric times.
    ("The bishop at the time kept a diary of the arrests.", "at the time"),
    ("My uncle was a postman at the time.", "at the time"),
    ("At that time the prison held 900 men.", "At that time"),
    ("In those days nobody dared to speak of the camp.", "those days"),
    ("During those weeks the militia went from door to door.", "those weeks"),
    ("The river rose during the night and the bridge fell.", "the night"),
    # A time placed against an event with no count.
    ("The widow wept after the verdict was read out.", "after the verdict"),
    ("Three teachers went into hiding after the shooting.", "after the shooting"),
    ("The phones were cut shortly before the massacre.", "shortly before the massacre"),
    ("Two of the brothers emigrated after their release.", "after their release"),
    ("At the time of the attack the clinic had no power.", "At the time of the attack"),
    ("In the wake of the coup thousands were jailed.", "In the wake of the coup"),
    ("In the aftermath of the bombing, the clinic moved.", "In the aftermath of the bombing"),
    ("She was questioned again upon her return.", "upon her return"),
    ("Nobody counted the dead after the fighting.", "after the fighting"),
    ("Curfews were imposed ahead of the referendum.", "ahead of the referendum"),
    ("In the run-up to the elections, editors were jailed.", "In the run-up to the elections"),
    ("During that period the border stayed shut.", "that period"),
    ("Days after the massacre, the road to the lake was closed.", "Days after the massacre"),
    ("Weeks before Ali Karimi was hanged, his lawyer quit.", "Weeks before"),
    # A part of an event.
    ("Most of the men were killed in the first weeks of the war.", "the first weeks"),
    ("The mayor fled on the second day of the siege.", "the second day"),
    ("Volunteers dug graves in the first few days.", "the first few days"),
    ("In the final months the shelling never stopped.", "the final months"),
    # A title's anniversary is a date too.
    (
        "Halabja, thirty years on: the survivors speak\n\nThe town was gassed.",
        "thirty years on",
    ),
]
_PERSIAN = [
    # Time back from now, compound counts, a vague plural.
    ("چهل سال پیش سربازان روستا را محاصره کردند.", "چهل سال پیش"),
    ("چهل و پنج سال پیش مأموران او را از خانه بردند.", "چهل و پنج سال پیش"),
    ("سال‌ها پیش این زندان بسته شد.", "سال‌ها پیش"),
    ("حدود سی سال قبل، ده‌ها نفر در این دره کشته شدند.", "حدود سی سال قبل"),
    # A hedge and a half before a shift.
    ("کمتر از دو سال و نیم بعد خانه‌اش مصادره شد.", "کمتر از دو سال و نیم بعد"),
    ("بیش از دو هفته بعد جسد او را تحویل دادند.", "بیش از دو هفته بعد"),
    # Anaphoric times.
    ("برادرم آن زمان راننده‌ی اتوبوس بود.", "آن زمان"),
    ("در آن روزها کسی جرئت حرف زدن نداشت.", "آن روزها"),
    ("شاعران در همان سال‌ها تبعید شدند.", "همان سال‌ها"),
    ("نانوایی‌ها در این سه روز بسته ماندند.", "این سه روز"),
    ("مادرم در چنین روزهایی به گورستان می‌رود.", "چنین روزهایی"),
    ("روزنامه‌های آن دوران از این ماجرا چیزی ننوشتند.", "آن دوران"),
    ("بازار در آن هنگام شلوغ بود.", "آن هنگام"),
    ("در آن برهه کسی از گورها خبر نداشت.", "آن برهه"),
    ("به دنبال سقوط شهر، هزاران نفر گریختند.", "به دنبال سقوط"),
    ("در آستانه‌ی انتخابات ده‌ها روزنامه‌نگار بازداشت شدند.", "در آستانه‌ی انتخابات"),
    ("پس از شنیدن خبر، مادرش بیهوش شد.", "پس از شنیدن"),
    ("او پیش از کشته شدن دو بار بازداشت شده بود.", "پیش از کشته شدن"),
    # A time placed against an event with no count.
    ("مغازه‌داران پس از انفجار شهر را ترک کردند.", "پس از انفجار"),
    ("پیش از جنگ این دهکده مدرسه داشت.", "پیش از جنگ"),
    ("روزنامه‌نگاران پس از حمله به شهر بازگشتند.", "پس از حمله"),
    ("پدرم در زمان قیام معلم روستا بود.", "در زمان قیام"),
    ("نگهبانان هنگام حمله درها را قفل کردند.", "هنگام حمله"),
    ("روستاییان در هفته‌های پس از ورود شبه‌نظامیان گریختند.", "هفته‌های پس از ورود"),
    ("سه روز پس از ترور وزیر، مرزها بسته شد.", "سه روز پس از ترور"),
    # A part of an event.
    ("در روزهای نخست جنگ صدها نفر کشته شدند.", "روزهای نخست"),
    ("امدادگران از نخستین روزها در اردوگاه کار کردند.", "نخستین روزها"),
    # A title's "N years after".
    ("کشتار قلاتان، سی سال بعد\n\nروستا در آتش سوخت.", "سی سال بعد"),
]


@pytest.mark.parametrize(("text", "span"), _ENGLISH + _PERSIAN)
def test_relative_forms_are_spans_without_a_value(text: str, span: str) -> None:
    assert (span, None) in _spans(text), _spans(text)


@pytest.mark.parametrize(
    ("text", "not_a_date"),
    [
        # "during" names the event's own time; a stretch back from now is a duration.
        ("Hundreds were detained during the protests.", "during the protests"),
        ("صدها نفر در جریان اعتراضات بازداشت شدند.", "در جریان"),
        ("Crackdowns have grown over the past three decades.", "decades"),
        # "at the time of writing" has no event; "the first time" is no day.
        ("At the time of writing, no officer had been charged.", "At the time"),
        ("It was the first time the court heard a survivor.", "the first time"),
        # A year of study, "then, in that case", an indefinite noun (a manner, not an event).
        ("او دانشجوی سال دوم پزشکی بود.", "سال دوم"),
        ("آن وقت گفتند که باید برویم.", "آن وقت"),
        ("او پس از محاکمه‌ای چنددقیقه‌ای به زندان رفت.", "پس از محاکمه"),
        # An event with its date straight after it is dated by that date.
        (
            "Priests were shot in the first weeks of the Spanish Civil War in 1936.",
            "the first weeks",
        ),
        ("تظاهرات پس از انتخابات مجلس ۱۰ اسفند ۱۳۹۸ آغاز شد.", "پس از انتخابات"),
        ("He was arrested after the coup of 12 September 1980 in Ankara.", "after the coup"),
        # "Until" an event ends a stretch of time, no date (the studied gold starts no date
        # with until or تا).
        ("او تا آزادی در سلول انفرادی ماند.", "تا آزادی"),
        ("He stayed in the cell until his release.", "until his release"),
        # A court is no event.
        ("He stood before the judge for ten minutes.", "before the judge"),
    ],
)
def test_near_misses_are_no_relative_dates(text: str, not_a_date: str) -> None:
    assert not any(not_a_date in span for span, _ in _spans(text)), _spans(text)


def test_a_count_against_now_small_enough_keeps_its_value() -> None:
    # relative_dates reads "two years ago" against the document's date; the span rule leaves it.
    assert ("two years ago", date(2022, 1, 10)) in _spans("He fled two years ago, she said.")
