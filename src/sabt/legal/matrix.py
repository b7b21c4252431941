"""Evidence links: an analyst says "this piece of evidence goes to that element of that crime".

A link names a suspect, a crime and one of its elements (or of a mode of liability), the evidence
(a claim, violation, source, testimony or occupancy) and a note on what it shows. Links are never
deleted: withdrawing one keeps the row with who withdrew it, when and why, and both acts are
custody events, so the matrix behind a dossier can be reconstructed and checked later.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, Conflict, NotFound
from sabt.legal.lookup import find_one
from sabt.legal.matrix_evidence import evidence_exists
from sabt.legal.matrix_vocab import crime_vocabulary
from sabt.model import Entity, EntityName
from sabt.model.base import utcnow
from sabt.model.legal import EVIDENCE_TYPES, EvidenceLink
from sabt.store.casefolder import CaseFolder


@dataclass(frozen=True)
class LinkRequest:
    """What an analyst asks to link; checked against the vocabulary and the case before storing."""

    suspect: str
    crime: str
    element: str
    evidence_type: str
    evidence_ref: str  # an id; for a testimony also its pseudonym (W-017)
    note: str
    mode: str = ""


def find_suspect(session: Session, case_id: int, ref: str) -> Entity:
    """A person of the case by id, by one of their stored names (ignoring case), or else by
    another spelling of a stored name in either script (`sabt.legal.lookup.find_one`).

    Stored names come first so that a name kept as an alias on its own ("Raisi") still finds
    its person; the transliteration-aware match is what lets a prosecutor type "Ibrahim Raisi"
    for a person recorded as "Ebrahim Raisi" and ابراهیم رئیسی."""
    ref = ref.strip()
    if not ref:
        raise BadInput("name a suspect", remedy="give --suspect NAME or an entity id")
    if ref.isdigit():
        entity = session.get(Entity, int(ref))
        found = [entity] if entity is not None and entity.case_id == case_id else []
    else:
        folded = ref.casefold()
        named = select(EntityName.entity_id).where(func.lower(EntityName.name) == folded)
        found = list(
            session.scalars(
                select(Entity).where(
                    Entity.case_id == case_id,
                    or_(func.lower(Entity.canonical_name) == folded, Entity.id.in_(named)),
                )
            )
        )
    people = [e for e in found if e.type == "person"]
    if len(people) > 1:
        ids = ", ".join(f"{e.id} ({e.canonical_name})" for e in people)
        raise BadInput(f"{ref!r} names several people: {ids}", remedy="give the entity id")
    return people[0] if people else find_one(session, case_id, ref, ("person",))


def link_evidence(case: CaseFolder, request: LinkRequest, *, actor: str) -> EvidenceLink:
    """Store one link after checking the codes, the evidence and the note; a custody event."""
    vocabulary = crime_vocabulary()
    vocabulary.check_link(request.crime, request.element, request.mode)
    if request.evidence_type not in EVIDENCE_TYPES:
        raise BadInput(
            f"{request.evidence_type!r} is not a kind of evidence",
            remedy="one of: " + ", ".join(EVIDENCE_TYPES),
        )
    note = request.note.strip()
    if not note:
        raise BadInput("a link needs a note on what the evidence shows", remedy="pass --note")
    with case.session() as session:
        suspect = find_suspect(session, case.case_id, request.suspect)
        evidence_id = evidence_exists(
            session, case.case_id, request.evidence_type, request.evidence_ref
        )
        duplicate = session.scalar(
            select(EvidenceLink.id).where(
                EvidenceLink.case_id == case.case_id,
                EvidenceLink.suspect_id == suspect.id,
                EvidenceLink.element == request.element,
                EvidenceLink.crime == request.crime,
                EvidenceLink.mode == request.mode,
                EvidenceLink.evidence_type == request.evidence_type,
                EvidenceLink.evidence_id == evidence_id,
                EvidenceLink.withdrawn_at.is_(None),
            )
        )
        if duplicate is not None:
            raise Conflict(
                f"this evidence is already linked to that element as link {duplicate}",
                remedy="withdraw that link first if its note should change",
            )
        link = EvidenceLink(
            case_id=case.case_id,
            suspect_id=suspect.id,
            crime=request.crime,
            element=request.element,
            mode=request.mode,
            evidence_type=request.evidence_type,
            evidence_id=evidence_id,
            note=note,
            created_by=actor,
        )
        session.add(link)
        session.flush()
        case.record_event(
            session,
            actor=actor,
            action="evidence-linked",
            object_type="evidence_link",
            object_id=str(link.id),
            detail=_described(link),
        )
        session.expunge(link)
    case.checkpoint()
    return link


def withdraw_link(case: CaseFolder, link_id: int, *, actor: str, reason: str) -> EvidenceLink:
    """Withdraw a link (it stays, marked withdrawn with the reason); a custody event."""
    if not reason.strip():
        raise BadInput("withdrawing a link needs a reason", remedy="pass --reason")
    with case.session() as session:
        link = session.get(EvidenceLink, link_id)
        if link is None or link.case_id != case.case_id:
            raise NotFound(f"no evidence link {link_id} in this case")
        if link.withdrawn_at is not None:
            raise Conflict(f"evidence link {link_id} was already withdrawn by {link.withdrawn_by}")
        link.withdrawn_at = utcnow()
        link.withdrawn_by = actor
        link.withdrawn_reason = reason.strip()
        case.record_event(
            session,
            actor=actor,
            action="evidence-link-withdrawn",
            object_type="evidence_link",
            object_id=str(link.id),
            detail={"link": link.id, "reason": link.withdrawn_reason},
        )
        session.flush()
        session.expunge(link)
    case.checkpoint()
    return link


def _described(link: EvidenceLink) -> dict[str, Any]:
    return {
        "link": link.id,
        "suspect": link.suspect_id,
        "crime": link.crime,
        "element": link.element,
        "mode": link.mode,
        "evidence": f"{link.evidence_type}:{link.evidence_id}",
        "note": link.note,
    }
