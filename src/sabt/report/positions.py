"""The posts a suspect held, in date order: the one place the dossier reads occupancies.

A small function on purpose: when the people service (`sabt.legal.people`) offers the positions
timeline, the dossier asks it here and nowhere else.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Entity, Occupancy, Source


def positions(session: Session, person: Entity) -> list[tuple[Occupancy, str, Source]]:
    """(post, organisation name, source) for each accepted post of `person`, earliest first."""
    rows = session.execute(
        select(Occupancy, Source)
        .join(Source, Source.id == Occupancy.source_id)
        .where(Occupancy.person_id == person.id, Occupancy.review_status == "accepted")
    ).all()
    found = []
    for post, source in rows:
        organisation = session.get(Entity, post.organization_id) if post.organization_id else None
        found.append((post, organisation.canonical_name if organisation else "", source))
    return sorted(found, key=lambda row: (row[0].start_earliest or date.min, row[0].id))
