"""Claim figures, round 8: Persian being in detention (در بازداشت بودن، در حبس ماندن، در اسارت به سر
بردن) is the state, detained, when it is the counted people's first verb; people first arrested
(بازداشت شدند) and then kept stay arrested. And an act noun before a count condemned (اعدام ۲۰
زندانی را محکوم کرد) is that act, not a sentence."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    "text",
    [
        "این شورا مدعی شد که صدها مرد دیگر چند روز در بازداشت نیروهای امنیتی بوده\u200cاند.",
        "ده\u200cها نفر هفته\u200cها در بازداشت ماندند.",
        "دست\u200cکم ۴۰ فعال ماه\u200cها در حبس بودند.",
        "بیش از ۳۰۰ سرباز سال\u200cها در اسارت به سر بردند.",
    ],
)
def test_being_in_detention_is_detained(text: str) -> None:
    """A Persian verb of being in detention after the figure: detained."""
    assert [act for act, _ in figures(text)] == ["detained"]


@pytest.mark.parametrize(
    "text",
    [
        "ده\u200cها نفر بازداشت شدند و برخی از آن\u200cها هفته\u200cها در بازداشت ماندند.",
        "ماموران ۲۵ نفر را دستگیر کردند که چند روز در بازداشت بودند.",
    ],
)
def test_arrested_first_stays_arrested(text: str) -> None:
    """People first arrested, then kept, are counted as arrested."""
    assert [act for act, _ in figures(text)] == ["arrested"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عفو بین\u200cالملل در بیانیه\u200cای اعدام دست\u200cکم ۲۰ زندانی را محکوم کرد.",
            "executed",
        ),
        ("دیده\u200cبان حقوق بشر کشتار بیش از ۱۰۰ غیرنظامی را محکوم کرد.", "killed"),
        ("گزارشگر ویژه شکنجه\u200cی حدود ۴۰ زندانی را محکوم کرد.", "tortured"),
        # a court's محکوم with the people as its object is a sentence
        ("دادگاه ۱۲ زندانی را محکوم کرد.", "sentenced"),
        ("دادگاه دست\u200cکم ۱۲ زندانی را به اعدام محکوم کرد.", "sentenced"),
    ],
)
def test_a_count_condemned_after_an_act_noun_is_that_act(text: str, expected: str) -> None:
    """ "اعدام ۲۰ زندانی را محکوم کرد" condemns executions: the count is of executions."""
    assert [act for act, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تیم پزشکی قانونی بقایای ۱۶۲ نفر را از چاه بیرون آورد.", ["killed"]),
        ("در این گور جمعی بقایای ۴۰ نفر کشف شد.", ["killed"]),
        ("مقام\u200cها گفتند بقایای حدود سه هزار نفر از آن بیرون آورده شده است.", ["killed"]),
        # identified remains are no count of the dead
        ("بقایای ۷۰۰۰ قربانی با آزمایش دی\u200cان\u200cای شناسایی شده است.", []),
    ],
)
def test_persian_remains_taken_out_count_the_dead(text: str, expected: list[str]) -> None:
    """بقایای N نفر taken out of the ground or found: the dead."""
    assert [act for act, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "دادستان اعلام کرد که ۲۰ زندانی اعدام شده\u200cاند. به گفته\u200cی او، هر بیست نفر"
            " پیش\u200cتر در دادگاه به اعدام محکوم شده بودند.",
            [("executed", 20), ("sentenced", 20)],
        ),
        (
            "۱۲ معترض بازداشت شدند و هر دوازده نفر در بازداشتگاه شکنجه شدند.",
            [("arrested", 12), ("tortured", 12)],
        ),
        # no act of their own, or the same act again: no new count
        ("سه زندانی اعدام شدند. دادرسی هر سه زندانی ناعادلانه بوده است.", [("executed", 3)]),
        ("سه زندانی اعدام شدند و هر سه نفر در یک روز اعدام شده بودند.", [("executed", 3)]),
    ],
)
def test_all_n_with_a_new_act_of_their_own_is_a_count(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "هر بیست نفر … به اعدام محکوم شده بودند" after "۲۰ زندانی اعدام شده‌اند": a new act."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در بند آنها دست\u200cکم ۱۲ زندانی زیر شکنجه از هوش رفتند.", "tortured"),
        ("در سلول ما ۸ زندانی زیر شکنجه بیهوش شدند.", "tortured"),
        # counted in a ward with no act of their own: the detained
        ("در بند ما حدود ۶۰ نفر از دانشجویان بودند.", "detained"),
    ],
)
def test_torture_inside_a_ward_is_torture(text: str, expected: str) -> None:
    """People counted in a ward who suffered torture are the tortured, not only the held."""
    assert [act for act, _ in figures(text)] == [expected]
