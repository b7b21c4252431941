"""English places, round 21: a dateline whose date closes with a full stop instead of a dash,
and a Korean village by its romanised suffix -ri. Sentences and places written for these
tests."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("MANAGUÁ, 4 March 2011. The panel heard forty witnesses.", ["MANAGUÁ"]),
        ("SANTA ROSÁRIO, 9 June 1999. The families met the mayor.", ["SANTA ROSÁRIO"]),
        # no day, month and year after the comma: no dateline
        ("UNICEF, 2019. The report counted the children.", []),
    ],
)
def test_a_dateline_whose_date_closes_with_a_full_stop(text: str, places: list[str]) -> None:
    assert annotated(text, "place") == places


def test_a_korean_village_by_its_suffix() -> None:
    text = "We left Hwasan-ri before dawn; by noon we were near Sangdo-ri."
    assert annotated(text, "place") == ["Hwasan-ri", "Sangdo-ri"]
