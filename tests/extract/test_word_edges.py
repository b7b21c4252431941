"""The shared word edges: where a word ends, and where a Persian word may start."""

import re

from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END


def test_word_end_needs_no_letter_or_joiner_after() -> None:
    said = re.compile("گفت" + WORD_END)
    assert said.search("او گفت، ده نفر")
    assert said.search("he گفت 12")
    assert not said.search("گفتند")
    assert not said.search("گفت\u200cوگو")


def test_a_persian_word_starts_after_no_persian_letter_or_joiner() -> None:
    object_mark = re.compile(NOT_AFTER_PERSIAN + "را")
    assert object_mark.search("او را دید")
    assert object_mark.search("(را")
    assert not object_mark.search("مرا دید")
    assert not object_mark.search("آن\u200cرا")
