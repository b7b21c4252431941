"""After "X, a teacher, said" the words that follow are what X said: a counted phrase there
("four members of her family") is never the speaker put after the verb, as "said the ministry"
is (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_counted_phrase_after_said_is_not_the_speaker() -> None:
    text = (
        "Outside the hall, Ali Karimi, a shopkeeper, said four members of his family, his wife "
        "and two sons, were killed in the raid."
    )
    assert parties(text) == [(4, "Ali Karimi")]


def test_a_speaker_after_said_still_speaks() -> None:
    text = "At least 40 people died in the fire, said the ministry."
    assert parties(text) == [(40, "ministry")]
