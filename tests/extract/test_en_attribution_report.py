"""A report's figures are its author's: "the report", "researchers" and a finding that
"concludes" name the organisation that wrote it (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_an_investigation_that_concludes_is_its_authors_finding() -> None:
    text = (
        "Amnesty International's two-year investigation into the Marawi siege concludes that "
        "soldiers killed at least 140 civilians."
    )
    assert parties(text) == [(140, "Amnesty International")]


def test_the_report_is_its_author_not_the_body_named_last() -> None:
    text = (
        "Amnesty International published a 90-page report on the Marawi siege on Tuesday. "
        "The Philippine army said that 47 soldiers were killed. "
        "The report also documents that troops detained more than 300 residents."
    )
    assert (300, "Amnesty International") in parties(text)


def test_the_title_of_a_report_names_its_author() -> None:
    text = (
        'Summary of "Nowhere to Run" (Amnesty International, March 2019)\n\n'
        "The Philippine army said 47 soldiers were killed. "
        "The report documents that troops detained 260 residents."
    )
    assert (260, "Amnesty International") in parties(text)
