"""How bodies nest over time: a "death commission" within a prosecutor's office within the
judiciary, for a period. Each link is a sourced statement and a custody event; `chain_at`
climbs the links in force on a date, so a post is shown inside the hierarchy of its own time.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.legal.lookup import find_one
from sabt.legal.periods import check_order, iso, precision_of, read_date
from sabt.legal.sources import source_for
from sabt.model import Entity, OrganisationLink
from sabt.store.casefolder import CaseFolder

BODY = ("organization",)
MAX_DEPTH = 12


@dataclass(frozen=True)
class LinkRequest:
    """What `sabt orgs link CHILD --within PARENT` asks for, as the user typed it."""

    child: str
    parent: str
    start: str | None
    end: str | None
    source: str | None
    excerpt: str
    relation: str = "part_of"


def link_organisations(case: CaseFolder, request: LinkRequest, *, actor: str) -> OrganisationLink:
    """Store that one body was within another for a period; refuses a link that makes a loop."""
    start, end = read_date(request.start, "--from"), read_date(request.end, "--to")
    check_order(start, end)
    with case.session() as session:
        child = find_one(session, case.case_id, request.child, BODY)
        parent = find_one(session, case.case_id, request.parent, BODY)
        if child.id == parent.id:
            raise BadInput(f"{child.canonical_name!r} cannot be within itself")
        when = start.earliest if start else None
        if child.id in [e.id for e in chain_at(session, case.case_id, parent.id, when)]:
            raise BadInput(
                f"{parent.canonical_name!r} is already within {child.canonical_name!r} then",
                remedy="check the direction: CHILD --within PARENT",
            )
        source = source_for(session, case.case_id, request.source)
        link = OrganisationLink(
            case_id=case.case_id,
            child_id=child.id,
            parent_id=parent.id,
            relation=request.relation,
            start_earliest=start.earliest if start else None,
            end_latest=end.latest if end else None,
            precision=precision_of(start, end),
            source_id=source.id if source else None,
            excerpt=request.excerpt.strip(),
            created_by=actor,
        )
        session.add(link)
        session.flush()
        case.record_event(
            session,
            actor=actor,
            action="organisation-linked",
            object_type="organisation_link",
            object_id=str(link.id),
            detail={
                "child": child.id,
                "parent": parent.id,
                "relation": link.relation,
                "from": iso(link.start_earliest),
                "to": iso(link.end_latest),
                "source": link.source_id,
            },
        )
        session.expunge(link)
    case.checkpoint()
    return link


def _in_force(link: OrganisationLink, when: date | None) -> bool:
    if when is None:
        return True
    return (link.start_earliest is None or link.start_earliest <= when) and (
        link.end_latest is None or when <= link.end_latest
    )


def chain_at(
    session: Session, case_id: int, organisation_id: int, when: date | None
) -> list[Entity]:
    """The body and the bodies above it on `when` (any date when None), innermost first."""
    links = list(
        session.scalars(select(OrganisationLink).where(OrganisationLink.case_id == case_id))
    )
    chain: list[Entity] = []
    current: int | None = organisation_id
    while current is not None and len(chain) < MAX_DEPTH:
        entity = session.get(Entity, current)
        if entity is None or any(e.id == entity.id for e in chain):
            break
        chain.append(entity)
        above = sorted(
            (link for link in links if link.child_id == current and _in_force(link, when)),
            key=lambda link: link.start_earliest or date.min,
            reverse=True,
        )
        current = above[0].parent_id if above else entity.parent_id
    return chain
