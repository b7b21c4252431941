"""What an accepted FollowTheMoney match adds to the case, and the one-step review of matches.

Accepting an `entity_match` links the FtM id to the entity (EntityIdentifier, scheme "ftm") and
attaches the sanctions and posts the file gives it, each citing the imported file as its source;
accepting an `entity_new` first creates the person under the file's names. The suggestion may be
decided here (`sabt people match`), on `sabt review` or on the web review page: `apply_accepted`
finds every accepted match not yet applied (no "ftm" identifier from that source) and applies
it, so it can run after any of them and twice without adding anything twice.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.extract.review import decide
from sabt.legal.ftm_import import ANNOTATOR, MATCH, NEW
from sabt.legal.lookup import case_index, new_entity
from sabt.legal.periods import precision_of
from sabt.legal.sanctions import SanctionFacts, store_sanction
from sabt.model import Entity, EntityIdentifier, Occupancy, Suggestion
from sabt.store.casefolder import CaseFolder
from sabt.text.dates import parse_date

SCHEME = "ftm"


@dataclass(frozen=True)
class Applied:
    suggestion_id: int
    entity_id: int
    sanctions: int
    posts: int


def _day(value: str, *, last: bool = False) -> date | None:
    found = parse_date(value) if value else None
    if found is None:
        return None
    return found.latest if last else found.earliest


def _body(session: Session, case_id: int, name: str) -> Entity:
    exact = [c for c in case_index(session, case_id, ("organization",)).match(name) if c.score == 1]
    return exact[0].entity if exact else new_entity(session, case_id, [name], "organization")


def _applied(session: Session, suggestion: Suggestion) -> bool:
    return (
        session.scalar(
            select(EntityIdentifier.id)
            .join(Entity, Entity.id == EntityIdentifier.entity_id)
            .where(
                Entity.case_id == suggestion.case_id,
                EntityIdentifier.scheme == SCHEME,
                EntityIdentifier.value == suggestion.payload["ftm_id"],
                EntityIdentifier.source_id == suggestion.source_id,
            )
        )
        is not None
    )


def _apply(case: CaseFolder, session: Session, suggestion: Suggestion, actor: str) -> Applied:
    payload: dict[str, Any] = suggestion.payload
    if suggestion.kind == MATCH:
        entity = session.get(Entity, int(payload["entity"]))
        if entity is None or entity.case_id != case.case_id:
            raise BadInput(f"suggestion {suggestion.id} points at an entity no longer in the case")
    else:
        kind = "person" if payload["schema"] == "Person" else "organization"
        entity = new_entity(session, case.case_id, list(payload["names"]), kind)
    session.add(
        EntityIdentifier(
            entity_id=entity.id,
            scheme=SCHEME,
            value=payload["ftm_id"],
            source_id=suggestion.source_id,
        )
    )
    for item in payload.get("sanctions", []):
        facts = SanctionFacts(
            authority=item.get("authority") or "unknown authority",
            program=item.get("program", ""),
            reason=item.get("reason", ""),
            start=_day(item.get("from", "")),
            end=_day(item.get("to", ""), last=True),
            external_id=item.get("ftm_id", ""),
        )
        store_sanction(case, session, entity.id, facts, source_id=suggestion.source_id, actor=actor)
    for item in payload.get("posts", []):
        start, end = parse_date(item.get("from") or ""), parse_date(item.get("to") or "")
        post = Occupancy(
            case_id=case.case_id,
            person_id=entity.id,
            position=item.get("position") or "member",
            organization_id=(
                _body(session, case.case_id, item["organisation"]).id
                if item.get("organisation")
                else None
            ),
            start_earliest=start.earliest if start else None,
            start_latest=start.latest if start else None,
            end_earliest=end.earliest if end else None,
            end_latest=end.latest if end else None,
            precision=precision_of(start, end),
            source_id=suggestion.source_id,
            excerpt=f"FtM {item.get('ftm_id', '')}: {item.get('position', '')}, "
            f"{item.get('organisation', '')}",
            created_by=actor,
        )
        session.add(post)
    session.flush()
    case.record_event(
        session,
        actor=actor,
        action="entity-matched",
        object_type="entity",
        object_id=str(entity.id),
        detail={"suggestion": suggestion.id, "ftm_id": payload["ftm_id"], "kind": suggestion.kind},
    )
    return Applied(
        suggestion.id, entity.id, len(payload.get("sanctions", [])), len(payload.get("posts", []))
    )


def apply_accepted(case: CaseFolder, *, actor: str) -> list[Applied]:
    """Apply every accepted FtM match of the case not applied yet (one transaction)."""
    done: list[Applied] = []
    with case.session() as session:
        accepted = session.scalars(
            select(Suggestion)
            .where(
                Suggestion.case_id == case.case_id,
                Suggestion.annotator == ANNOTATOR,
                Suggestion.kind.in_((MATCH, NEW)),
                Suggestion.status.in_(("accepted", "corrected")),
            )
            .order_by(Suggestion.id)
        )
        for suggestion in accepted:
            if not _applied(session, suggestion):
                done.append(_apply(case, session, suggestion, actor))
    if done:
        case.checkpoint()
    return done


def decide_match(
    case: CaseFolder, suggestion_id: int, decision: str, *, actor: str, reason: str = ""
) -> list[Applied]:
    """Accept or reject one FtM suggestion, then apply what has been accepted."""
    if decision not in ("accept", "reject"):
        raise BadInput(f"unknown decision {decision!r}", remedy="use accept or reject")
    with case.session() as session:
        suggestion = session.get(Suggestion, suggestion_id)
        if suggestion is None or suggestion.annotator != ANNOTATOR:
            raise BadInput(f"suggestion {suggestion_id} is not a FollowTheMoney match")
    decide(case, suggestion_id, decision, actor=actor, reason=reason)
    return apply_accepted(case, actor=actor)


def pending_matches(case: CaseFolder) -> list[Suggestion]:
    """FtM suggestions waiting for a decision, in order."""
    with case.session() as session:
        return list(
            session.scalars(
                select(Suggestion)
                .where(
                    Suggestion.case_id == case.case_id,
                    Suggestion.annotator == ANNOTATOR,
                    Suggestion.status == "pending",
                )
                .order_by(Suggestion.id)
            )
        )
