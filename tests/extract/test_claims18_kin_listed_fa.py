"""Claim figures, round 18: Persian relatives listed with a number are summed when the act
befalls them all — someone else's relatives too («شوهر و دو برادرش بازداشت شدند» = 3), a
possessive written apart after a final ه («پسرخاله‌ام»), and a list after a semicolon said to be
among those the act befell («…؛ پدرم و دو برادرم هم میان آنان بودند» = a count of 3 of its own).
"""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مادرش و دو خواهرش را در همان شب اعدام کردند.", [("executed", 3)]),
        ("به گفته‌ی همسایه‌ها، همسر و سه پسرش در راه مدرسه ربوده شدند.", [("disappeared", 4)]),
        ("نرگس گفت همسرم و دو دخترش در بمباران کشته شدند.", [("killed", 3)]),
        # a possessive written apart after a final ه
        ("نوه‌ام و دو خواهرزاده‌ام را در پادگان شکنجه کردند.", [("tortured", 3)]),
        # taken away by one who holds them (برد, as بردند)
        ("مأموری مسلح پدر و دو پسرش را از مزرعه برد.", [("arrested", 3)]),
    ],
)
def test_relatives_listed_with_a_number_are_summed(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The relatives listed before the figure join its count, whoever's relatives they are."""
    assert figures(text) == expected


def test_someone_elses_relatives_alone_are_no_count() -> None:
    """A count of someone else's relatives with no list before it stays no claim."""
    assert figures("او سه پسرش را در جنگ از دست داد.") == []


def test_a_list_said_to_be_among_them_is_a_count_of_its_own() -> None:
    """After a semicolon, a list "among them" is a second count with the act before it."""
    text = "سی نفر از دهکده‌ی ما تیرباران شدند؛ عمویم و دو پسرعمویم نیز میان آنان بودند."
    assert figures(text) == [("executed", 30), ("executed", 3)]


def test_a_list_spelling_out_the_count_stays_one_count() -> None:
    """Without "among them" the list after a semicolon names the count before it."""
    text = "سی نفر از دهکده‌ی ما تیرباران شدند؛ عمویم و دو پسرعمویم."
    assert figures(text) == [("executed", 30)]
