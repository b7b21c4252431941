"""A court's verdict in the shapes a case summary gives it: a trial then its verdict ("tried
14 and convicted 12 of them"), a sentence handed down, a judge named with his title and a long
aside, a jury whose sentence is over the killings, and a verb in a relative clause's passive
("who could be traced") that names no source (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_tribunal_that_tried_some_and_convicted_part_of_them() -> None:
    text = (
        "In March 1961 a military tribunal in Lyon tried 14 former guards who could be traced "
        "and convicted 12 of them, three of whom were sentenced to death."
    )
    found = dict(parties(text))
    assert found[12] == "military tribunal"
    assert found[3] == "military tribunal"


def test_a_passive_after_a_modal_names_no_source() -> None:
    text = "The army killed 40 men whose bodies could never be traced."
    assert parties(text) == [(40, None)]


def test_a_court_that_hands_down_sentences_today() -> None:
    text = "A special court in Kisumu today handed down sentences to 18 people convicted of arson."
    assert parties(text) == [(18, "special court")]


def test_a_judge_named_after_the_title_with_a_long_aside() -> None:
    text = (
        "Judge Mary Otieno, reading the verdict in a crowded courtroom in the north of the city, "
        "also sentenced 14 men to life in prison."
    )
    assert parties(text) == [(14, "Mary Otieno")]


def test_a_jury_sentencing_one_man_for_the_murder_of_villagers() -> None:
    text = (
        "On 3 May 2015 a five-member military jury at Fort Hood, north of Austin, sentenced "
        "John Smith, a former sergeant, to life in prison for the murder of 9 villagers."
    )
    assert parties(text) == [(9, "five-member military jury")]


def test_a_court_sentencing_for_killing_people() -> None:
    text = "The regional court sentenced two officers to prison for killing 6 protesters."
    assert parties(text) == [(2, "regional court"), (6, "regional court")]


def test_a_raid_the_author_describes_after_a_sentence_stays_unattributed() -> None:
    text = "The court sentenced 12 officers to prison for the raid, in which 30 people died."
    assert parties(text) == [(12, "court"), (30, None)]
