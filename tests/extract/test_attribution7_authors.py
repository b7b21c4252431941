"""Who "we" are: the witness a testimony names (in a heading of its own too), else the body
whose report the text is, named in its title or byline; "we" alone is no party (sentences
written for these tests)."""

from tests.extract.helpers import parties


def test_we_in_a_report_is_the_body_of_its_byline() -> None:
    text = (
        "Amnesty International\nReport, May 2021\n\n"
        "We documented 40 cases of enforced disappearance in the province."
    )
    assert parties(text) == [(40, "Amnesty International")]


def test_our_research_in_a_report_is_the_body_under_its_title() -> None:
    text = (
        "Crackdown in the Valley\nHuman Rights Watch, June 2020\n\n"
        "Our research found that police detained more than 1,300 people."
    )
    assert parties(text) == [(1300, "Human Rights Watch")]


def test_we_with_no_author_named_is_no_party() -> None:
    text = "The soldiers came at night. We counted 40 bodies in the square."
    assert parties(text) == [(40, None)]


def test_we_in_a_testimony_is_its_witness() -> None:
    text = "Testimony of Fatima Noor\n\nWe counted 40 bodies in the square."
    assert parties(text) == [(40, "Fatima Noor")]


def test_a_witness_statement_heading_names_the_witness() -> None:
    text = (
        "Witness statement of Fatima Noor\n\n"
        "I was arrested in March with my two brothers. In our cell there were 30 women."
    )
    # (the witness counts themself with their brothers: arrested 3)
    assert parties(text) == [(3, "Fatima Noor"), (30, "Fatima Noor")]


def test_we_after_a_self_introduction_is_the_witness() -> None:
    text = "My name is Fatima Noor. We counted 40 bodies in the square."
    assert parties(text) == [(40, "Fatima Noor")]
