"""The review queue: a source's suggestions stored in its case, and the decisions taken on them.

`propose` annotates a source's extracted text and stores each suggestion once: a proposal
whose fingerprint the case already holds (pending, accepted or rejected) is not stored again,
so a rejected suggestion does not come back on the next run. `decide` appends a
`ReviewDecision` and moves the suggestion out of "pending"; nothing is edited in place except
that status. Both write an audit entry naming the actor.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from sabt.errors import BadInput, Conflict, NotFound
from sabt.extract.annotate import annotate
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
        found = annotate(source.text_raw, registry=registry, reference_date=reference_date)
        rows = to_suggestions(found, case_id=folder.case_id, source_id=source.id)
        known = set(
            session.scalars(
                select(Suggestion.fingerprint).where(
                    Suggestion.case_id == folder.case_id, Suggestion.source_id == source.id
                )
            )
        )
        fresh = [row for row in rows if row.fingerprint not in known]
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


def decide(
    folder: CaseFolder,
    suggestion_id: int,
    decision: str,
    *,
    actor: str,
    reason: str = "",
    correction: dict[str, Any] | None = None,
) -> ReviewDecision:
    """Accept, correct or reject one pending suggestion (a correction needs its new fields)."""
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
        audit(
            session,
            actor=actor,
            action="source.review",
            resource=f"case:{folder.case_id}/suggestion:{suggestion.id}",
            case_id=folder.case_id,
            detail={"decision": decision},
        )
        return row
