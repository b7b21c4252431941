"""Sanctions on people and bodies, as a sanctions list states them, each with its source.

A sanction is recorded by hand from a source (`sabt people add-sanction`) or attached when an
analyst accepts a FollowTheMoney match; either way it is a custody event.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.model import Sanction
from sabt.store.casefolder import CaseFolder


@dataclass(frozen=True)
class SanctionFacts:
    """What a list says: who imposed it, under which programme, when, and why."""

    authority: str
    program: str = ""
    reason: str = ""
    start: date | None = None
    end: date | None = None
    external_id: str = ""


def store_sanction(
    case: CaseFolder,
    session: Session,
    entity_id: int,
    facts: SanctionFacts,
    *,
    source_id: int | None,
    actor: str,
) -> Sanction:
    """Add one sanction in the caller's transaction, with its custody event."""
    if not facts.authority.strip():
        raise BadInput("a sanction needs the authority that imposed it", remedy="pass --authority")
    if facts.start and facts.end and facts.start > facts.end:
        raise BadInput("the sanction ends before it begins")
    sanction = Sanction(
        case_id=case.case_id,
        entity_id=entity_id,
        authority=facts.authority.strip(),
        program=facts.program.strip(),
        reason=facts.reason.strip(),
        start_date=facts.start,
        end_date=facts.end,
        source_id=source_id,
        external_id=facts.external_id,
        created_by=actor,
    )
    session.add(sanction)
    session.flush()
    case.record_event(
        session,
        actor=actor,
        action="sanction-recorded",
        object_type="sanction",
        object_id=str(sanction.id),
        detail={
            "entity": entity_id,
            "authority": sanction.authority,
            "program": sanction.program,
            "source": source_id,
            "external_id": facts.external_id,
        },
    )
    return sanction
