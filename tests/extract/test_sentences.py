"""Sentence ends: initials and abbreviations stay inside a sentence."""

from sabt.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_an_initial_does_not_end_a_sentence() -> None:
    text = "The report was signed by J. K. Dorran in May. It named 40 officers."
    assert _texts(text) == [
        "The report was signed by J. K. Dorran in May.",
        "It named 40 officers.",
    ]


def test_the_pronoun_i_and_a_word_still_end_sentences() -> None:
    assert _texts("Then it was over, and so was I. We walked home.") == [
        "Then it was over, and so was I.",
        "We walked home.",
    ]
    assert _texts("They left at dawn. Mrs. Orlan stayed.") == [
        "They left at dawn.",
        "Mrs. Orlan stayed.",
    ]
