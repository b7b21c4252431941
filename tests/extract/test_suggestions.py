"""Annotations become pending review suggestions with stable fingerprints."""

from datetime import date

from sabt.extract import Registry, annotate
from sabt.extract.suggestions import to_suggestions

TEXT = "Amnesty International said in March 2019 that at least 5,000 prisoners were executed."


def test_every_item_becomes_a_pending_suggestion() -> None:
    found = annotate(TEXT, registry=Registry.builtin(), reference_date=date(2021, 1, 1))
    rows = to_suggestions(found, case_id=1, source_id=7)
    kinds = [row.kind for row in rows]
    assert kinds.count("mention") == len(found.mentions)
    assert kinds.count("date") == len(found.dates) == 1
    assert kinds.count("claim") == 1
    claim = next(row for row in rows if row.kind == "claim")
    assert claim.payload["attributed_to"] == "Amnesty International"
    assert claim.annotator == "claim-rules" and claim.status == "pending"
    assert TEXT[claim.start_offset : claim.end_offset] == "at least 5,000"
    date_row = next(row for row in rows if row.kind == "date")
    assert date_row.payload["earliest"] == "2019-03-01"


def test_fingerprints_are_stable_across_runs() -> None:
    first = to_suggestions(annotate(TEXT, registry=Registry.builtin()), case_id=1)
    again = to_suggestions(annotate(TEXT, registry=Registry.builtin()), case_id=1)
    assert [r.fingerprint for r in first] == [r.fingerprint for r in again]
    assert len({r.fingerprint for r in first}) == len(first)
