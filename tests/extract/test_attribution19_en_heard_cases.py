"""A court that heard cases and convicted people asserts the count it convicted (sentences
written for these tests)."""

from tests.extract.helpers import attributions


def test_a_court_that_heard_cases_and_convicted() -> None:
    text = (
        "In 2011 a special court in Foo City heard the charges against the camp guards and "
        "convicted seven of them."
    )
    assert attributions(text) == ["special court"]
