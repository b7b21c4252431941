"""A given name that opened a person's full name, found alone again where a person stands
(`names_fa`): at a sentence's start, and before a comma or a speech verb mid-sentence."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "before a speech verb": (
        "سیامک نوروزی بازداشت شد. ماموران آمدند و سیامک گفت که بی‌گناه است.",
        ["سیامک نوروزی", "سیامک"],
    ),
    "between commas": (
        "سیامک نوروزی بازداشت شد. پس از آزادی، سیامک، که بیمار بود، به کرج رفت.",
        ["سیامک نوروزی", "سیامک"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_given_name_again(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names
