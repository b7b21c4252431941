"""The database itself refuses rows that break the model's invariants, on every backend."""

from datetime import date
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from sabt.errors import BadInput
from sabt.model import Blob, Claim, Entity, Judgement, Source
from sabt.model.vocab import vocabulary
from sabt.store.casefolder import CaseFolder


def _source(case: CaseFolder, **overrides: Any) -> Source:
    values: dict[str, Any] = {
        "case_id": case.case_id,
        "title": "t",
        "blob_sha256": "0" * 64,
        "filename": "f",
        "media_type": "text/plain",
        "origin": "test",
        "acquired_by": "tester",
    }
    values.update(overrides)
    return Source(**values)


@pytest.mark.parametrize(
    "overrides", [{"reliability": "G"}, {"credibility": 7}, {"credibility": 0}]
)
def test_grades_outside_the_admiralty_scales_are_refused(
    case: CaseFolder, overrides: dict[str, Any]
) -> None:
    with pytest.raises(IntegrityError), case.session() as session:
        session.add(Blob(sha256="0" * 64, size=1))
        session.add(_source(case, **overrides))


def test_the_same_original_is_one_source_per_case(case: CaseFolder) -> None:
    with case.session() as session:
        session.add(Blob(sha256="0" * 64, size=1))
        session.add(_source(case))
    with pytest.raises(IntegrityError), case.session() as session:
        session.add(_source(case, title="again"))


def test_claims_keep_ranges_in_order(case: CaseFolder) -> None:
    with case.session() as session:
        session.add(Blob(sha256="0" * 64, size=1))
        source = _source(case)
        session.add(source)
        session.flush()
        source_id = source.id
    bad = [
        {"value_low": 30000, "value_high": 5000},
        {"date_earliest": date(1988, 9, 1), "date_latest": date(1988, 7, 1)},
    ]
    for fields in bad:
        with pytest.raises(IntegrityError), case.session() as session:
            session.add(
                Claim(
                    case_id=case.case_id,
                    property="killed",
                    source_id=source_id,
                    excerpt="…",
                    created_by="tester",
                    **fields,
                )
            )


def test_entity_types_and_judgement_verdicts_are_closed(case: CaseFolder) -> None:
    with pytest.raises(IntegrityError), case.session() as session:
        session.add(Entity(case_id=case.case_id, type="rumour", canonical_name="x"))
    with pytest.raises(IntegrityError), case.session() as session:
        session.add(
            Judgement(
                case_id=case.case_id, left_id=2, right_id=1, verdict="maybe", decided_by="tester"
            )
        )


def test_vocabularies_are_data_with_labels() -> None:
    assert vocabulary("reliability").codes() == ("A", "B", "C", "D", "E", "F")
    assert vocabulary("credibility").codes() == ("1", "2", "3", "4", "5", "6")
    assert "enforced_disappearance" in vocabulary("violation_types").codes()
    assert vocabulary("roles").get("analyst").label == "Analyst"
    with pytest.raises(BadInput, match="one of"):
        vocabulary("date_precision").get("fortnight")
