"""The misses tool lists each gold item the annotators missed and each item they added."""

from datetime import date

from benchmarks.extract_misses import misses

from sabt.extract import Registry, annotate

TEXT = "Judge Ana Ruiz met Carlos Mendes in Lima on 3 May 2019.\n"


def test_missed_and_extra_items_are_listed_and_matched_ones_are_not() -> None:
    got = annotate(TEXT, registry=Registry.builtin(), reference_date=date(2019, 5, 4))
    found = {m.text for m in got.mentions if m.type == "person"}
    assert {"Ana Ruiz", "Carlos Mendes"} <= found
    ruiz, lima = TEXT.index("Ana Ruiz"), TEXT.index("Lima")
    doc = {
        "mentions": [
            {"type": "person", "start": ruiz, "end": ruiz + 8},
            {"type": "place", "start": lima, "end": lima + 4},
            {"type": "organization", "start": 0, "end": 5},
        ],
        "dates": [],
        "claims": [],
        "occupancies": [],
    }
    lines = list(misses(doc, TEXT, got, ["person", "organization", "dates"]))
    assert "EXTRA person: 'Carlos Mendes'" in lines
    assert "MISS organization: 'Judge'" in lines
    assert not any("Ana Ruiz" in line for line in lines)
    assert "EXTRA date: '3 May 2019'" in lines
