"""Claim figures, round 8: counts told without a victim word after them, and figures that only
look like counts. A court "sentenced each of the four", "executed all of the 12"; forensic teams
"recovered the remains of 162 people" or "exhumed" them (the dead found; identifying remains is
no count); "each of the 201 people killed" is the whole, not a partitive; and "thirty years for
each …, and thirty more" repeats a term of years, not people."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge sentenced each of the 12 defendants to ten years.", [("sentenced", 12)]),
        ("The army court sentenced each of the three officers to life.", [("sentenced", 3)]),
        ("The court sentenced each of the four to life in prison.", [("sentenced", 4)]),
        # after a verb of sentencing "to" joins the people to their term, not a range
        ("The court sentenced each of the four to 900 years in prison.", [("sentenced", 4)]),
        ("The tribunal sentenced the five to 30 years in prison.", [("sentenced", 5)]),
        ("The judge sentenced 12 to 20 years each.", [("sentenced", 12)]),
        # "the" alone after another act's verb counts no one
        ("Investigators never found the 4 pistols used in the raid.", []),
        ("The regime executed all of the 17 prisoners within a week.", [("executed", 17)]),
    ],
)
def test_an_act_and_each_of_the_figure_is_a_count(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "sentenced each of the four": the figure after an act's verb and "each of the"."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 2001 and 2004 investigators excavated the site and recovered the remains of"
            " 212 people.",
            [("killed", 212)],
        ),
        (
            "Forensic teams have exhumed the remains of 340 people from mass graves.",
            [("killed", 340)],
        ),
        ("A forensic team unearthed the skeletal remains of 58 villagers.", [("killed", 58)]),
        ("Experts exhumed 75 from the well in 1999.", [("killed", 75)]),
        # identifying remains already counted is no count of the dead
        ("The remains of nearly 5,000 victims have been identified through DNA.", []),
    ],
)
def test_remains_recovered_count_the_dead(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The remains of people recovered, unearthed or exhumed are the dead."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court gave the colonel thirty years for each of the 201 people it found had been"
            " killed, and thirty more for crimes against humanity.",
            [("killed", 201)],
        ),
        (
            "He was given 20 years for each of the 45 villagers killed and 10 more for torture.",
            [("killed", 45)],
        ),
        # "more" after people counted is still a count
        (
            "Seven people were killed on Monday and 12 more on Tuesday.",
            [("killed", 7), ("killed", 12)],
        ),
    ],
)
def test_each_of_the_whole_is_counted_and_a_repeated_term_is_not(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "each of the 201 people killed" is a count; "thirty more" after "thirty years" is not."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"They brought out the dead in trucks," she said. "I counted eleven from our street."',
            [("killed", 11)],
        ),
        ("They laid the bodies in the schoolyard. We counted 41 in all.", [("killed", 41)]),
        # a count of things
        ("The vote was held on Sunday. We counted 300 ballots.", []),
        # nothing counted in the sentence before
        ("The militia burned the houses. I counted twelve.", []),
    ],
)
def test_a_witness_count_takes_the_act_just_named(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "I counted nine" after the dead are named counts the dead."""
    assert figures(text) == expected
