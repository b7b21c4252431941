"""A report named by its title and then its publishers ("the report Roads of Ash, published by
the Foo Justice Commission") is theirs: "the report found" later speaks as them, not as the
party named last (sentences written for these tests)."""

from tests.extract.helpers import attributions

_LATER = (
    " Activists have since put the toll at up to 5,000. In March 1985, the report found, "
    "thousands of villagers were held at a camp near the river."
)


def test_the_report_found_is_its_publishers() -> None:
    text = (
        "The 2004 report Roads of Ash, published by the Foo Justice Commission, named more than "
        "900 people who were killed." + _LATER
    )
    assert attributions(text)[1:] == ["Activists", "Foo Justice Commission"]


def test_the_last_of_two_publishers_is_named() -> None:
    text = (
        "The 2004 report Roads of Ash, published by the Foo Justice Commission and the Bar Legal "
        "Foundation, named more than 900 people who were killed." + _LATER
    )
    assert attributions(text)[1:] == ["Activists", "Bar Legal Foundation"]
