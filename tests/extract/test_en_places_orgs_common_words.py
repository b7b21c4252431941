"""Capitalised words after a place's cue that name no place: languages, feasts, seasons, the
parts of a prison or a report, a detainee's state; a real place after the same cues still is
one."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "The interview was held in Kinyarwanda and later translated.",
        "She testified in Tigrinya, then answered in Danish.",
        "They were arrested at Passover and released around Nowruz.",
        "The prisoners were moved from Ward C to Wing 3 in Autumn.",
        "The report quotes testimony from Witness K about the beatings.",
        "He spent two years in Isolation before his trial.",
    ],
)
def test_a_common_capitalised_word_after_a_cue_is_no_place(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_town_after_the_same_cues_is_still_a_place() -> None:
    text = "He was held near Kisoro and testified in Kabale in the spring."
    assert annotated(text, "place") == ["Kisoro", "Kabale"]
