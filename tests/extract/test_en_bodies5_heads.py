"""English bodies named by any head noun of a body (a desk, a squad, a collective, a parliament's
own name), a number opening an armed unit, a deity's name after "of", and a name after a heading
in capitals (sentences of our own, unlike any gold one)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lawyers from the Tamale Street Law Collective filed the petition.",
            "Tamale Street Law Collective",
        ),
        (
            "The court heard that the Harbour Monitoring Desk logged each arrival.",
            "Harbour Monitoring Desk",
        ),
        (
            "Members of the Rapid Intervention Squad were named in the ruling.",
            "Rapid Intervention Squad",
        ),
        ("In its report, the Mekong Legal Platform counted 40 arrests.", "Mekong Legal Platform"),
        ("Deputies of the Verkhovna Rada voted on the bill on Tuesday.", "Verkhovna Rada"),
        ("A motion before the Wolesi Jirga was withdrawn.", "Wolesi Jirga"),
        (
            "Survivors sheltered in a hall of the Uganda Pentecostal Assemblies of Faith.",
            "Uganda Pentecostal Assemblies of Faith",
        ),
        (
            "Witnesses said the Southern Assemblies of God ran the school.",
            "Southern Assemblies of God",
        ),
        ("Officers of the 42 Brigade manned the checkpoint, the witness testified.", "42 Brigade"),
        ("The 7 Infantry Division denied the charge.", "7 Infantry Division"),
    ],
)
def test_body_by_its_head(text: str, name: str) -> None:
    assert name in proposed(text, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A bare number before a body's head that is no armed unit opens no name.
        ("Police said 40 Families had left the camp.", "40 Families"),
        # A number before a unit head in lower case names nothing.
        ("The army sent 3 divisions to the border.", "3 divisions"),
    ],
)
def test_no_body(text: str, name: str) -> None:
    assert name not in proposed(text, "organization")


def test_heading_in_capitals_does_not_swallow_the_name() -> None:
    text = "FINDINGS: MOSUL AND TAL AFAR\n\nThe Independent Fact-Finding Panel on Iraq said it met."
    assert "Independent Fact-Finding Panel on Iraq" in proposed(text, "organization")
