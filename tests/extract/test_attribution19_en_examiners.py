"""Those whose trade is to examine the dead count the remains they find, named or not:
"investigators found the remains of dozens" is theirs (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_investigators_who_found_remains_count_them() -> None:
    text = (
        "In 2008, investigators found the remains of dozens of people in a grave near the barracks."
    )
    assert attributions(text) == ["investigators"]


def test_examiners_with_a_relative_clause_count_what_they_recovered() -> None:
    text = (
        "At the quarry, forensic pathologists who opened the pit recovered the remains of about "
        "250 people."
    )
    assert attributions(text) == ["forensic pathologists"]


def test_a_named_team_that_found_remains_counts_them() -> None:
    text = "The Foo Forensic Team found the remains of 96 people in the well."
    assert attributions(text) == ["Foo Forensic Team"]


def test_others_who_found_remains_name_no_party() -> None:
    text = "Monitors found the remains of 30 people near the river."
    assert attributions(text) == [None]


def test_a_subject_that_only_opens_with_examiners_names_no_party() -> None:
    """The examiners must be the whole subject (or open a relative clause on it): the
    investigators' families are not those whose trade is to examine the dead."""
    text = "The investigators' families found the remains of 30 people near the river."
    assert attributions(text) == [None]
