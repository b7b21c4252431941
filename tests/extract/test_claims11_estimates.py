"""Another source's estimate of the count just told, round 11: "Opposition parties spoke of more
than 300 killed, and foreign diplomats estimated between 150 and 700." — the figure a verb of
estimating ends its clause with takes the act of the count told in its clause or the sentence
before, only when nothing else can be meant: no noun after the figure, no other act in its
sentence, one act in the sentence before. The sentences are written for this test."""

import pytest
from tests.extract.helpers import figure_ranges

KILLED_300 = ("killed", 300, 300, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause before
        (
            "Opposition groups spoke of more than 300 killed, and foreign journalists at the "
            "time estimated between 150 and 700.",
            [KILLED_300, ("killed", None, 150, 700)],
        ),
        # the sentence before, in each verb of estimating
        (
            "At least 300 protesters were killed in the capital. Foreign diplomats estimated "
            "between 150 and 700.",
            [KILLED_300, ("killed", None, 150, 700)],
        ),
        (
            "At least 300 protesters were killed in the capital. Diplomats estimated 700.",
            [KILLED_300, ("killed", 700, 700, 700)],
        ),
        (
            "At least 300 protesters were killed in the capital. Diplomats estimated 700; the "
            "army denied it.",
            [KILLED_300, ("killed", 700, 700, 700)],
        ),
        (
            "At least 300 protesters were killed in the capital. Diplomats estimate 700.",
            [KILLED_300, ("killed", 700, 700, 700)],
        ),
        (
            "At least 300 protesters were killed in the capital. Diplomats reckoned 700.",
            [KILLED_300, ("killed", 700, 700, 700)],
        ),
        (
            "At least 300 protesters were arrested in the capital. Diplomats put it at 700.",
            [("arrested", 300, 300, None), ("arrested", 700, 700, 700)],
        ),
        (
            "At least 300 protesters were arrested in the capital. Diplomats spoke of 700.",
            [("arrested", 300, 300, None), ("arrested", 700, 700, 700)],
        ),
    ],
)
def test_an_estimate_takes_the_act_of_the_count_before(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert figure_ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nothing told before
        "Foreign diplomats estimated between 150 and 700.",
        # a noun after the figure: an estimate of something else
        "At least 300 protesters were killed in the capital. The ministry estimated 150 for the "
        "province.",
        # two acts before: either may be meant
        "At least 300 protesters were killed and 40 arrested in the capital. Diplomats "
        "estimated between 150 and 700.",
        "Officials said 300 people were killed and 40 arrested, and diplomats estimated between "
        "150 and 700.",
        # the count told two sentences before
        "At least 300 protesters were killed in the capital. The army denied it. Diplomats "
        "estimated between 150 and 700.",
    ],
)
def test_no_estimate_where_another_count_may_be_meant(text: str) -> None:
    assert all(low != 150 and low != 700 for _, _, low, _ in figure_ranges(text))


def test_an_act_of_its_own_in_the_estimates_sentence() -> None:
    text = (
        "At least 300 protesters were killed in the capital. Diplomats, some of them later "
        "expelled, estimated between 150 and 700."
    )
    assert figure_ranges(text) == [KILLED_300]
