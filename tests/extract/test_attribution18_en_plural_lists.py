"""A plural subject that lists a figure ("relatives list 14 people as missing") asserts it, as
"lists" and "listed" do (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_a_plural_that_lists_a_figure_asserts_it() -> None:
    text = "The soldiers took the men away; relatives still list 14 people as missing."
    assert attributions(text) == ["relatives"]


def test_list_before_no_figure_names_no_party() -> None:
    text = "The monitors list their sources on the website, and 14 people are still missing."
    assert attributions(text) == [None]
