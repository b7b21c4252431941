"""A count of the people a report interviewed ("Nine of those we interviewed said …") is no
party: the report that gathered their accounts asserts what they said (sentences written for
these tests)."""

from tests.extract.helpers import attributions

_REPORT = "Report: the killings in Foo valley\nFoo Rights Watch, 3 May 2021\n\n"


def test_a_count_of_those_we_interviewed_speaks_as_the_report() -> None:
    text = (
        f"{_REPORT}We interviewed 60 residents of the valley. Nine of those we interviewed said "
        "that 30 people were arrested that night."
    )
    assert attributions(text) == ["Foo Rights Watch"]


def test_a_count_of_the_people_we_spoke_with_speaks_as_the_report() -> None:
    text = (
        f"{_REPORT}Most of the survivors we spoke with said that 30 people were arrested that "
        "night."
    )
    assert attributions(text) == ["Foo Rights Watch"]
