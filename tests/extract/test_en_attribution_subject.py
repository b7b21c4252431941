"""The subject of a verb of asserting ends where a participle's modifier or an earlier verb
sharing it begins (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_participle_after_the_subject_opens_a_modifier_not_the_party() -> None:
    text = (
        "A parliamentary panel examining the navy's conduct during the 1974 blockade said on "
        "Friday that sailors had detained at least 312 fishermen."
    )
    assert parties(text) == [(312, "parliamentary panel")]


def test_a_body_set_up_to_investigate_is_the_party_not_what_it_investigates() -> None:
    text = (
        "A committee set up by the Ministry of Justice to review the prison riots estimated that "
        "about 90 inmates were killed."
    )
    assert [p for _, p in parties(text)] == ["committee"]


def test_a_second_verb_shares_the_subject_of_the_first() -> None:
    text = (
        "A provincial inquiry reported on Monday that it had confirmed the deaths of 58 miners "
        "and identified 21 others who disappeared."
    )
    assert [p for _, p in parties(text)] == ["provincial inquiry", "provincial inquiry"]


def test_a_noun_in_ing_before_the_subject_is_no_participle() -> None:
    text = "On Tuesday evening the Velmora Observatory said 44 people were killed."
    assert [p for _, p in parties(text)] == ["Velmora Observatory"]


def test_a_fronted_phrase_and_its_comma_are_no_part_of_the_subject() -> None:
    text = (
        "The Ostrava Reconciliation Commission sat for three years. In its final report, the "
        "commission documented 2,700 disappearances."
    )
    assert parties(text) == [(2700, "Ostrava Reconciliation Commission")]
