"""Claim figures, round 8: what befalls people already counted. A count told with one act and
its people's fate after it ("sentenced 11 men to death, and all of them were executed", "… را به
اعدام محکوم کرد و همه‌ی آن‌ها تیرباران شدند") is two claims with one figure; people taken away
whose bodies the next sentence finds are the dead; people taken who "never came home" stay the
disappeared."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal sentenced 14 men to death, and all of them were executed the next day.",
            [("sentenced", 14), ("executed", 14)],
        ),
        (
            "A military court sentenced 6 officers to death; all were shot at dawn.",
            [("sentenced", 6), ("executed", 6)],
        ),
        (
            "Police arrested 23 students in March and all of them were later tortured in custody.",
            [("arrested", 23), ("tortured", 23)],
        ),
        (
            "دادگاه انقلاب دست\u200cکم ۸ نفر را به اعدام محکوم کرد و همه\u200cی آن\u200cها"
            " همان شب تیرباران شدند.",
            [("sentenced", 8), ("executed", 8)],
        ),
        (
            "دادگاه ۵ زندانی را به اعدام محکوم کرد و همگی سحرگاه روز بعد اعدام شدند.",
            [("sentenced", 5), ("executed", 5)],
        ),
        (
            "ماموران ۱۳ دانشجو را بازداشت کردند و همه\u200cی آنان در زندان شکنجه شدند.",
            [("arrested", 13), ("tortured", 13)],
        ),
    ],
)
def test_the_fate_of_all_those_counted_is_a_second_claim(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "All of them were executed" after a count of the sentenced: both acts, one figure."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # released is no act sabt counts
        (
            "Police arrested 23 students, and all of them were released the same evening.",
            [("arrested", 23)],
        ),
        # "all" of a whole told after another figure is not the first figure's
        (
            "Police arrested 30 protesters, and the 12 students among them were all tortured.",
            [("arrested", 30), ("tortured", 12)],
        ),
        # the same act told again is one claim
        ("۱۰ نفر اعدام شدند و همه\u200cی آن\u200cها در یک روز اعدام شدند.", [("executed", 10)]),
    ],
)
def test_no_second_claim_without_a_new_fate(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A fate is added only for the figure just counted, and only an act sabt counts."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شبه\u200cنظامیان ۱۵ مرد را از محله\u200cی ما بردند؛ برادرم هم میانشان بود. چند روز بعد"
        " جنازه\u200cهایشان را کنار رودخانه پیدا کردیم.",
        "مردان مسلح ۹ جوان را با خود بردند. ما اجسادشان را در دره یافتیم.",
        "«سربازان ۲۰ نفر را از روستا بردند؛ پدرم میانشان بود. تا بهار جرئت نکردیم"
        " جنازه\u200cها را دفن کنیم.»",
    ],
)
def test_people_taken_and_found_dead_are_the_killed(text: str) -> None:
    """People taken away whose bodies the rest of the witness's telling finds are killed."""
    assert [act for act, _ in figures(text)] == ["killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person's grave tells of that one, not of all those taken
        (
            "«آن روز ۱۴ نفر را از بیمارستان بردند.» او محل دفن پدرش را سال\u200cها بعد پیدا کرد.",
            "arrested",
        ),
        # nothing told of them after
        ("ماموران ۸ جوان را از خانه\u200cهایشان بردند. هیچ\u200cکس نمی\u200cداند چرا.", "arrested"),
        # their fate told already: they never came home
        (
            "Soldiers took away 5 young men who never came home. We buried what we could find.",
            "disappeared",
        ),
        # (with their bodies found after: the fate told first stands)
        (
            "They took away 5 young men who never came home. We found their bodies by the river.",
            "disappeared",
        ),
    ],
)
def test_people_taken_stay_taken_unless_their_bodies_are_found(text: str, expected: str) -> None:
    """Only the bodies of those taken, in the plural, make the taken the dead."""
    assert [act for act, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'Her grandfather died in the square that day. "From our street alone, nine men never'
        ' came back," she said.',
        "Troops opened fire on the crowd for ten minutes. Twenty young men from our village never"
        " came home.",
        "«صدای تیراندازی را تا شب می\u200cشنیدیم. پنج نفر از همسایه\u200cهایمان آن روز برنگشتند.»",
        "او از پشت\u200cبام صدای شلیک را می\u200cشنید. او گفت: «سه نفر از همسایه\u200cهای ما آن روز"
        " برنگشتند.»",
    ],
)
def test_people_no_one_took_who_never_came_back_from_a_killing_are_killed(text: str) -> None:
    """ "Never came back" after a shooting or a death, with nobody taken: the dead."""
    assert [act for act, _ in figures(text)] == ["killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken away: a disappearance, whatever shooting follows
        (
            'Soldiers took away 12 men from her lane. "They never came back," she said. Later the'
            " soldiers shot at the houses.",
            "disappeared",
        ),
        ("Soldiers took away 5 young men who never came home after the shooting.", "disappeared"),
        ("ماموران ۷ نفر را بردند و هیچ\u200cکدام برنگشتند.", "disappeared"),
        # people seized in the sentence before, a shooting told with them
        (
            "Soldiers arrested many in the village. After the shooting, eleven men never came"
            " back.",
            "disappeared",
        ),
        # no killing told with them
        ("Nine fishermen went out to sea in the storm and never came back.", "disappeared"),
    ],
)
def test_people_taken_who_never_came_back_are_disappeared(text: str, expected: str) -> None:
    """Taken by someone, or with no killing told: "never came back" stays a disappearance."""
    assert [act for act, _ in figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another count's bodies
        (
            "Police arrested 30 people and took them to the station. The bodies of two officers"
            " were found later.",
            [("arrested", 30), ("killed", 2)],
        ),
        (
            "ماموران ۱۵ نفر را بردند. اجساد دو مامور در جاده پیدا شد.",
            [("arrested", 15), ("killed", 2)],
        ),
        # the witness's kin among those taken are no other count
        (
            "The militia took 14 men from our street; my two brothers were among them. We found"
            " their bodies in a ravine.",
            [("killed", 14)],
        ),
        (
            "سربازان ۲۰ نفر را از روستا بردند؛ پدرم و دو عمویم هم میانشان بودند. تا بهار جرئت"
            " نکردیم جنازه\u200cها را دفن کنیم.",
            [("killed", 20)],
        ),
        # a year is no other count
        (
            "The militia took 14 men from the village. We found their bodies in March 1983.",
            [("killed", 14)],
        ),
    ],
)
def test_bodies_found_after_are_those_taken_only_when_nobody_else_is_counted(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Bodies of another count found after do not make those taken the dead."""
    assert figures(text) == expected
