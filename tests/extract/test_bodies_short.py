"""A body named again by its capitalised head word alone ("the Trust" after "the Kalewa Memory
Trust") is that body; the lower-case word, a head opening a longer name, or a head with no
such body before it is not. Every sentence and name here is invented."""

import pytest

from sabt.extract import Registry, annotate
from sabt.extract.bodies_short import with_short_forms
from sabt.extract.mentions import Mention

REGISTRY = Registry.builtin()


def _bodies(text: str) -> list[tuple[str, int, str | None]]:
    mentions = annotate(text, registry=REGISTRY).mentions
    return [(m.text, m.start, m.name) for m in mentions if m.type == "organization"]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The Kalewa Memory Trust met in May. Interviews by the Trust began in June.", "Trust"),
        ("The Tarnak Truth Commission sat a year. The Commission found 300 dead.", "Commission"),
        ("The Ondra Relief Network counted them. The Network's figures rose.", "Network"),
    ],
)
def test_the_capitalised_head_after_its_body_is_the_body(text: str, short: str) -> None:
    assert (short, text.rindex(short), None) in _bodies(text)


def test_the_short_form_takes_the_registered_body_it_follows() -> None:
    text = "The International Criminal Court ruled in May. The Court's judges agreed.\n"
    assert ("Court", text.rindex("Court"), "International Criminal Court") in _bodies(text)


@pytest.mark.parametrize(
    "later",
    [
        "the trust began in June",  # lower case: a description
        "the Trust President spoke",  # the head opens a longer capitalised name
        "the Trust for Ondra Orphans spoke",  # … or a name with its purpose after "for"
        "the Trust-funded school opened",
    ],
)
def test_no_short_form_where_the_head_is_not_the_body_alone(later: str) -> None:
    text = f"The Kalewa Memory Trust met in May. Then {later}."
    body = Mention(None, None, "organization", "Kalewa Memory Trust", 4, 23, "names:test")
    assert with_short_forms(text, [body]) == [body]


def test_no_short_form_without_its_body_before_it() -> None:
    text = "The Trust met in May. The Kalewa Memory Trust was founded later."
    body = Mention(None, None, "organization", "Kalewa Memory Trust", 26, 45, "names:test")
    assert with_short_forms(text, [body]) == [body]
