"""The review queue: a source's suggestions stored in its case, and the decisions taken on them.

`propose` annotates a source's extracted text and stores each suggestion once: a proposal
whose fingerprint the case already holds (pending, accepted or rejected) is not stored again,
so a rejected suggestion does not come back on the next run; nor does a new proposal for a span
already accepted (after an accepted new name is registered, the same span is proposed again
linked to it, which would repeat the decision).

`decide(case, suggestion_id, decision, actor=…, reason=…, correction=…)` is the one call the
command line and the web page use. It appends a `ReviewDecision` (who, when, what, why) and
moves the suggestion out of "pending"; an accepted or corrected suggestion becomes its row
(`sabt.extract.materialise`), recorded as a custody event in the case ledger. Everything
happens in one transaction, with an audit entry naming the actor.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from sabt.errors import BadInput, Conflict, NotFound
from sabt.extract.annotate import annotate
from sabt.extract.materialise import materialise
from sabt.extract.ner import default_use
from sabt.extract.registry import Registry
from sabt.extract.suggestions import to_suggestions
from sabt.ingest.grading import find_source
from sabt.model.review import ReviewDecision, Suggestion
from sabt.security.policy import audit
from sabt.store.casefolder import CaseFolder

DECISIONS = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}


@dataclass(frozen=True)
class Proposed:
    source_id: int
    stored: int
    already_known: int


def propose(
    folder: CaseFolder, source_ref: str, *, actor: str, reference_date: date | None = None
) -> Proposed:
    """Annotate one source with the case's registry and store its new suggestions."""
    registry = Registry.from_folder(folder)
    with folder.session() as session:
        source = find_source(session, folder.case_id, source_ref)
        found = annotate(
            source.text_raw, registry=registry, reference_date=reference_date, ner=default_use()
        )
        rows = to_suggestions(found, case_id=folder.case_id, source_id=source.id)
        stored = session.execute(
            select(
                Suggestion.fingerprint,
                Suggestion.kind,
                Suggestion.start_offset,
                Suggestion.end_offset,
                Suggestion.status,
            ).where(Suggestion.case_id == folder.case_id, Suggestion.source_id == source.id)
        ).all()
        known = {row.fingerprint for row in stored}
        taken = {
            (row.kind, row.start_offset, row.end_offset)
            for row in stored
            if row.status in ("accepted", "corrected")
        }
        fresh = [
            row
            for row in rows
            if row.fingerprint not in known
            and (row.kind, row.start_offset, row.end_offset) not in taken
        ]
        unique = {row.fingerprint: row for row in fresh}
        session.add_all(unique.values())
        audit(
            session,
            actor=actor,
            action="source.annotate",
            resource=f"case:{folder.case_id}/source:{source.id}",
            case_id=folder.case_id,
            detail={"stored": len(unique), "already_known": len(rows) - len(fresh)},
        )
        return Proposed(source.id, len(unique), len(rows) - len(fresh))


def pending(folder: CaseFolder, *, status: str = "pending") -> list[Suggestion]:
    """The case's suggestions with `status`, in source and text order."""
    with folder.session() as session:
        return list(
            session.scalars(
                select(Suggestion)
                .where(Suggestion.case_id == folder.case_id, Suggestion.status == status)
                .order_by(Suggestion.source_id, Suggestion.start_offset, Suggestion.id)
            )
        )


@dataclass(frozen=True)
class Decided:
    """One decision taken, and the row it created (`created_kind` "" when none: a rejection,
    or an accepted date, which claims carry instead)."""

    suggestion_id: int
    decision: str
    reason: str
    decided_by: str
    decided_at: datetime
    created_kind: str = ""
    created_id: int | None = None
    new_entities: list[int] = field(default_factory=list)


def decide(
    folder: CaseFolder,
    suggestion_id: int,
    decision: str,
    *,
    actor: str,
    reason: str = "",
    correction: dict[str, Any] | None = None,
) -> Decided:
    """Accept, correct or reject one pending suggestion.

    `decision` is "accept", "correct" (with `correction`: the fields that replace the
    proposal's, e.g. `{"value": 5000, "qualifier": "at_least"}` or `{"name": "…", "type":
    "organization"}`) or "reject" (say why in `reason`). An accepted or corrected suggestion
    becomes a Mention, Claim or Occupancy row. Raises NotFound, Conflict (already decided) or
    BadInput (unknown decision, correction missing or invalid); then nothing is stored.
    """
    if decision not in DECISIONS:
        raise BadInput(f"unknown decision {decision!r}", remedy="use accept, correct or reject")
    if decision == "correct" and not correction:
        raise BadInput("a correction needs the corrected fields", remedy="pass --correction JSON")
    with folder.session() as session:
        suggestion = session.get(Suggestion, suggestion_id)
        if suggestion is None or suggestion.case_id != folder.case_id:
            raise NotFound(f"no suggestion {suggestion_id} in this case")
        if suggestion.status != "pending":
            raise Conflict(f"suggestion {suggestion_id} is already {suggestion.status}")
        row = ReviewDecision(
            suggestion_id=suggestion.id,
            decision=decision,
            correction=correction or {},
            reason=reason,
            decided_by=actor,
        )
        session.add(row)
        suggestion.status = DECISIONS[decision]
        created = (
            materialise(
                session, suggestion, {**suggestion.payload, **(correction or {})}, actor=actor
            )
            if decision != "reject"
            else None
        )
        session.flush()
        detail: dict[str, Any] = {"decision": decision, "suggestion": suggestion.id}
        if created is not None and created.id is not None:
            detail |= {"created": {"kind": created.kind, "id": created.id}}
            detail |= {"new_entities": created.new_entities}
            folder.record_event(
                session,
                actor=actor,
                action=f"{created.kind}-created",
                object_type=created.kind,
                object_id=str(created.id),
                detail={"suggestion": suggestion.id, "decision": decision, "reason": reason},
            )
        audit(
            session,
            actor=actor,
            action="source.review",
            resource=f"case:{folder.case_id}/suggestion:{suggestion.id}",
            case_id=folder.case_id,
            detail=detail,
        )
        return Decided(
            suggestion.id,
            decision,
            reason,
            actor,
            row.decided_at,
            created.kind if created else "",
            created.id if created else None,
            created.new_entities if created else [],
        )
