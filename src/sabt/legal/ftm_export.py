"""The case's own people, bodies, posts, sanctions and organisation links as FollowTheMoney.

Other mechanisms and investigative tools (Aleph, OpenSanctions' tooling, yente) read FtM entity
JSON lines; every entity written here is built with the library's model (`model.get_proxy`), so
a line the model refuses is never written. Ids are stable (`sabt-person-12`), so two exports of
the same case agree; an entity matched from an imported FtM file names that file's id in its
notes, so a recipient can join the two.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.exchange.records import EVERYTHING, Scope
from sabt.legal.lookup import spellings
from sabt.model import Entity, EntityIdentifier, Occupancy, OrganisationLink, Sanction
from sabt.store.casefolder import CaseFolder

SCHEMA_OF_TYPE = {"person": "Person", "organization": "Organization"}


def _id(kind: str, number: int) -> str:
    return f"sabt-{kind}-{number}"


def _when(value: Any) -> list[str]:
    return [value.isoformat()] if value else []


def _entities(session: Session, case_id: int, scope: Scope) -> Iterator[dict[str, Any]]:
    entities = {
        e.id: e
        for e in session.scalars(
            select(Entity).where(Entity.case_id == case_id, Entity.type.in_(SCHEMA_OF_TYPE))
        )
        if scope.has_entity(e.id)
    }
    known_ftm: dict[int, list[str]] = {}
    for row in session.scalars(
        select(EntityIdentifier).where(EntityIdentifier.entity_id.in_(entities))
    ):
        if row.scheme == "ftm":
            known_ftm.setdefault(row.entity_id, []).append(row.value)
    for entity in entities.values():
        names = spellings(entity)
        properties: dict[str, list[str]] = {"name": names[:1], "alias": names[1:]}
        if entity.description:
            properties["description"] = [entity.description]
        if entity.id in known_ftm:
            properties["notes"] = [f"FollowTheMoney id {i}" for i in known_ftm[entity.id]]
        yield {
            "id": _id(entity.type, entity.id),
            "schema": SCHEMA_OF_TYPE[entity.type],
            "properties": properties,
        }
    yield from _posts(session, case_id, entities)
    for sanction in session.scalars(select(Sanction).where(Sanction.case_id == case_id)):
        target = entities.get(sanction.entity_id)
        if target is None:
            continue
        yield {
            "id": _id("sanction", sanction.id),
            "schema": "Sanction",
            "properties": {
                "entity": [_id(target.type, target.id)],
                "authority": [sanction.authority],
                "program": [sanction.program] if sanction.program else [],
                "reason": [sanction.reason] if sanction.reason else [],
                "startDate": _when(sanction.start_date),
                "endDate": _when(sanction.end_date),
            },
        }
    for link in session.scalars(
        select(OrganisationLink).where(OrganisationLink.case_id == case_id)
    ):
        if link.child_id in entities and link.parent_id in entities:
            yield {
                "id": _id("orglink", link.id),
                "schema": "Membership",
                "properties": {
                    "member": [_id("organization", link.child_id)],
                    "organization": [_id("organization", link.parent_id)],
                    "role": [link.relation.replace("_", " ")],
                    "startDate": _when(link.start_earliest),
                    "endDate": _when(link.end_latest),
                },
            }


def _posts(session: Session, case_id: int, entities: dict[int, Entity]) -> Iterator[dict[str, Any]]:
    positions: dict[tuple[str, int | None], str] = {}
    for post in session.scalars(
        select(Occupancy)
        .where(Occupancy.case_id == case_id, Occupancy.review_status != "rejected")
        .order_by(Occupancy.id)
    ):
        if post.person_id not in entities:
            continue
        body = post.organization_id if post.organization_id in entities else None
        key = (post.position, body)
        if key not in positions:
            positions[key] = _id("position", post.id)
            yield {
                "id": positions[key],
                "schema": "Position",
                "properties": {
                    "name": [post.position],
                    "organization": [_id("organization", body)] if body else [],
                },
            }
        yield {
            "id": _id("occupancy", post.id),
            "schema": "Occupancy",
            "properties": {
                "holder": [_id("person", post.person_id)],
                "post": [positions[key]],
                "startDate": _when(post.start_earliest or post.start_latest),
                "endDate": _when(post.end_latest or post.end_earliest),
            },
        }


def export_ftm(case: CaseFolder, out_path: Path, scope: Scope = EVERYTHING) -> int:
    """Write the case's FtM entities to `out_path` (JSON lines); returns how many were written."""
    from followthemoney import model

    count = 0
    with case.session() as session, out_path.open("w", encoding="utf-8") as out:
        for data in _entities(session, case.case_id, scope):
            data["properties"] = {k: v for k, v in data["properties"].items() if v}
            proxy = model.get_proxy(data)
            out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count
