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
    body = _body(text, "Kalewa Memory Trust")
    assert with_short_forms(text, [body]) == [body]


def test_no_short_form_without_its_body_before_it() -> None:
    text = "The Trust met in May. The Kalewa Memory Trust was founded later."
    body = _body(text, "Kalewa Memory Trust")
    assert with_short_forms(text, [body]) == [body]


def test_no_short_form_where_the_head_runs_on_past_an_apostrophe() -> None:
    # A suffix glued on by an apostrophe makes a longer word; the possessive "’s" does not.
    text = "The Kalewa Memory Trust met in May. Then the Trust’ın report came."
    body = _body(text, "Kalewa Memory Trust")
    assert with_short_forms(text, [body]) == [body]


def test_no_short_form_over_a_mention_already_found() -> None:
    text = "The Kalewa Memory Trust met in May. Then the Trust paid."
    body = _body(text, "Kalewa Memory Trust")
    again = _body(text, "Trust", at=text.rindex("Trust"))
    assert with_short_forms(text, [body, again]) == [body, again]


def test_a_one_word_body_has_no_short_form() -> None:
    # "Network" is its own head: "the Network" after it is the word again, not a short form.
    text = "Network staff met in May. Then the Network paid."
    body = _body(text, "Network")
    assert with_short_forms(text, [body]) == [body]


def test_the_short_form_takes_the_nearest_body_before_it() -> None:
    text = (
        "The Tarnak Truth Commission sat a year, the Ondra Land Commission a month. The Commission"
    )
    first = _body(text, "Tarnak Truth Commission", entity="tarnak")
    second = _body(text, "Ondra Land Commission", entity="ondra")
    short = with_short_forms(text, [first, second])[-1]
    assert (short.text, short.entity) == ("Commission", "ondra")


def _body(text: str, words: str, entity: str | None = None, at: int | None = None) -> Mention:
    """The body `words` found at `at` (else where it first stands), registered as `entity`."""
    start = text.index(words) if at is None else at
    name = words if entity else None
    return Mention(entity, name, "organization", words, start, start + len(words), "names:test")
