"""Accepted suggestions become Mentions, Claims and Occupancies; rejections create nothing and
stay rejected; every created row is in the custody ledger (SQLite and PostgreSQL)."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sabt.errors import BadInput, Conflict
from sabt.extract import review
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import (
    AuditEntry,
    Claim,
    CustodyEvent,
    Entity,
    Mention,
    Occupancy,
    ReviewDecision,
    Suggestion,
)
from sabt.store.casefolder import CaseFolder

TEXT = (
    "In the summer of 1988, Ebrahim Raisi, the Deputy Prosecutor of Tehran, sat on the "
    "commission. The NCRI says that about 30,000 political prisoners were executed in 1988, "
    "while Amnesty International estimates that at least 5,000 prisoners were executed in 1988. "
    "Farhad Zandi, the Governor of Evin Prison, refused to comment.\n"
    "به گفته‌ی عفو بین‌الملل دست‌کم ۵۰۰۰ زندانی در سال ۱۳۶۷ اعدام شدند.\n"
)


def _queued(case: CaseFolder, tmp_path: Path) -> dict[tuple[str, str], Suggestion]:
    document = tmp_path / "report.txt"
    document.write_text(TEXT, encoding="utf-8")
    source_id = ingest_file(case, document, Provenance("tester")).source_id
    with case.session() as session:
        raisi = Entity(case_id=case.case_id, type="person", canonical_name="ابراهیم رئیسی")
        session.add(raisi)
    review.propose(case, str(source_id), actor="tester")
    rows = review.pending(case)
    return {(r.kind, TEXT[r.start_offset or 0 : r.end_offset]): r for r in rows}


def test_accepted_suggestions_become_rows(case: CaseFolder, tmp_path: Path) -> None:
    queue = _queued(case, tmp_path)
    new_name = queue[("mention", "Farhad Zandi")]
    decided = review.decide(case, new_name.id, "accept", actor="analyst", reason="seen")
    assert decided.created_kind == "mention" and len(decided.new_entities) == 1

    claim = queue[("claim", "at least 5,000")]
    made = review.decide(case, claim.id, "accept", actor="analyst")
    corrected = queue[("claim", "about 30,000")]
    review.decide(
        case, corrected.id, "correct", actor="analyst", reason="source says 'some'",
        correction={"low": 28000, "high": 32000, "qualifier": "about"},
    )  # fmt: skip
    persian = next(r for (kind, text), r in queue.items() if kind == "claim" and "۵۰۰۰" in text)
    review.decide(case, persian.id, "accept", actor="analyst")
    held = next(r for (kind, _), r in queue.items() if kind == "occupancy"
                and r.payload["person"] == "Ebrahim Raisi")  # fmt: skip
    review.decide(case, held.id, "accept", actor="analyst")

    with case.session() as session:
        mention = session.scalars(select(Mention)).one()
        entity = session.get(Entity, mention.entity_id)
        assert entity is not None and entity.canonical_name == "Farhad Zandi"
        assert [(n.name, n.script) for n in entity.names] == [("Farhad Zandi", "Latn")]
        assert (mention.start_offset, mention.end_offset, mention.created_by) == (
            TEXT.index("Farhad"), TEXT.index("Farhad") + 12, "analyst",
        )  # fmt: skip

        stored = session.get(Claim, made.created_id)
        assert stored is not None
        assert (stored.property, stored.value_low, stored.value_high, stored.qualifier) == (
            "executed", 5000.0, None, "at_least",
        )  # fmt: skip
        assert stored.attributed_to == "Amnesty International"
        assert (stored.date_earliest, stored.date_latest) == (date(1988, 1, 1), date(1988, 12, 31))
        assert stored.excerpt.startswith("The NCRI says") and stored.source_id == 1
        assert TEXT[stored.start_offset or 0 : stored.end_offset] == "at least 5,000"
        fixed = session.scalars(select(Claim).where(Claim.attributed_to == "NCRI")).one()
        assert (fixed.value_low, fixed.value_high, fixed.review_status) == (
            28000,
            32000,
            "corrected",
        )
        jalali = session.scalars(select(Claim).where(Claim.subject_text == "زندانی")).one()
        assert jalali.attributed_to == "عفو بین\u200cالملل"
        assert (jalali.date_earliest, jalali.date_latest) == (date(1988, 3, 21), date(1989, 3, 20))

        post = session.scalars(select(Occupancy)).one()
        person = session.get(Entity, post.person_id)
        # Found across scripts: the case knows him only as ابراهیم رئیسی.
        assert person is not None and person.canonical_name == "ابراهیم رئیسی"
        assert post.position == "Deputy Prosecutor of Tehran"
        assert (post.start_earliest, post.start_latest) == (None, date(1988, 9, 22))
        assert post.end_earliest == date(1988, 6, 21)

        events = session.scalars(
            select(CustodyEvent.action).where(CustodyEvent.action.like("%-created"))
        ).all()
        assert sorted(events) == ["claim-created"] * 3 + ["mention-created", "occupancy-created"]
        decisions = session.scalars(select(ReviewDecision).order_by(ReviewDecision.id)).all()
        assert [(d.decision, d.decided_by) for d in decisions][:2] == [
            ("accept", "analyst"), ("accept", "analyst"),
        ]  # fmt: skip
        assert decisions[2].reason == "source says 'some'"
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "source.review")
        ).first()
        assert audit is not None and audit.detail["created"]["kind"] == "mention"


def test_rejected_stays_rejected_and_creates_nothing(case: CaseFolder, tmp_path: Path) -> None:
    queue = _queued(case, tmp_path)
    zandi = queue[("mention", "Farhad Zandi")]
    review.decide(case, zandi.id, "reject", actor="analyst", reason="not a person here")
    with pytest.raises(Conflict):
        review.decide(case, zandi.id, "accept", actor="analyst")
    assert review.propose(case, "1", actor="tester").stored == 0
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(Mention)) == 0
        assert session.scalar(select(func.count()).select_from(Entity)) == 1
        assert session.get(Suggestion, zandi.id).status == "rejected"  # type: ignore[union-attr]


def test_accepted_new_name_is_not_proposed_again(case: CaseFolder, tmp_path: Path) -> None:
    queue = _queued(case, tmp_path)
    review.decide(case, queue[("mention", "Farhad Zandi")].id, "accept", actor="analyst")
    # The case now knows Farhad Zandi: the same span linked to him would repeat the decision.
    again = review.propose(case, "1", actor="tester")
    assert again.stored == 0


def test_bad_correction_stores_nothing(case: CaseFolder, tmp_path: Path) -> None:
    queue = _queued(case, tmp_path)
    claim = queue[("claim", "at least 5,000")]
    with pytest.raises(BadInput, match="low"):
        review.decide(case, claim.id, "correct", actor="a", correction={"low": 9, "high": 1})
    with pytest.raises(BadInput, match="date"):
        review.decide(case, claim.id, "correct", actor="a", correction={"earliest": "summer"})
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == 0
        assert session.scalar(select(func.count()).select_from(ReviewDecision)) == 0
        assert session.get(Suggestion, claim.id).status == "pending"  # type: ignore[union-attr]
