""" "The group", "the organisation" right after a sentence in which a body asserted something
refers to that body, not to one named earlier in passing (sentences written for these
tests)."""

import pytest
from tests.extract.helpers import parties


@pytest.mark.parametrize(
    ("text", "count", "body"),
    [
        (
            "The Drina Archive Project collects testimony. BBC reporters filmed the camp in May "
            "1992. According to the archive project, 900 men were held there. The group added "
            "that 60 of them were later found in a mass grave.",
            60,
            "Drina Archive Project",
        ),
        (
            "The Sawa Rights Monitor opened an office in Goma. The Ministry of Justice inspected "
            "the prison in June. In the monitor's count, 400 people were detained there. The "
            "organisation said 35 detainees had been killed.",
            35,
            "Sawa Rights Monitor",
        ),
    ],
)
def test_the_group_is_the_body_that_spoke_before(text: str, count: int, body: str) -> None:
    assert (count, body) in parties(text)


def test_near_miss_a_person_who_spoke_is_not_the_group() -> None:
    text = (
        "The Lowveld Justice Network filed the case. Thandi Nkosi said 12 people died. The "
        "group said 40 others had been arrested."
    )
    assert (40, "Thandi Nkosi") not in parties(text)
