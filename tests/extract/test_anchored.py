"""A rule found from its keyword gives the spans the one-regex rule gives."""

import re

from sabt.extract.anchored import (
    Anchored,
    Keyed,
    Leaping,
    Opened,
    by_first_letter,
    literal_openings,
    split_alternatives,
)

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
    assert [TEXT[slice(*m.span("name"))] for m in anchored.finditer(TEXT)] == [
        "The Syrian army",
        "Bosnian Serb forces",
    ]


BODIES = (
    "The Ministry of Justice and the Interior Ministry met; the ministry said so. "
    + "x" * 300
    + " The Court of Appeal, the Court, and Ministry Ministry of Defence. Courtney left."
)


def test_leaping_matches_equal_the_plain_regex() -> None:
    full = re.compile(
        r"(?<!\w)(?P<name>(?:[A-Z][a-z]+\s+(?:of\s+)?)*(?:Ministry|Court)\b(?:\s+of\s+[A-Z][a-z]+)*)"
    )
    leaping = Leaping(re.compile(r"(?:Ministry|Court)\b"), full, before=60, after=60)
    want = [m.span("name") for m in full.finditer(BODIES)]
    got = [m.span("name") for m in leaping.finditer(BODIES)]
    assert got == want
    assert [BODIES[slice(*span)] for span in got] == [
        "The Ministry of Justice",
        "Interior Ministry",
        "The Court of Appeal",
        "Court",
        "Ministry Ministry of Defence",
    ]


def test_alternatives_grouped_by_first_letter_match_as_before() -> None:
    words = r"said|says|was (?:later |then )?appointed|warned|Mrs?\.|Mr|told"
    grouped = by_first_letter(words)
    assert grouped.startswith("s(?:aid|ays)|w(?:as (?:later |then )?appointed|arned)|")
    text = "Mrs. Vale said, Mr Ong says; he was later appointed, told and warned."
    plain = [m.span() for m in re.finditer(rf"\b(?:{words})", text)]
    assert [m.span() for m in re.finditer(rf"\b(?:{grouped})", text)] == plain
    assert len(plain) == 7


def test_opened_from_first_letters_matches_a_look_behind_as_before() -> None:
    words = "Red|Rede|Comité|Centro|Centre"
    pattern = re.compile(rf"(?<![\w’'])(?:{words})s?\b")
    opened = Opened(pattern, re.compile(by_first_letter(words)))
    text = "Rede Centro, aCentre, l’Comité, Comité's Red; d'Rede, Centres: Redes Red"
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in opened.finditer(text)] == plain
    assert [text[slice(*span)] for span in plain] == [
        "Rede", "Centro", "Comité", "Red", "Centres", "Redes", "Red"
    ]  # fmt: skip


def test_keyed_matches_equal_the_regex() -> None:
    pattern = re.compile(r"(?:named|renamed|known as|(?:false|assumed)\s+name|alias)\s+\w+")
    keyed = Keyed(pattern, ("named", "renamed", "known as", "false", "assumed", "alias"))
    text = (
        "She was renamed Oda, known as Ketil known as Brann, under a false  name Sven, "
        "an assumed name; alias alias Tor; named"
    )
    want = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in keyed.finditer(text)] == want
    assert [text[slice(*span)] for span in want] == [
        "renamed Oda",
        "known as Ketil",
        "known as Brann",
        "false  name Sven",
        "alias alias",
    ]


def test_opened_matches_equal_the_regex() -> None:
    pattern = re.compile(r"(?=[A-Z])(?P<name>(?:Mount|Mountain|Lake)\s+[A-Z][a-z]+)(?![\w\-])")
    opened = Opened(pattern, re.compile(by_first_letter("Mount|Mountain|Lake")))
    text = "Mountain Vale and Mount Oro, Lake Lakeside, Mount oro, MountLake Tana; Lake Tana-Ri"
    want = [m.span("name") for m in pattern.finditer(text)]
    assert [m.span("name") for m in opened.finditer(text)] == want
    assert [text[slice(*span)] for span in want] == [
        "Mountain Vale", "Mount Oro", "Lake Lakeside", "Lake Tana"
    ]  # fmt: skip


def test_keyed_and_opened_try_openings_that_overlap() -> None:
    pattern = re.compile(r"aa\d")  # "aaa1" opens at its second "a", inside the first opening
    text = "aaa1 aa2 aaaa3"
    want = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in Opened(pattern, re.compile("aa")).finditer(text)] == want
    assert [m.span() for m in Keyed(pattern, ("aa",)).finditer(text)] == want
    assert [text[slice(*span)] for span in want] == ["aa1", "aa2", "aa3"]


def test_literal_openings_read_into_groups_and_stop_at_what_is_no_plain_character() -> None:
    assert literal_openings(r"ab(?:c|d)e?") == ("abc", "abd")
    assert literal_openings(r"(?=[a-z])(?<!\w)(?:said|s(?:ays|aid))\b") == ("said", "says")
    assert literal_openings(r"Mrs?\.|(?P<t>Dr)\.|x[(|]y|\s+z") == ("Mr", "Dr", "x", "")
    assert literal_openings(r"un(?:til|less)?|o(?:f|n)+") == ("un", "o")


def test_split_alternatives_keeps_a_class_whole() -> None:
    assert split_alternatives(r"a[|(]b|c(?:d|e)|\|f") == ["a[|(]b", "c(?:d|e)", r"\|f"]
