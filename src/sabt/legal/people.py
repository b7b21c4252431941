"""Posts held by people: occupancies added by hand from a source, each a custody event.

An occupancy is a sourced claim ("X was appointed prosecutor of Tehran in 1989", source 7,
excerpt …), not a fact; it carries its source and excerpt, and the period with its precision
(a year, a month, a day) so that a post is never placed more exactly than the source allows.
"""

from dataclasses import dataclass

from sabt.errors import BadInput
from sabt.legal.lookup import find_one
from sabt.legal.periods import check_order, iso, precision_of, read_date
from sabt.legal.sources import source_for
from sabt.model import Occupancy
from sabt.store.casefolder import CaseFolder

PERSON = ("person",)
BODY = ("organization",)


@dataclass(frozen=True)
class PostRequest:
    """What `sabt people add-post` asks for, each name or id as the user typed it."""

    person: str
    position: str
    organisation: str | None
    start: str | None
    end: str | None
    source: str
    excerpt: str


def add_post(case: CaseFolder, request: PostRequest, *, actor: str) -> Occupancy:
    """Store one occupancy; the person and organisation must already be entities of the case."""
    if not request.position.strip():
        raise BadInput("a post needs a position", remedy="pass --position")
    start, end = read_date(request.start, "--from"), read_date(request.end, "--to")
    check_order(start, end)
    with case.session() as session:
        source = source_for(session, case.case_id, request.source)
        if source is None:
            raise BadInput("a post needs the source that states it", remedy="pass --source ID")
        person = find_one(session, case.case_id, request.person, PERSON)
        body = (
            find_one(session, case.case_id, request.organisation, BODY)
            if request.organisation
            else None
        )
        occupancy = Occupancy(
            case_id=case.case_id,
            person_id=person.id,
            position=request.position.strip(),
            organization_id=body.id if body else None,
            start_earliest=start.earliest if start else None,
            start_latest=start.latest if start else None,
            end_earliest=end.earliest if end else None,
            end_latest=end.latest if end else None,
            precision=precision_of(start, end),
            source_id=source.id,
            excerpt=request.excerpt.strip(),
            created_by=actor,
        )
        session.add(occupancy)
        session.flush()
        case.record_event(
            session,
            actor=actor,
            action="occupancy-created",
            object_type="occupancy",
            object_id=str(occupancy.id),
            detail={
                "person": person.id,
                "position": occupancy.position,
                "organisation": body.id if body else None,
                "from": iso(occupancy.start_earliest),
                "to": iso(occupancy.end_latest),
                "source": source.id,
            },
        )
        session.expunge(occupancy)
    case.checkpoint()
    return occupancy
