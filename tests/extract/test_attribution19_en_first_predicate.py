"""A subject with two predicates ("Our team gathered 80 accounts and found that …") and a
count of interviewees put after them ("Of the families we met, 12 said …") (sentences written
for these tests)."""

from tests.extract.helpers import attributions

_REPORT = "Report: the killings in Foo valley\nFoo Rights Watch, 3 May 2021\n\n"


def test_a_count_after_those_we_interviewed_speaks_as_the_report() -> None:
    text = (
        f"{_REPORT}We visited the valley twice. Of the residents we interviewed, 12 said they "
        "had been detained for days."
    )
    assert attributions(text) == ["Foo Rights Watch"]


def test_our_team_that_gathered_accounts_and_found_speaks_as_the_report() -> None:
    text = (
        f"{_REPORT}We visited the valley twice. Our team gathered 80 accounts from former "
        "prisoners and found that 35 of them had been tortured."
    )
    assert attributions(text) == ["Foo Rights Watch"]


def test_the_first_predicate_is_no_part_of_a_nameless_subject() -> None:
    text = "The monitors visited nine villages and found that 35 people had been killed."
    assert attributions(text) == ["monitors"]


def test_a_participle_in_the_subject_leaves_it_whole() -> None:
    text = "The detained men wrote letters and said that 35 people had been tortured."
    assert attributions(text) == ["detained men"]
