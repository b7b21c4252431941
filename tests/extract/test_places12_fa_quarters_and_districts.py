"""Persian places: the quarters of a town listed after their plural head (محله‌های X، Y و Z), a
district named after its head (ناحیه‌ی X); and no name after a head that only says which side
of the land the place lies on or whom its people side with (sentences of our own)."""

import pytest
from tests.extract.helpers import annotated


def test_the_quarters_listed_after_their_plural_head() -> None:
    text = "ماموران در محله‌های کالیندا، موروبا، تاسیکه و نگاره به خانه‌ها یورش بردند."
    places = annotated(text, "place")
    assert {"موروبا", "تاسیکه", "نگاره"} <= set(places)
    assert any("کالیندا" in place for place in places)


@pytest.mark.parametrize(
    "text",
    [
        "ارتش عملیاتی را در ناحیه کوربان آغاز کرد.",
        "ارتش عملیاتی را در ناحیه‌ی کوربان آغاز کرد.",
    ],
)
def test_a_district_named_after_its_head(text: str) -> None:
    assert any("کوربان" in place for place in annotated(text, "place"))


@pytest.mark.parametrize(
    "text",
    [
        "در منطقه‌ی شمالی درگیری شد.",  # the northern region: a side, no name
        "در ناحیه‌ی جنوب‌غربی درگیری شد.",
        "نیروهای امنیتی به محله‌های هوادار اپوزیسیون یورش بردند.",  # the quarters backing …
    ],
)
def test_a_side_or_a_side_taken_names_no_place(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_province_named_central_is_still_a_place() -> None:
    assert "استان مرکزی" in annotated("در استان مرکزی درگیری شد.", "place")
