"""English places named by a site's word (a gate, a crossing, a junction), a lower-case site
noun after a modifier ("protest ground"), every name listed after a plural place noun and "of";
and an inquiry's "into" that opens a matter, not a place (sentences of our own)."""

import pytest

from sabt.extract.names import propose_names


def _named(text: str, kind: str) -> set[str]:
    return {m.text for m in propose_names(text) if m.type == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crowds gathered at the Kwame Toll Gate before dawn.", "Kwame Toll Gate"),
        ("Trucks waited for a week at the Rafik Crossing, the agency said.", "Rafik Crossing"),
        ("The bus was stopped near Obalende Junction by soldiers.", "Obalende Junction"),
        ("Witnesses told the court they were beaten at the Tarka parade ground.", "Tarka"),
        ("The bodies were left on the Morvan expressway overnight.", "Morvan"),
        ("Families from the districts of Kalewa and Tamu-Gate say nobody came.", "Tamu-Gate"),
        (
            "Soldiers searched the villages of Bilto, Kashoro and Wadi-Ruma, the report says.",
            "Wadi-Ruma",
        ),
    ],
)
def test_place(text: str, name: str) -> None:
    assert name in _named(text, "place")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The panel opened an inquiry into Enforced Disappearances last year.",
            "Enforced Disappearances",
        ),
        ("An investigation into Forced Disappearances was promised.", "Forced Disappearances"),
        # A name after a singular cue and "and" followed by a verb is not listed as a place.
        ("Residents of Kalewa and Tomas Reyes say nobody came.", "Tomas Reyes"),
    ],
)
def test_no_place(text: str, name: str) -> None:
    assert name not in _named(text, "place")


def test_an_inquiry_runs_on_to_its_matter() -> None:
    text = "The National Inquiry into Prison Deaths, chaired by a judge, reported in May."
    assert "National Inquiry into Prison Deaths" in _named(text, "organization")


def test_an_army_sent_into_a_place_is_no_inquiry() -> None:
    text = "The Defence Ministry sent the Northern Army into Kivuto."
    assert not any("into" in body for body in _named(text, "organization"))
