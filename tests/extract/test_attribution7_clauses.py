"""Who speaks when clauses and participles stand around the verb: a fronted clause with a verb
of its own ("While the army said …, relatives put …"), a participle after the subject's comma
("…, saying 40 were killed"), a fronted "Quoting police,", the quoted and the reported ("was
quoted as saying", "is reported to have said"), and a person named in a described subject
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_fronted_while_clause_has_its_own_speaker() -> None:
    text = "While the army said only 12 people were killed, relatives put the number at 40 killed."
    assert parties(text) == [(12, "army"), (40, "relatives")]


def test_a_fronted_although_clause_has_its_own_speaker() -> None:
    text = "Although the ministry says 12 people died, local monitors say 40 were killed."
    assert parties(text) == [(12, "ministry"), (40, "local monitors")]


def test_a_participle_after_the_subjects_comma() -> None:
    text = (
        "The army said only 12 people were killed. Relatives dispute this, saying 40 were killed."
    )
    assert parties(text) == [(12, "army"), (40, "Relatives")]


def test_a_statement_issued_adding_a_figure() -> None:
    text = "The Valley Justice Centre issued a statement, adding that 40 people were executed."
    assert parties(text) == [(40, "Valley Justice Centre")]


def test_a_fronted_quoting_phrase_is_no_subject() -> None:
    text = "Quoting police, local media said 40 people were killed."
    assert parties(text) == [(40, "local media")]


def test_quoted_as_saying() -> None:
    text = "The governor was quoted as saying 40 people were killed."
    assert parties(text) == [(40, "governor")]


def test_quoted_by_the_media_as_saying() -> None:
    text = "Police were quoted by local media as saying 40 people were killed."
    assert parties(text) == [(40, "Police")]


def test_reported_to_have_said() -> None:
    text = "The governor is reported to have said that 40 people were killed."
    assert parties(text) == [(40, "governor")]


def test_a_person_named_in_a_described_subject_speaks() -> None:
    text = (
        "The Valley Justice Centre said 40 people were killed. The centre's director, Ana Ruiz, "
        "said 12 more were executed."
    )
    assert parties(text) == [(40, "Valley Justice Centre"), (12, "Ana Ruiz")]


def test_near_miss_a_described_subject_with_no_person_refers_back() -> None:
    text = (
        "The Valley Justice Centre said 40 people were killed. The centre's director said 12 "
        "more were executed."
    )
    assert parties(text)[1] == (12, "Valley Justice Centre")


def test_a_confession_states_its_count() -> None:
    assert parties("The defendant confessed to killing 24 people.") == [(24, "defendant")]


def test_a_guilty_plea_states_its_count() -> None:
    assert parties("Ali Reza pleaded guilty to killing 24 people.") == [(24, "Ali Reza")]


def test_a_participle_is_the_subjects_not_a_body_in_the_object() -> None:
    text = (
        "Police raided the offices of Amnesty International, saying 40 activists had been arrested."
    )
    assert parties(text) == [(40, "Police")]


def test_near_miss_a_passive_with_an_adverb_names_no_source() -> None:
    text = "The report on the massacre, which killed 300 people, was never published."
    assert parties(text) == [(300, None)]


def test_a_passive_with_an_adverb_keeps_its_agent() -> None:
    text = "The figure of 300 killed was later confirmed by the ministry."
    assert parties(text) == [(300, "ministry")]
