"""A phrase fronted with no comma ends where the last determiner no preposition governs opens
the subject ("In its final report the commission estimated …"); adverbs after the subject are
no part of it; "the commission" refers back to a body whose name holds the whole word
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_fronted_phrase_without_a_comma() -> None:
    text = "In its final report the commission estimated that 3,400 people had disappeared."
    assert parties(text) == [(3400, "commission")]


def test_a_fronted_date_without_a_comma_keeps_the_whole_subject() -> None:
    text = "On Monday the ministry of the interior said 22 people had died."
    assert parties(text) == [(22, "ministry of the interior")]


def test_a_fronted_phrase_with_its_own_determiners() -> None:
    text = "In the wake of the killings the mayor said 22 people had died."
    assert parties(text) == [(22, "mayor")]


def test_an_adverb_after_the_subject_is_no_part_of_it() -> None:
    text = "Ten years on, the families still say 45 people are missing."
    assert parties(text) == [(45, "families")]


def test_the_commission_is_not_the_high_commissioner() -> None:
    text = (
        "The Truth Commission for Ruvenia was set up in 2001. The Office of the High "
        "Commissioner for Refugees sent observers. In March the commission said soldiers "
        "had killed 100 civilians."
    )
    assert parties(text) == [(100, "Truth Commission for Ruvenia")]


def test_near_miss_a_fronted_phrase_before_a_name_keeps_the_name() -> None:
    text = "In 2009 Human Rights Watch documented 48 killings by the police."
    assert parties(text) == [(48, "Human Rights Watch")]
