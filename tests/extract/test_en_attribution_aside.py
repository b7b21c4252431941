"""A figure in the speaker's apposition ("X, whose son was among 43 students taken, said …")
is the author's, not what the speaker says (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_figure_in_the_speakers_apposition_is_the_authors() -> None:
    text = (
        "Lucia Ferreira, whose brother was among 61 miners killed in the 1989 strike, said the "
        "company had never apologised."
    )
    assert parties(text) == [(61, None)]


def test_a_figure_after_the_verb_stays_the_speakers() -> None:
    text = (
        "Lucia Ferreira, whose brother died in the 1989 strike, said soldiers killed 61 miners "
        "that day."
    )
    assert parties(text) == [(61, "Lucia Ferreira")]
