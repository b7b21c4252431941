"""A body that heard evidence vouches for what it was told: "The inquiry heard that 300 men
were held" is the inquiry's (sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_the_body_that_heard_that_is_the_party() -> None:
    text = "The commission heard that about 300 men were held in the stadium for days."
    assert attributions(text) == ["commission"]


def test_a_named_inquiry_that_heard_that_is_the_party() -> None:
    text = (
        "The Foo Inquiry sat for two years. The inquiry heard that about 300 men were held in "
        "the stadium for days."
    )
    assert attributions(text) == ["Foo Inquiry"]
