"""A word after a written ezafe (قوه‌ی X، کمیته‌ی X) belongs to the body's name even where a
verb or the sentence's end follows it: a verb never follows an ezafe. Without the written ezafe
the word before a light verb or the sentence's end is still the verb's. Every sentence and name
here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("در آن سال رامین تاجیک رئیس کمیته‌ی امداد بود.", "کمیته\u200cی امداد"),
        ("رامین تاجیک اکنون سخنگوی قوه‌ی قضاییه است.", "قوه\u200cی قضاییه"),
        (
            "نامه‌ای سرگشاده به رامین تاجیک، رئیس قوه‌ی قضاییه\n\nشیراز، ۲ مهر ۱۴۰۲",
            "قوه\u200cی قضاییه",
        ),
    ],
)
def test_a_word_after_a_written_ezafe_ends_the_name_before_the_verb(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


def test_without_a_written_ezafe_the_word_before_the_verb_is_the_verbs() -> None:
    assert proposed("در آن سال رامین تاجیک رئیس کمیته امداد بود.", "organization") == []


def test_a_head_after_the_ezafe_opens_no_name_before_the_verb() -> None:
    text = "کشاورزان خواستار سهم بیشتری در اداره‌ی شهر بودند."
    assert proposed(text, "organization") == []
