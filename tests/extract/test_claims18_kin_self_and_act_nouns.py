"""Claim figures, round 18: a count of the last listed relative's kin joins the list ("my wife
and her two brothers" = 3); the witness named first with their kin counts too ("arrested me and
my three brothers" = 4); an act's noun before "of" gives the act of those it counts, beside the
act of a clause that tells more of them ("the torture of six men who had been detained");
"missing" ending a figure's noun phrase counts the disappeared ("200 injured and nine missing");
people given a prison term are sentenced ("40 others to prison terms")."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My wife and her two brothers were detained at the border.", [("detained", 3)]),
        ("My uncle and his four sons were executed in the yard.", [("executed", 5)]),
        ("The soldiers arrested me and my three brothers at the checkpoint.", [("arrested", 4)]),
        ("Police detained me and my two daughters for a week.", [("detained", 3)]),
    ],
)
def test_kin_of_the_listed_relative_and_the_witness_are_counted(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The listed relative, or the witness named first, joins the count of kin after it."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's kin, with no relative of the witness listed: no count
        ("Her two sons were killed in the raid.", []),
        # the kin of a relative of someone else
        ("The soldiers took her uncle and his two sons away and killed them.", []),
        # another person, not the witness, named before the kin
        ("They arrested Karim and my two cousins.", [("arrested", 2)]),
    ],
)
def test_others_before_the_kin_are_not_counted(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Only the witness or the witness's own listed relative joins the count."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inquiry documented the torture of six men who had been detained in the barracks.",
            [("detained", 6), ("tortured", 6)],
        ),
        (
            "Families asked about the disappearance of 14 students who had been arrested at "
            "the rally.",
            [("arrested", 14), ("disappeared", 14)],
        ),
        ("They mourned the deaths of 12 detained protesters.", [("killed", 12)]),
        ("The report described the arrest of 40 students in March.", [("arrested", 40)]),
    ],
)
def test_an_act_noun_before_of_counts_its_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "the torture of N": N tortured, whatever act a clause or word after them names."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry's count was 60 villagers killed, 200 injured and nine missing.",
            [("killed", 60), ("disappeared", 9)],
        ),
        ("The flood of arrests left 31 students missing after the raid.", [("disappeared", 31)]),
        # "missing" before a noun it describes does not end the count
        ("Of the crew, 12 missing sailors were later found alive.", []),
    ],
)
def test_missing_right_after_a_figure_counts_the_disappeared(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "nine missing" closing a figure's noun phrase: disappeared, not the act before it."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal sentenced 12 officers to life imprisonment and 40 others to prison "
            "terms of five years.",
            [("sentenced", 12), ("sentenced", 40)],
        ),
        (
            "A military court on Monday sentenced 14 men to death for the mutiny and sent 30 "
            "more defendants to prison.",
            [("sentenced", 14), ("sentenced", 30)],
        ),
        # (no other sentence in the clause: "sent … to prison" alone names the act)
        ("The judge sent 30 more defendants to prison.", [("sentenced", 30)]),
        # moved to a prison, not sent there by a court
        ("Guards moved 30 detainees to prison after the riot.", [("detained", 30)]),
    ],
)
def test_people_given_a_term_are_sentenced(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """ "40 others to prison terms", "sent 30 other defendants to prison": sentenced."""
    assert figures(text) == expected
