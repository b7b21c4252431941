"""An act told as a state or a result: people "held" (passive), who "passed through" a place of
confinement, counted inside a ward or cell, are detained; people "listed as missing", "whose
fate is unknown", of whom "no news ever came", are disappeared. A count followed by a relative
clause ("12 others who remained missing") takes that clause's verb."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # court ruling: the passive of held, no place named
        (
            "The chamber found that some 1,400 detainees were held at the barracks for weeks.",
            [("detained", 1400)],
        ),
        # NGO report: held with an adverb, after a seizure told elsewhere
        (
            "Amnesty said 230 students were secretly held until the spring of 1999.",
            [("detained", 230)],
        ),
        # wire story: passing through a compound
        (
            "Survivors estimate that 4,500 prisoners passed through the Omarska compound.",
            [("detained", 4500)],
        ),
        # testimony: a count inside a cell, with no verb of its own
        (
            '"In our cell there were about 35 women," said Leyla Demir, a former inmate.',
            [("detained", 35)],
        ),
        # Persian testimony: a count inside a ward after the speaker's own arrest
        (
            "او که در ۱۳۶۰ بازداشت شد گفت: «در بند ما حدود ۶۰ نفر از دانشجویان بودند.»",
            [("detained", 60)],
        ),
        # Persian: the pluperfect of holding
        (
            "به گفته‌ی شاهدان، ماموران حدود ۲۵ نفر را در پاسگاه نگه داشته بودند.",
            [("detained", 25)],
        ),
        # near-miss: held responsible is no detention
        (
            "The court held 3 men responsible for the raid on the village.",
            [],
        ),
        # near-miss: passing through a town is no detention
        (
            "About 9,000 refugees passed through the town on their way to the border.",
            [],
        ),
    ],
)
def test_held_as_a_state(text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NGO report: a relative clause after the count decides its act
        (
            "The commission recorded 40 people shot dead and 9 others who remain missing.",
            [("killed", 40), ("disappeared", 9)],
        ),
        # wire story: listed as missing
        (
            "Red Cross officials said 312 men from the district are still listed as missing.",
            [("disappeared", 312)],
        ),
        # court ruling: registered as missing
        (
            "The tribunal heard that 87 villagers were registered as missing after the raid.",
            [("disappeared", 87)],
        ),
        # testimony: whose fate is unknown
        (
            "They took 14 boys from the school, whose fate is still unknown.",
            [("disappeared", 14)],
        ),
        # Persian: no news ever reached the families
        (
            "شاهدان گفتند که از دست‌کم ۹ نفر از آنان هرگز خبری به بستگانشان نرسید.",
            [("disappeared", 9)],
        ),
        # near-miss: a relative clause with no act keeps the sentence's act
        (
            "Police arrested 60 students who were at the rally.",
            [("arrested", 60)],
        ),
        # near-miss: a missing document is no person
        (
            "The inquiry found that 12 pages of the file were listed as missing.",
            [],
        ),
    ],
)
def test_missing_as_a_state(text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(text) == expected
