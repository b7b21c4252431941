"""Round 9 bodies: capitals before a person's given and family names are that person's initials
(South Asian usage), not a body's acronym; an acronym before a body's or a post's words stays a
body."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("The court convicted AKM Rahim Uddin, its director, on Monday.", "AKM"),
        ("SM Kamal Hossain (a lawyer) was held for a week.", "SM"),
        ("Police detained ABM Shafiqul Islam and two others.", "ABM"),
    ],
)
def test_initials_before_a_persons_name_are_no_body(text: str, initials: str) -> None:
    assert initials not in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("MSF said 12 died in the camp.", "MSF"),
        ("ICRC President Peter Maurer said the camp was full.", "ICRC"),
        ("A KPF Commander Ahmad Khan was there, they said.", "KPF"),
    ],
)
def test_an_acronym_before_a_post_or_alone_stays_a_body(text: str, body: str) -> None:
    assert body in annotated(text, "organization")
