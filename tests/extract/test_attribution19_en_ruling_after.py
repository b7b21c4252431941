"""A ruling told after what it found ("… were innocent, a coroner ruled on Tuesday, twenty
years after the shootings."): the one who ruled is the party (sentences written for these
tests)."""

from tests.extract.helpers import attributions


def test_a_ruling_after_its_finding_is_the_rulers() -> None:
    text = "Ten men held in the barracks were innocent, the coroner ruled."
    assert attributions(text) == ["coroner"]


def test_a_time_after_the_events_still_ends_the_sentence() -> None:
    text = (
        "Ten men held in the barracks were innocent, the coroner found on Tuesday, two decades "
        "after the shootings."
    )
    assert attributions(text) == ["coroner"]


def test_a_ruling_with_its_day_and_a_time_after_the_events() -> None:
    text = (
        'Ten men held in the barracks were "entirely innocent", a coroner ruled on Monday, '
        "almost forty years after the raid and after years of pressure from their widows."
    )
    assert attributions(text) == ["coroner"]


def test_a_regime_that_ruled_is_no_party() -> None:
    text = "The Foo junta ruled over a land where 40 people were killed each year."
    assert attributions(text) == [None]
