"""Claim figures, round 18: people abducted (ربوده شدند) whose bodies are found after, in one
word for them all («پیکرشان»، «جنازه‌شان»), are the dead, even with an apposition between the
count and its verb; abducted people never found stay the disappeared."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    "text",
    [
        "پنج راننده ربوده شدند و جنازه‌شان هفته‌ی بعد کنار جاده پیدا شد.",
        # an apposition between the count and its verb
        "دو روزنامه‌نگار محلی، از جمله سردبیر هفته‌نامه‌ی شهر و همکار جوانش، ربوده شدند و "
        "پیکرشان ماه بعد در رودخانه پیدا شد.",
        "نیروهای ناشناس شش معلم را بردند و پیکرشان را در گودالی رها کردند.",
    ],
)
def test_abducted_and_found_dead_are_killed(text: str) -> None:
    """The bodies of all those taken, found after: killed."""
    assert [act for act, _ in figures(text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "پنج راننده ربوده شدند و هرگز به خانه بازنگشتند.",
        # one person's body tells of that one only
        "پنج راننده ربوده شدند و پیکر پدرش دو هفته بعد کنار جاده پیدا شد.",
    ],
)
def test_abducted_and_not_found_stay_disappeared(text: str) -> None:
    """No body of them all: the disappeared."""
    assert [act for act, _ in figures(text)] == ["disappeared"]
