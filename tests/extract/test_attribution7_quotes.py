"""Who speaks a quotation: the speaker after it stays on the quote's own line, a pronoun
speaker opening a paragraph is the person named in the paragraphs before, and a role named in
apposition is the name (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_the_line_after_a_quote_is_no_speaker_of_it() -> None:
    text = (
        "Amnesty International said security forces had killed at least 23 people. "
        '"The real number is likely much higher," said Diana Eltahawy, the deputy director. '
        '"We have confirmed the deaths of 23 people, including 5 children."\n\n'
        "The authorities have acknowledged 9 deaths."
    )
    got = parties(text)
    assert (5, "Diana Eltahawy") in got
    assert (5, "authorities") not in got
    assert got[-1] == (9, "authorities")


def test_a_pronoun_speaker_opening_a_paragraph_is_the_person_named_before() -> None:
    text = (
        "Ahmed Khalil said 40 people were killed.\n\n"
        "“Another 12 died of their wounds overnight,” he said."
    )
    assert parties(text) == [(40, "Ahmed Khalil"), (12, "Ahmed Khalil")]


def test_she_told_after_a_quote_in_a_new_paragraph() -> None:
    text = (
        "Lerato Dube, a nurse, described the night of the raid.\n\n"
        "“They shot 14 people in the market,” she told reporters."
    )
    assert parties(text) == [(14, "Lerato Dube")]


def test_a_role_named_in_apposition_after_a_quote_is_the_name() -> None:
    text = (
        "“They killed 19 men from our village,” the farmer's widow, Maryam Saleh, told reporters."
    )
    assert parties(text) == [(19, "Maryam Saleh")]


def test_near_miss_a_role_with_no_name_after_a_quote_stays_the_role() -> None:
    text = "“They killed 19 men from our village,” a farmer told reporters."
    assert parties(text) == [(19, "farmer")]
