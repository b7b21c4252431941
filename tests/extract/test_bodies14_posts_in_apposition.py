"""A body's name headed by a post's title that stands in apposition to a person ("Ana Ortiz,
the UN High Commissioner for Human Rights, said") or after "as" is the person's post, no body;
said of the office itself, or after a phrase that is no person, it stays a body. Every
sentence here is invented (the office is a real one the registry lists)."""

import pytest
from tests.extract.helpers import annotated

OFFICE = "UN High Commissioner for Human Rights"


@pytest.mark.parametrize(
    "text",
    [
        f"Ana Ortiz, the {OFFICE}, said 20 died.",
        f"Ana Ortiz, then {OFFICE}, said 20 died.",
        "Ana Ortiz served as High Commissioner for Human Rights, reported that 20 died.",
    ],
)
def test_a_post_held_by_a_person_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    "text",
    [
        f"A spokesman for the {OFFICE} said 20 died.",
        f"The report, the {OFFICE} said, is true.",
    ],
)
def test_the_office_itself_stays_a_body(text: str) -> None:
    assert OFFICE in annotated(text, "organization")
