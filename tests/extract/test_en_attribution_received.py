"""Who received the accounts vouches for their count ("has received statements putting the
toll at …"), and data "gathered by" X are X's (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_body_that_collected_statements_is_the_party_of_their_count() -> None:
    text = (
        "The Kessel Ombudsman's Office has collected sworn statements from survivors that put "
        "the number of villagers killed in the raid at 73."
    )
    assert parties(text) == [(73, "Kessel Ombudsman's Office")]


def test_the_body_that_received_statements_putting_a_toll() -> None:
    text = (
        "The Velmora Truth Commission opened its hearings in March. The commission has "
        "received testimonies putting the number of people killed in the valley at 1,300."
    )
    assert [p and "ommission" in p for _, p in parties(text)] == [True]


def test_data_gathered_by_a_body_are_its_figures() -> None:
    text = "Data gathered by the Ostrava Monitoring Group indicate that 230 people were killed."
    assert parties(text) == [(230, "Ostrava Monitoring Group")]


def test_they_after_a_speakers_verb_is_that_speaker() -> None:
    text = (
        "Two lawyers' unions said on Tuesday that the roads were closed, and that "
        "they had received reports of at least 9 students detained at a checkpoint."
    )
    assert parties(text) == [(9, "Two lawyers' unions")]
