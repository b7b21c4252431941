"""Dates relative to another event, and seasons without a year: spans with no value.

Sentences written for these tests (court rulings, NGO reports, wire copy, testimony), none
taken from the gold sets."""

import pytest

from sabt.extract.quantities import find_dates


def _spans(text: str) -> list[tuple[str, object]]:
    return [(d.text, d.earliest) for d in find_dates(text)]


_ENGLISH = [
    # A counted shift, before or after the clause, any unit, any count word.
    (
        "The tribunal acquitted the colonel; the appeals chamber reversed the acquittal "
        "eleven months later.",
        "eleven months later",
    ),
    (
        "Three weeks after the raid, the ministry published a list of names.",
        "Three weeks after the raid",
    ),
    (
        "Two decades on, the families of Tarbela still ask where the men are buried.",
        "Two decades on",
    ),
    ("Weeks later, the governor denied that any soldier had fired.", "Weeks later"),
    ("He was released, and 48 days later he was detained again in Harare.", "48 days later"),
    # A unit placed against an event.
    (
        "The body was exhumed the following spring and reburied in Herat.",
        "the following spring",
    ),
    (
        "Dozens were detained in the days that followed, according to the bar association.",
        "the days that followed",
    ),
    ("Police sealed the campus the day after the vote.", "the day after the vote"),
    ("The court heard that the men were moved the next morning.", "the next morning"),
    (
        "On the eve of the referendum, police raided the party's offices.",
        "the eve of the referendum",
    ),
    ("She was taken on the night of the fire and never seen again.", "the night of the fire"),
    (
        "Over the next three days, divers recovered the bodies from the river.",
        "the next three days",
    ),
    ("In the weeks since the ruling, no officer has been suspended.", "the weeks since the ruling"),
    # An anaphoric day.
    (
        "The convoy was stopped at a checkpoint; that same evening, soldiers burned houses.",
        "that same evening",
    ),
    ("Later that year the commission closed its inquiry without a finding.", "Later that year"),
    ("COUNSEL: Where were you that night? WITNESS: At my aunt's house in Gulu.", "that night"),
    # A season after a preposition of time, no year after it.
    ("Residents fled in the winter, the monitoring group's report said.", "the winter"),
    ("The trials resumed during late summer under a new prosecutor.", "late summer"),
]
_PERSIAN = [
    ("دادگاه تجدیدنظر سه روز بعد حکم را تأیید کرد.", "سه روز بعد"),
    ("خانواده‌ها فردای آن شب به پزشکی قانونی رفتند.", "فردای آن شب"),
    ("به گفته‌ی این نهاد، صبح آن روز ۱۲ نفر بازداشت شدند.", "صبح آن روز"),
    ("وکیل او چند هفته بعد از زندان آزاد شد.", "چند هفته بعد"),
    ("دادستان همان شب در تلویزیون سخن گفت.", "همان شب"),
    ("روز بعد نیروهای امنیتی محله را بستند.", "روز بعد"),
    ("هفته‌ی بعد بستگان او را به دادگاه احضار کردند.", "هفته‌ی بعد"),
    ("شامگاه همان روز نیروهای ویژه وارد شهر شدند.", "شامگاه همان روز"),
    ("در هفته‌های پس از آن ده‌ها دانشجو احضار شدند.", "هفته‌های پس از آن"),
    ("او در زمستان به زندان دیگری منتقل شد.", "زمستان"),
    ("محاکمه‌ها در تابستان و پاییز ۱۳۶۰ ادامه یافت.", "تابستان"),
]


@pytest.mark.parametrize(("text", "span"), _ENGLISH + _PERSIAN)
def test_relative_dates_are_spans_without_a_value(text: str, span: str) -> None:
    assert (span, None) in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # "that" opening a clause: "night raids" are the subject.
        "Witnesses said that night raids had become routine in the district.",
        # Durations, not dates.
        "He was sentenced to terms of 14 to 20 years after a trial in Bishkek.",
        "She served ten years before her release on parole.",
        "He spent two weeks before the hearing in solitary confinement.",
        # "later" as an adjective or alone (an adverb of sequence: test_dates9_relative_table),
        # a season that is a noun's modifier or an event.
        "The report will be published at a later date, the spokesman said.",
        "The report will be published later, the spokesman said.",
        "In the fall of Kabul many fled; others bought winter clothes.",
        # Persian: a word that only begins like one, a season with no preposition of time.
        "آن روزنامه نوشت که زندانیان زیادی بودند.",
        "سرمای زمستان خانواده‌ها را از پا انداخت.",
        # A day "of" a capitalised name is a feast, not an event's day.
        "The Day of the Dead procession was cancelled by the mayor.",
    ],
)
def test_near_misses_are_no_dates(text: str) -> None:
    assert _spans(text) == []


def test_a_shift_before_a_written_date_gives_way_to_it() -> None:
    """ "two days after 5 May 1972" is dated by 5 May 1972, not by a span of its own."""
    assert [t for t, _ in _spans("The verdict came two days after 5 May 1972.")] == ["5 May 1972"]


def test_a_season_with_its_year_keeps_its_value() -> None:
    found = find_dates("The camp was built in the summer of 1992.")
    assert [(d.text, d.earliest is not None) for d in found] == [("the summer of 1992", True)]
