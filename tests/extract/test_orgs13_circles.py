"""A body's name headed by Circle ("the Orvanne Lantern Circle", "the Pellith Weavers Circle")
is a body's name, as one headed by Network or Forum is. Every sentence and name here is
invented."""

import pytest
from tests.extract.helpers import annotated, proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Minutes kept by the Orvanne Lantern Circle. It adjourned.", "Orvanne Lantern Circle"),
        ("The Pellith Weavers Circle counted 80 members.", "Pellith Weavers Circle"),
    ],
)
def test_a_circle_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The expedition crossed the Arctic Circle in March.",
        "Only the Inner Circle of the regime knew of the order.",
    ],
)
def test_a_circle_with_one_word_before_it_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []
