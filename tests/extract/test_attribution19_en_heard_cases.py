"""A court that heard cases and convicted people asserts the count it convicted (sentences
written for these tests)."""

from tests.extract.helpers import attributions


def test_a_court_that_heard_cases_and_convicted() -> None:
    text = (
        "In 2004 a special court in Foo City heard cases arising from the riots of that year "
        "and convicted nine defendants."
    )
    assert attributions(text) == ["special court"]
