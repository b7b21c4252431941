"""A dateline's place is read in the capitals of every Latin script, not only A-Z: a Turkish,
Haitian, Hungarian or Colombian town keeps its letters in a wire's opening line."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ŞANLIURFA, Turkey — Villagers buried eleven men on Friday.", "ŞANLIURFA"),
        ("JÉRÉMIE, Haiti (Island Wire) — Soldiers burned the market.", "JÉRÉMIE"),
        ("GYŐR, Hungary, Oct 27 — Guards fired on the crowd.", "GYŐR"),
        ("MEDELLÍN — Paramilitaries took four drivers from the road.", "MEDELLÍN"),
    ],
)
def test_a_datelines_place_in_capitals_beyond_ascii(text: str, place: str) -> None:
    assert place in proposed(text, "place")


def test_a_line_of_capitals_with_no_dash_is_no_dateline() -> None:
    # (without the dash the words in capitals would be read as "ÇOK ÖNEMLİ", a place)
    assert proposed("ÇOK ÖNEMLİ, the banner read, and the crowd sang.", "place") == []
