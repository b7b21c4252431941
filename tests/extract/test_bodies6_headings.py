"""A body named at a heading's end whose name the rules ran on past the blank line into the
paragraph's first word keeps the heading's side: a name never crosses a blank line, and a
name found by its head word belongs to the side that holds the head."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Annual report of the Ministry of Justice\n\nPrisons held 4,000 detainees in 2019.",
            "Ministry of Justice",
        ),
        (
            "Submission to the Office of the High Commissioner\n\nSeveral witnesses described "
            "beatings.",
            "Office of the High Commissioner",
        ),
        (
            "Letter from the Court of Appeal of Kenya\n\nJudges ruled that the detention was "
            "lawful.",
            "Court of Appeal of Kenya",
        ),
        (
            "Statement by the Council of Europe\n\nObservers said the vote was free.",
            "Council of Europe",
        ),
    ],
)
def test_a_body_closing_a_heading_keeps_the_headings_side(text: str, name: str) -> None:
    assert name in proposed(text, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "REPORT SUMMARY: SACABA AND SENKATA\n\nThe Interdisciplinary Group of Independent "
            "Experts found 20 dead.",
            "Interdisciplinary Group of Independent Experts",
        ),
        (
            "Witness Statements From Kasai\n\nThe Congolese Bar Association of Kananga said 30 "
            "lawyers were held.",
            "Congolese Bar Association of Kananga",
        ),
    ],
)
def test_a_heading_that_runs_into_a_paragraphs_body_is_cut_off(text: str, name: str) -> None:
    assert name in proposed(text, "organization")
