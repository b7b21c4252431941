"""A wire's dateline whose agency is described in its brackets ("(Coast Wire, a regional news
service)") is still a dateline: its word in capitals is a place, not a body's acronym."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LOME, Togo, March 3 (Coast Wire, a regional news service) — Soldiers fired.", "LOME"),
        ("KINSHASA, May 9 (Reuters/Staff) — Police dispersed a march on Tuesday.", "KINSHASA"),
        ("BAMAKO (Sahara Press, a local agency) — Gunmen attacked the market.", "BAMAKO"),
        ("HARARE, Zimbabwe (Southern Desk, a news cooperative) — Two men were held.", "HARARE"),
    ],
)
def test_a_datelines_place_with_a_described_agency(text: str, place: str) -> None:
    assert place in proposed(text, "place")
    assert place not in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # Not opening a line: an acronym in the text, no dateline.
        "Later, UNICEF (the children's agency) — which runs the camps — said 40 died.",
        # No dash after the brackets: a body's acronym opening a sentence.
        "MONUSCO (the UN mission) said on Monday that 12 civilians were killed.",
    ],
)
def test_no_dash_or_not_a_lines_start_makes_no_dateline(text: str) -> None:
    assert not any(name in ("UNICEF", "MONUSCO") for name in proposed(text, "place"))
