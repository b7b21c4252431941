"""A Persian person's name does not run into the noun of a compound verb of speech that follows
it (X Y سخن گفت، X Y صحبت کرد: spoke)."""

import pytest

from sabt.extract import Registry, annotate


@pytest.mark.parametrize(
    "text",
    [
        "در مراسم سالگرد، جلال طالبانی سخن گفت.",
        "پس از دیدار، جلال طالبانی صحبت کرد.",
    ],
)
def test_a_speech_noun_after_a_name_is_the_verbs(text: str) -> None:
    persons = [m.text for m in annotate(text, registry=Registry.builtin()).mentions]
    assert not any(p.endswith(("سخن", "صحبت")) for p in persons)
    assert len(persons) == 1
