"""Claim figures, round 7: English reporting states each act's count in many verbs (killed,
slain, shot dead, gunned down, perished, lost their lives, put to death, shot by firing squad,
rounded up, taken into custody, behind bars, went missing, whereabouts unknown, ill-treated,
given prison terms …); every form, in the wordings of wires, NGO reports and judgments, is
counted with its act."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story: the passive with a hedge
        (
            "Police said at least 14 people were killed in the attack on the market.",
            [("killed", 14)],
        ),
        # shot dead, gunned down: the verb before its object
        ("Gunmen shot dead 9 worshippers outside the mosque on Friday.", [("killed", 9)]),
        ("Militants gunned down 23 passengers on the highway, officials said.", [("killed", 23)]),
        (
            "Soldiers massacred some 300 villagers in the valley, the report found.",
            [("killed", 300)],
        ),
        ("Some 3,000 civilians were slaughtered in the town in July.", [("killed", 3000)]),
        # verbs of dying
        ("At least 40 people died when troops opened fire on the crowd.", [("killed", 40)]),
        ("Nearly 200 prisoners perished in the camp during the winter.", [("killed", 200)]),
        (
            "More than 60 protesters lost their lives in the crackdown, the group said.",
            [("killed", 60)],
        ),
        ("As many as 400 people died.", [("killed", 400)]),
        # a vague figure and a spelt-out one
        ("Scores of villagers were slain in the attack.", [("killed", None)]),
        ("Tens of thousands of civilians were killed during the siege.", [("killed", None)]),
        ("A dozen soldiers were killed in the ambush.", [("killed", 12)]),
        ("Two dozen villagers were killed in the raid.", [("killed", 24)]),
        ("Half a million people were killed in the genocide.", [("killed", 500000)]),
        # the result of a killing: bodies, the dead, lives claimed
        ("Investigators exhumed 412 bodies from the mass grave.", [("killed", 412)]),
        ("Rescuers recovered 57 bodies from the river.", [("killed", 57)]),
        ("The bodies of 31 men were found in a ravine near the town.", [("killed", 31)]),
        ("Twelve children were among the dead, the hospital said.", [("killed", 12)]),
        ("The attack claimed 40 lives.", [("killed", 40)]),
        ("The airstrike left at least 22 civilians dead.", [("killed", 22)]),
        ("The strikes hit the camp, killing at least 30 people.", [("killed", 30)]),
        # victims of a deadly attack are its dead
        ("The group counted 2,400 victims of the shelling.", [("killed", 2400)]),
        ("Relatives buried 18 victims of the bombing on Sunday.", [("killed", 18)]),
    ],
)
def test_a_killing_is_counted_in_any_of_its_verbs(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the dead, in each verb of killing and dying."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NGO report
        ("Iran executed at least 250 people in the first half of the year.", [("executed", 250)]),
        (
            "Authorities hanged 12 men in a prison outside the capital on Wednesday.",
            [("executed", 12)],
        ),
        ("At least 30 prisoners were put to death last month.", [("executed", 30)]),
        # shot by firing squad is an execution, not a shooting
        ("Fifteen officers were shot by firing squad at dawn.", [("executed", 15)]),
        ("The rebels shot 6 deserters by a firing squad.", [("executed", 6)]),
        # death sentences carried out are executions
        ("Death sentences were carried out against 41 prisoners in March.", [("executed", 41)]),
        ("Sentences had been carried out on 23 of the men by May.", [("executed", 23)]),
        # a count of executions as a noun
        ("Iran carried out 582 executions in 2022, the group said.", [("executed", 582)]),
        ("Nearly 5,000 political prisoners were summarily executed in 1988.", [("executed", 5000)]),
        ("Two hundred and fifty prisoners were executed in a single week.", [("executed", 250)]),
    ],
)
def test_an_execution_is_counted_in_any_of_its_verbs(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the executed, in each verb and noun of execution."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces arrested more than 500 students on campus.", [("arrested", 500)]),
        ("Police rounded up about 70 activists after the march.", [("arrested", 70)]),
        ("At least 20 journalists were taken into custody in the raids.", [("arrested", 20)]),
        ("Police made 300 arrests over the weekend.", [("arrested", 300)]),
        ("Some 1,500 people were detained during the protests.", [("detained", 1500)]),
        ("Hundreds of demonstrators were jailed after the vote.", [("detained", None)]),
        ("Around 300 people are being held without charge, the group said.", [("detained", 300)]),
        ("Nearly 40 journalists are currently behind bars in the country.", [("detained", 40)]),
    ],
)
def test_arrest_and_detention_are_counted_in_any_of_their_verbs(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the arrested and of the held."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 80 people were forcibly disappeared in the province.", [("disappeared", 80)]),
        ("Some 43 students went missing after the attack.", [("disappeared", 43)]),
        ("More than 1,000 men never returned from the stadium.", [("disappeared", 1000)]),
        ("Some 2,000 men remain unaccounted for.", [("disappeared", 2000)]),
        # whereabouts unknown, with the people between
        ("The whereabouts of 27 detainees remain unknown.", [("disappeared", 27)]),
        (
            "The whereabouts of some 300 men taken from the town are still unknown.",
            [("disappeared", 300)],
        ),
        ("At least 60 detainees were tortured in custody.", [("tortured", 60)]),
        # ill-treatment and abuse are torture's count
        ("The report said 35 prisoners were ill-treated during interrogation.", [("tortured", 35)]),
        ("Guards abused dozens of inmates at the facility.", [("tortured", None)]),
        ("At least 14 women were mistreated in the police station.", [("tortured", 14)]),
    ],
)
def test_disappearance_and_torture_are_counted_in_any_of_their_wordings(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the disappeared and of the tortured or ill-treated."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sentenced 11 defendants to death.", [("sentenced", 11)]),
        ("Twenty-one men were condemned to death by the tribunal.", [("sentenced", 21)]),
        ("Six protesters were sentenced to 5 years in prison.", [("sentenced", 6)]),
        # prison terms given or handed down
        ("Eight activists were given ten-year prison terms.", [("sentenced", 8)]),
        ("A court handed 13 students jail terms of up to six years.", [("sentenced", 13)]),
        ("Courts handed down 44 death sentences in the first quarter.", [("sentenced", 44)]),
    ],
)
def test_a_sentence_is_counted_in_any_of_its_wordings(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the sentenced: to death, to prison, to terms of years."""
    assert figures(text) == expected
