"""Entity pages: who or what a case is about, with every name, claim, post and mention.

The entity page is where conflicting sources meet: claims are grouped by property and the
different values stand side by side, each with the source that makes it and that source's grade,
so a reader weighs them instead of seeing one number. Mentions link to the source page with the
span marked.
"""

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sabt.errors import NotFound
from sabt.ingest.grading import grade_label
from sabt.model import Claim, Entity, EntityName, Mention, Occupancy, Source
from sabt.store.casefolder import CaseFolder
from sabt.web.context import Params, _case
from sabt.web.timeline import bars, entity_names, span

CONTEXT_CHARS = 60  # characters shown either side of a mention
ENTITY_TYPES = ("person", "organization", "place", "event")


def find_entity(session: Session, case_id: int, entity_ref: str) -> Entity:
    entity = session.get(Entity, int(entity_ref)) if entity_ref.isdigit() else None
    if entity is None or entity.case_id != case_id:
        raise NotFound(f"no entity {entity_ref} in this case", remedy="pick one from /entities")
    return entity


def _names(entity: Entity) -> list[dict[str, Any]]:
    ordered = sorted(entity.names, key=lambda n: (not n.is_primary, n.script, n.name))
    return [
        {"name": n.name, "script": n.script, "language": n.language, "primary": n.is_primary}
        for n in ordered
    ]


def entities_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """The case's entities, by type, with their names in every script; `q` filters by name."""
    kind, query = params.get("type", ""), params.get("q", "").strip()
    statement = select(Entity).where(Entity.case_id == case.case_id)
    if kind:
        statement = statement.where(Entity.type == kind)
    if query:
        named = select(EntityName.entity_id).where(EntityName.name.contains(query))
        statement = statement.where(
            or_(Entity.canonical_name.contains(query), Entity.id.in_(named))
        )
    found = session.scalars(statement.order_by(Entity.type, Entity.canonical_name)).all()
    mentions = dict(
        session.execute(
            select(Mention.entity_id, func.count())
            .where(Mention.entity_id.in_([e.id for e in found]))
            .group_by(Mention.entity_id)
        ).all()
    )
    return {
        "case": _case(case, session),
        "filters": {"type": kind, "q": query, "types": list(ENTITY_TYPES)},
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                "name": e.canonical_name,
                "names": sorted({n.name for n in e.names} - {e.canonical_name}),
                "mentions": mentions.get(e.id, 0),
            }
            for e in found
        ],
    }


def _source_ref(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "reliability": source.reliability,
        "credibility": source.credibility,
        "grade": grade_label(source),
    }


def _claim_value(claim: Claim, names: dict[int, str]) -> str:
    if claim.value_entity_id is not None:
        return names.get(claim.value_entity_id, claim.value_text)
    if claim.value_text:
        return claim.value_text
    if claim.value_low is not None and claim.value_high not in (None, claim.value_low):
        return f"{claim.value_low:g}–{claim.value_high:g}"
    return f"{claim.value_low:g}" if claim.value_low is not None else ""


def _claims(session: Session, entity: Entity) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Claim, Source)
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.subject_entity_id == entity.id)
        .order_by(Claim.property, Claim.value_low, Claim.id)
    ).all()
    linked = {c.value_entity_id for c, _ in rows if c.value_entity_id is not None}
    names = entity_names(session, linked)
    groups: dict[str, list[dict[str, Any]]] = {}
    for claim, source in rows:
        groups.setdefault(claim.property, []).append(
            {
                "id": claim.id,
                "value": _claim_value(claim, names),
                "qualifier": claim.qualifier,
                "when": span(claim.date_earliest, claim.date_latest, claim.date_precision),
                "attributed_to": claim.attributed_to,
                "excerpt": claim.excerpt,
                "review_status": claim.review_status,
                "source": _source_ref(source),
            }
        )
    return [
        {
            "property": prop,
            "values": values,
            "conflicting": len({v["value"] for v in values}) > 1,
        }
        for prop, values in groups.items()
    ]


def _occupancies(session: Session, entity: Entity) -> dict[str, Any]:
    column = Occupancy.organization_id if entity.type == "organization" else Occupancy.person_id
    rows = session.execute(
        select(Occupancy, Source)
        .join(Source, Source.id == Occupancy.source_id)
        .where(column == entity.id)
        .order_by(Occupancy.start_earliest, Occupancy.id)
    ).all()
    names = entity_names(
        session, {o.person_id for o, _ in rows} | {o.organization_id or 0 for o, _ in rows}
    )
    posts = [
        {
            "id": o.id,
            "person": {"id": o.person_id, "name": names.get(o.person_id, "")},
            "position": o.position,
            "organization": (
                {"id": o.organization_id, "name": names.get(o.organization_id, "")}
                if o.organization_id
                else None
            ),
            "when": span(o.start_earliest, o.end_latest, o.precision),
            "source": _source_ref(source),
        }
        for o, source in rows
    ]
    return {"axis": bars(posts), "rows": posts}


def _mentions(session: Session, entity: Entity) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Mention, Source)
        .join(Source, Source.id == Mention.source_id)
        .where(Mention.entity_id == entity.id)
        .order_by(Source.id, Mention.start_offset)
    ).all()
    found = []
    for mention, source in rows:
        start, end, text = mention.start_offset, mention.end_offset, source.text_raw
        found.append(
            {
                "source": _source_ref(source),
                "text": mention.text,
                "start": start,
                "end": end,
                "before": text[max(0, start - CONTEXT_CHARS) : start],
                "marked": text[start:end],
                "after": text[end : end + CONTEXT_CHARS],
                "href": f"/sources/{source.id}?mark={start}-{end}#marked",
            }
        )
    return found


def entity_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """One entity: names in every script, claims by property, posts on a timeline, mentions."""
    entity = find_entity(session, case.case_id, params["entity_id"])
    parent = session.get(Entity, entity.parent_id) if entity.parent_id else None
    return {
        "case": _case(case, session),
        "entity": {
            "id": entity.id,
            "type": entity.type,
            "name": entity.canonical_name,
            "description": entity.description,
            "latitude": entity.latitude,
            "longitude": entity.longitude,
            "parent": {"id": parent.id, "name": parent.canonical_name} if parent else None,
        },
        "names": _names(entity),
        "claims": _claims(session, entity),
        "occupancies": _occupancies(session, entity),
        "mentions": _mentions(session, entity),
    }
