"""A verb after ", and" with no subject of its own goes on with the speaker of the verb before
it (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_a_verb_after_comma_and_keeps_the_speaker_before() -> None:
    text = (
        "Village elders spoke of about 30 people killed, and said dozens of men were arrested "
        "that week."
    )
    assert attributions(text) == ["Village elders", "Village elders"]


def test_a_speaker_in_an_earlier_clause_is_not_shared() -> None:
    text = (
        "Village elders spoke of about 30 people killed; soldiers burned the huts, and said "
        "dozens of men were arrested."
    )
    assert attributions(text) == ["Village elders", None]
