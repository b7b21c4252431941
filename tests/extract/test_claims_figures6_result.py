"""An act told by its result or its last step: people found dead or in a grave, burned in
their beds (سوختند), were killed; in a chain of acts on one subject ("abducted and killed",
"ربوده و کشته شدند") the last act is their fate; after a relative clause that only describes
the people ("who had been wounded"), the clause's main verb gives the act."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NGO report: found in a grave is a killing
        (
            "The foundation said 63 of the missing men were later found in a mass grave.",
            [("killed", 63)],
        ),
        # wire story: found dead
        (
            "Police said 11 migrants were found dead in the back of a lorry.",
            [("killed", 11)],
        ),
        # testimony (Persian): patients burned in their beds
        (
            "او گفت: «دست‌کم هفت بیمار در تخت‌هایشان سوختند.»",
            [("killed", 7)],
        ),
        # court ruling: the last act of a chain is the fate
        (
            "The judges found that 17 villagers were abducted and killed by the militia.",
            [("killed", 17)],
        ),
        # Persian: the same chain sharing one verb
        (
            "به گزارش این نهاد، ۱۲ نفر از اهالی ربوده و کشته شدند.",
            [("killed", 12)],
        ),
        # English: a descriptive relative clause, then the main verb
        (
            "Records show that 45 students who had been injured at the march were later "
            "detained at the hospital.",
            [("detained", 45)],
        ),
        # a place named for an act is no act: taken to a slaughterhouse is a seizure
        (
            'She said gunmen "took up to twelve men from the market to the slaughterhouse."',
            [("detained", 12)],
        ),
        # wire story: killed under a vehicle, told by the crushing
        (
            "Medics said 9 of the marchers had been run over by an armoured truck.",
            [("killed", 9)],
        ),
        # court ruling: held in detention after a descriptive relative clause
        (
            "The court noted that 52 men who were present at the rally were later held in "
            "detention.",
            [("detained", 52)],
        ),
        # near-miss: a car crushed by a tank holds no people
        (
            "Witnesses said 4 cars were crushed by tanks on the bridge.",
            [],
        ),
        # near-miss: documents found in a grave are no people
        (
            "Investigators found 40 documents in the grave.",
            [],
        ),
        # near-miss: a fate told first stays ("disappeared and killed")
        (
            "فرماندار گفت بیش از ۳۰۰ مرد در این یورش ناپدید و کشته شدند.",
            [("disappeared", 300)],
        ),
        # near-miss: a chain whose last step is a release keeps no killing
        (
            "Police said 30 protesters were arrested and questioned overnight.",
            [("arrested", 30)],
        ),
    ],
)
def test_result_or_last_step(text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(text) == expected
