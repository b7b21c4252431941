"""Claim figures, round 7: figures beside an act that count something else: the places it
happened in (provinces, cities, استان, شهر), the hour (5 a.m., ساعت ۵), a document symbol or a
clock ("A/HRC/49/75", "5:30"), and people set free ("released 10", "آزادی ۱۰ نفر"); a figure
before "and released" is still the count of the act."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places the act happened in
        ("Protesters were arrested in 28 provinces, the group said.", []),
        ("Executions were carried out in 12 cities last year.", []),
        ("در ۲۸ استان کشور معترضان بازداشت شدند.", []),
        ("Security forces detained students in at least 40 countries' embassies.", []),
        # hours of the day
        ("The executions took place at 5 a.m. in the prison yard.", []),
        ("The prisoners were hanged at 5:30 on Thursday.", []),
        ("زندانیان ساعت ۵ بامداد اعدام شدند.", []),
        # a document symbol
        ("The report (A/HRC/49/75) documented the killing of 12 protesters.", [("killed", 12)]),
        ("Report A/HRC/49/75 on the killings was published.", []),
        ("Under order 45/2 the prisoners were executed.", []),
        # the freed are no count; the arrested before them are
        ("They arrested 30 and released 10 the next day.", [("arrested", 30)]),
        ("Police detained 45 people and freed 20 of them on bail.", [("detained", 45)]),
        ("۴۵ نفر بازداشت و ۲۰ نفر آزاد شدند.", [("arrested", 45)]),
        ("ماموران ۱۵ نفر را آزاد کردند.", []),
        ("پس از بازداشت ۳۰ نفر، آزادی ۱۰ نفر اعلام شد.", [("arrested", 30)]),
    ],
)
def test_a_figure_that_counts_places_hours_codes_or_the_freed(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Figures near an act that count no victims of it, and the counts beside them."""
    assert figures(text) == expected
