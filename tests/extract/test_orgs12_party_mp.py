"""A party is named by its member of parliament: "the Liberal MP X", "a Unionist MP"; a
people's adjective ("the Kenyan MP") or the member's standing ("an Opposition MP") names no
party. Every sentence here is invented."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("In the debate, the Liberal MP Ruth Kell asked for an inquiry.", "Liberal"),
        ("A Unionist MP, Owen Pike, defended the new budget.", "Unionist"),
        ("Ruth Kell, a nurse and later Liberal MP, wrote to the paper.", "Liberal"),
    ],
)
def test_a_party_before_its_mp_is_a_body(text: str, party: str) -> None:
    assert party in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan MP Ruth Kell asked for an inquiry.",
        "A Welsh MP asked for an inquiry.",
        "An Opposition MP asked for an inquiry.",
        "The Independent MP asked for an inquiry.",
    ],
)
def test_a_people_or_a_standing_names_no_party(text: str) -> None:
    assert annotated(text, "organization") == []
