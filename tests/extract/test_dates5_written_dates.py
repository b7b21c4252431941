"""A month's edge ("towards the end of January") is a part of the month; a day and month
inside a proper name ("the April 6 Youth Movement") is no date. Sentences written for these
tests, none taken from the gold sets."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

_REFERENCE = date(2024, 6, 1)


def _found(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.earliest, d.latest) for d in find_dates(text, reference=_REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia was pushed out of the valley towards the end of January.",
            ("towards the end of January", date(2024, 1, 21), date(2024, 1, 31)),
        ),
        (
            "Talks between the parties collapsed at the beginning of March 2011.",
            ("at the beginning of March 2011", date(2011, 3, 1), date(2011, 3, 10)),
        ),
        (
            "The court sat until the middle of October 1998, the registrar wrote.",
            ("until the middle of October 1998", date(1998, 10, 11), date(1998, 10, 20)),
        ),
        (
            "By the close of November 2019 the camp held 3,000 detainees.",
            ("By the close of November 2019", date(2019, 11, 21), date(2019, 11, 30)),
        ),
    ],
)
def test_the_edge_of_a_month_is_its_early_or_late_part(
    text: str, expected: tuple[str, date, date]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Members of the April 6 Youth Movement were detained in Cairo.",
        "The 26 July Movement seized the barracks, the historian said.",
        "Activists of the 14 February Coalition called a general strike.",
        "The March 14 Alliance walked out of the cabinet.",
    ],
)
def test_a_day_and_month_inside_a_name_are_no_date(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A capital after the date that starts a clause, with no "the" before it.
        ("On May 18 Iranian police arrested 30 people.", "May 18"),
        # "the" before the date, but no capital after it: no name.
        ("She was arrested on the 6 April raid and released.", "6 April"),
    ],
)
def test_near_misses_keep_their_date(text: str, span: str) -> None:
    assert [t for t, _, _ in _found(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "This month marks 30 years since the massacre in the village.",
        "Today marks the anniversary of the prison fire.",
        "This year will mark two decades since the disappearances began.",
        "Last year marked a record for executions in the province.",
    ],
)
def test_a_period_that_marks_an_anniversary_is_the_moment_of_writing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("This week, police arrested 12 students in Lagos.", "This week"),
        ("The commission's report was released today.", "today"),
    ],
)
def test_a_period_that_dates_an_event_keeps_its_date(text: str, span: str) -> None:
    assert [t for t, _, _ in _found(text)] == [span]
