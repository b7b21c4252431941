"""Claim figures, round 7: the frames a count is told in besides a verb after it: a toll that
rises or stands at a figure, "a further N" and "another N" adding to a count with the verb left
unsaid, a chain of acts ending in a fate ("abducted, tortured and killed"), a figure "believed to
have been" killed, estimates that "range from" one figure to another; in Persian a toll that
reaches a figure (شمار … به N رسید), a chain with سپس."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 87 on Tuesday, the ministry said.", [("killed", 87)]),
        ("Officials reported a death toll of 112 after the raid.", [("killed", 112)]),
        ("The number of dead rose to 230 by the weekend.", [("killed", 230)]),
        ("The death toll from the crackdown stands at 304.", [("killed", 304)]),
        # the number of victims is a toll
        ("The number of victims climbed to 61 overnight.", [("killed", 61)]),
        ("The clashes caused 45 deaths, according to the monitor.", [("killed", 45)]),
        ("The monitor recorded 1,200 fatalities in the province last year.", [("killed", 1200)]),
        # estimates that range between two figures
        ("Estimates of the number of people killed range from 500 to 800.", [("killed", None)]),
        # a Persian toll that reaches or passes a figure
        ("شمار کشته\u200cشدگان به ۸۷ نفر رسید.", [("killed", 87)]),
        ("آمار جان\u200cباختگان به ۱۲۰ نفر افزایش یافت.", [("killed", 120)]),
        ("تعداد کشته\u200cشدگان از ۱۲۰ نفر گذشت.", [("killed", 120)]),
        ("شمار قربانیان به ۴۵ تن رسید.", [("killed", 45)]),
    ],
)
def test_a_toll_frame_counts_its_act(text: str, expected: list[tuple[str, float | None]]) -> None:
    """A death toll, a number of dead or of victims, and the figure it reaches."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven were killed on Monday and a further 12 on Tuesday.",
            [("killed", 7), ("killed", 12)],
        ),
        (
            "Four people were killed in the north and another 9 in the capital.",
            [("killed", 4), ("killed", 9)],
        ),
        (
            "Police arrested 40 protesters on Friday and another 25 on Saturday.",
            [("arrested", 40), ("arrested", 25)],
        ),
        # a further figure with an act of its own keeps it
        ("Seven were killed on Monday and a further 12 were wounded.", [("killed", 7)]),
        (
            "Five protesters were killed on Friday, and 8 more died in hospital.",
            [("killed", 5), ("killed", 8)],
        ),
    ],
)
def test_a_further_figure_takes_the_count_it_adds_to(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A further or another figure with its act left unsaid is of the count before it."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty-two people were killed, among them 11 children.",
            [("killed", 32), ("killed", 11)],
        ),
        ("The attack killed 19 people, including four women.", [("killed", 19), ("killed", 4)]),
        ("Over 900 people were killed, 300 of them children.", [("killed", 900), ("killed", 300)]),
        ("Of the 70 detainees, 18 were executed.", [("executed", 18)]),
        ("در این حمله ۱۹ نفر از جمله چهار کودک کشته شدند.", [("killed", 19), ("killed", 4)]),
    ],
)
def test_parts_of_a_count_are_counted_with_it(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Among them, including, N of them: the part is counted with the whole's act."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine men were arrested and later executed.", [("executed", 9)]),
        # a comma links the chain, torture is a step on the way
        ("Twenty were abducted, tortured and killed.", [("killed", 20)]),
        ("Some 40 men were arrested, tortured and then executed.", [("executed", 40)]),
        # a chain with no fate keeps its first act
        ("Some 40 men were arrested, tortured and released.", [("arrested", 40)]),
        ("۹ نفر بازداشت و سپس اعدام شدند.", [("executed", 9)]),
    ],
)
def test_a_chain_of_acts_ends_in_its_fate(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Arrested and later executed, abducted, tortured and killed: the last fate is the act."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens are believed to have been killed.", [("killed", None)]),
        ("Some 70 people are feared dead after the shelling.", [("killed", 70)]),
        ("At least 50 people were reported killed.", [("killed", 50)]),
        ("About 200 men are thought to have been executed at the quarry.", [("executed", 200)]),
    ],
)
def test_a_figure_believed_or_reported_to_have_met_the_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Believed, feared, reported to have been killed: the act after the hedge of knowledge."""
    assert figures(text) == expected
