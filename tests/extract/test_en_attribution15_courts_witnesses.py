"""Courts and witnesses in the shapes unseen text gave them: a plural court with no article as
a verdict's agent ("sentenced by regional tribunals"), and "put" that places no figure ("put us in
a truck"), which asserts nothing in a witness's account (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_plural_court_with_no_article_is_the_agent_of_a_verdict() -> None:
    text = "Nine officers were convicted by regional courts, and their commander resigned."
    assert parties(text) == [(9, "regional courts")]


def test_put_with_no_figure_placed_asserts_nothing() -> None:
    text = (
        "Testimony of Marta Velasco, recorded in Quito on 4 June 2017 by the Andean Memory "
        "Project\n\n"
        "They arrested me and my two sisters and put us in the back of a truck."
    )
    assert parties(text) == [(3, "Marta Velasco")]


def test_put_with_its_figure_placed_still_asserts_it() -> None:
    text = "Local officials put the number of people killed in the raid on the farm at about 60."
    assert parties(text) == [(60, "Local officials")]


def test_a_verdict_after_and_shares_the_court_of_the_verdict_before() -> None:
    text = (
        "After a long hearing, a district court in Tema convicted 11 officers, and in June 2004 "
        "sentenced 23 others to prison terms."
    )
    assert parties(text) == [(11, "district court"), (23, "district court")]
