"""Claim figures, round 7: a part and its figured whole ("Eight of the 12 suspects were
arrested": the part takes the predicate after the whole, the whole is no count of its own), a
list of ages after "aged" ("aged 19 and 21"), and the events or rooms an act happened in ("in 2
separate attacks", "in 4 incidents", "3 cells", "سه حمله‌ی جداگانه") counted as no victims."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a figured whole takes the predicate after it
        ("Eight of the 12 suspects were arrested.", [("arrested", 8)]),
        ("Five of the 30 detainees had been tortured, the report found.", [("tortured", 5)]),
        ("Only 2 of the 40 men survived the massacre.", []),
        # a list of ages
        ("The two brothers, aged 19 and 21, were executed at dawn.", []),
        ("Three men aged 17, 19 and 22 were hanged.", [("executed", 3)]),
        # a list of ages set off by commas, as a single age is; a list of counts is not
        ("Her sons, 17 and 19, were detained in May.", []),
        ("The cousins, 19, 21 and 24, were arrested that night.", []),
        (
            "The soldiers killed 12, 15 and 40, the army said.",
            [("killed", 12), ("killed", 15), ("killed", 40)],
        ),
        ("Of the prisoners, about 40, were executed.", [("executed", 40)]),
        # events and rooms an act happened in
        ("Eleven people were killed in 2 separate attacks.", [("killed", 11)]),
        ("Security forces killed 3 protesters in two raids.", [("killed", 3)]),
        ("At least 30 people were killed in 4 incidents over the weekend.", [("killed", 30)]),
        ("The detainees were held in 3 cells of 20 people each.", [("detained", 20)]),
        ("دو نفر در سه حمله\u200cی جداگانه کشته شدند.", [("killed", 2)]),
        ("۱۲ نفر در دو درگیری کشته شدند.", [("killed", 12)]),
    ],
)
def test_parts_ages_and_events(text: str, expected: list[tuple[str, float | None]]) -> None:
    """Each figure of a sentence with a part, an age list or events."""
    assert figures(text) == expected
