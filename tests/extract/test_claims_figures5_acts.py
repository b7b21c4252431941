"""Flight and displacement are no act sabt counts, and a witness's idioms name an act:
"never got up" (killed), "we never found", "have been missing" (disappeared). The act
nearest the figure in its clause governs it."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story: the count that fled is not the count killed before it
        (
            "Monitors said 2,300 civilians were killed in the offensive and nearly 90,000 "
            "fled to neighbouring Chad.",
            [("killed", 2300)],
        ),
        # court ruling: people forced out of their villages, the verb before the figure
        (
            "The tribunal found that the militia murdered 74 men at the quarry and forced "
            "some 6,000 residents out of their villages.",
            [("killed", 74)],
        ),
        # NGO report: a passive of displacement
        (
            "According to the report, at least 410 people have died since March, and more "
            "than 25,000 have been uprooted.",
            [("killed", 410)],
        ),
        # testimony: refuge taken, then an execution
        (
            "When the shelling began, roughly 1,800 people sought refuge in the cathedral, "
            "and 35 of them were later executed by the militia.",
            [("executed", 35)],
        ),
        # near-miss: the dead had tried to flee; the killing is the act nearest the figure
        (
            "Troops killed 58 people who had fled into the forest, the commission said.",
            [("killed", 58)],
        ),
        # near-miss: escaping an execution is no execution
        (
            "Guards said 12 prisoners escaped execution when the order was withdrawn.",
            [],
        ),
    ],
)
def test_flight_is_no_act(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Three of the boys never got up after the soldiers fired," a nurse testified.',
            [("killed", 3)],
        ),
        (
            "Of those taken that night, 7 were never heard from again, the report says.",
            [("disappeared", 7)],
        ),
        (
            "The ombudsman's register lists 62 people who have been missing since the raids "
            "of 1994.",
            [("disappeared", 62)],
        ),
        (
            '"They came for our men at dawn," he told the hearing. "Two returned. The other '
            'nine we never found."',
            [("disappeared", 9)],
        ),
        # near-misses: things that were never found, and a verdict
        ("Investigators never found the 3 rifles used in the attack.", []),
        ("The jury never found 2 of the defendants guilty.", []),
    ],
)
def test_witness_idioms_name_the_act(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By morning, 14 fishermen from the village were gone, their boats left on the beach.",
            [("disappeared", 14)],
        ),
        (
            "Relatives say 27 students have not been seen since the raid on the campus.",
            [("disappeared", 27)],
        ),
        (
            "The witness said 6 labourers left the quarry with the patrol and no one has seen "
            "them since.",
            [("disappeared", 6)],
        ),
        # near-misses: gone from a place, and things gone
        ("By noon, 200 protesters were gone from the square.", []),
        ("When the inspectors returned, 3 trucks were gone.", []),
    ],
)
def test_people_gone_and_unseen_since_disappeared(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
