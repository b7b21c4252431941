"""A rule found from its keyword back gives the spans the one-regex rule gives."""

import re

from sabt.extract.anchored import Anchored

TEXT = "The Syrian army and Bosnian Serb forces, then the army alone; Syrian Army units."


def test_anchored_spans_equal_the_plain_regex() -> None:
    plain = re.compile(r"(?<!\w)(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:army|forces))\b")
    anchored = Anchored(
        re.compile(r"(?<=\s)(?:army|forces)\b"),
        re.compile(r"(?<!\w)(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$"),
        with_anchor=True,
    )
    want = [m.span("name") for m in plain.finditer(TEXT)]
    got = [m.span("name") for m in anchored.finditer(TEXT)]
    assert got == want == [(0, 15), (20, 39)]
    assert [m.groupdict()["name"] for m in anchored.finditer(TEXT)] == [
        "The Syrian army",
        "Bosnian Serb forces",
    ]
