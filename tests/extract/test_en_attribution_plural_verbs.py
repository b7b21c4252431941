"""A plural subject asserts in the verb's bare form: "activists claim", "relatives allege"
(sentences written for these tests)."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Opposition activists claim that as many as 90 people have been executed.", "activists"),
        ("Relatives allege that police detained 35 students after the march.", "Relatives"),
        ("Local monitors maintain that 48 civilians were killed in the shelling.", "monitors"),
    ],
)
def test_a_plural_subjects_bare_verb_names_the_party(text: str, party: str) -> None:
    parties = [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]
    assert len(parties) == 1 and parties[0] is not None and party in parties[0]
