"""Everything the person page and `sabt people show` say about one person, built once.

A post is marked before, during or after the period of the violations the person is named a
perpetrator of, so that "promoted after the crime" shows at a glance; each post is shown inside
the hierarchy of bodies in force when it began, with its source and excerpt.
"""

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.legal.lookup import spellings
from sabt.legal.organisations import chain_at
from sabt.legal.periods import iso
from sabt.model import (
    Entity,
    EntityIdentifier,
    Occupancy,
    Sanction,
    Source,
    Violation,
    ViolationParty,
)


def _start(post: Occupancy) -> date | None:
    return post.start_earliest or post.start_latest


def _end(post: Occupancy) -> date | None:
    return post.end_latest or post.end_earliest


def phase(post: Occupancy, period: tuple[date, date] | None) -> str:
    """before | during | after the violations' period; "unknown" when the dates cannot tell."""
    if period is None:
        return "unknown"
    first, last = period
    start, end = _start(post), _end(post)
    if end is not None and end < first:
        return "before"
    if start is not None and start > last:
        return "after"
    if start is None and end is None:
        return "unknown"
    return "during"


def _violations(session: Session, person_id: int) -> list[Violation]:
    return list(
        session.scalars(
            select(Violation)
            .join(ViolationParty, ViolationParty.violation_id == Violation.id)
            .where(ViolationParty.entity_id == person_id, ViolationParty.role == "perpetrator")
            .order_by(Violation.date_earliest, Violation.id)
        ).unique()
    )


def _period(violations: list[Violation]) -> tuple[date, date] | None:
    starts = [v.date_earliest or v.date_latest for v in violations]
    ends = [v.date_latest or v.date_earliest for v in violations]
    known_starts = [d for d in starts if d is not None]
    known_ends = [d for d in ends if d is not None]
    if not known_starts or not known_ends:
        return None
    return min(known_starts), max(known_ends)


def _source(session: Session, source_id: int | None) -> dict[str, Any] | None:
    source = session.get(Source, source_id) if source_id else None
    if source is None:
        return None
    return {"id": source.id, "title": source.title, "sha256": source.blob_sha256}


def person_context(session: Session, person: Entity) -> dict[str, Any]:
    """The JSON-ready view of `person`: names, posts with phase and chain, acts, sanctions."""
    violations = _violations(session, person.id)
    period = _period(violations)
    posts = list(
        session.scalars(
            select(Occupancy)
            .where(Occupancy.person_id == person.id, Occupancy.review_status != "rejected")
            .order_by(Occupancy.start_earliest, Occupancy.start_latest, Occupancy.id)
        )
    )
    sanctions = list(
        session.scalars(
            select(Sanction).where(Sanction.entity_id == person.id).order_by(Sanction.start_date)
        )
    )
    identifiers = session.scalars(
        select(EntityIdentifier).where(EntityIdentifier.entity_id == person.id)
    )
    source_ids = {p.source_id for p in posts} | {s.source_id for s in sanctions if s.source_id}
    source_ids |= {v.source_id for v in violations if v.source_id}
    return {
        "id": person.id,
        "name": person.canonical_name,
        "description": person.description,
        "names": [
            {"name": n.name, "script": n.script, "language": n.language, "primary": n.is_primary}
            for n in person.names
        ]
        or [{"name": n, "script": "", "language": "", "primary": True} for n in spellings(person)],
        "violations_period": {"from": iso(period[0]), "to": iso(period[1])} if period else None,
        "posts": [_post(session, post, period) for post in posts],
        "violations": [
            {
                "id": v.id,
                "type": v.type,
                "description": v.description,
                "from": iso(v.date_earliest),
                "to": iso(v.date_latest),
                "source": v.source_id,
            }
            for v in violations
        ],
        "sanctions": [
            {
                "id": s.id,
                "authority": s.authority,
                "program": s.program,
                "reason": s.reason,
                "from": iso(s.start_date),
                "to": iso(s.end_date),
                "external_id": s.external_id,
                "source": s.source_id,
            }
            for s in sanctions
        ],
        "identifiers": [{"scheme": i.scheme, "value": i.value} for i in identifiers],
        "sources": [
            found for sid in sorted(source_ids) if (found := _source(session, sid)) is not None
        ],
    }


def _post(session: Session, post: Occupancy, period: tuple[date, date] | None) -> dict[str, Any]:
    chain = (
        chain_at(session, post.case_id, post.organization_id, _start(post))
        if post.organization_id
        else []
    )
    return {
        "id": post.id,
        "position": post.position,
        "organisation": chain[0].canonical_name if chain else None,
        "organisation_id": post.organization_id,
        "chain": [{"id": e.id, "name": e.canonical_name} for e in chain],
        "from": iso(_start(post)),
        "to": iso(_end(post)),
        "precision": post.precision,
        "phase": phase(post, period),
        "source": post.source_id,
        "excerpt": post.excerpt,
        "status": post.review_status,
    }
