"""A network of persons, positions, organisations and violations, drawn without JavaScript.

Nodes come from Occupancy (person — position — organisation), OrganisationLink (organisation —
organisation) and ViolationParty (perpetrator — violation) rows. The layout is deterministic,
one column per kind in that order, each column sorted by name, so the same case always draws
the same picture and a screenshot or a court exhibit can be reproduced.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Entity, Occupancy, OrganisationLink, Violation, ViolationParty
from sabt.store.casefolder import CaseFolder
from sabt.web.context import Params, _case

COLUMNS = ("person", "position", "organization", "violation")
COLUMN_WIDTH, ROW_HEIGHT, MARGIN = 260, 44, 30


def _entity_node(entity: Entity) -> dict[str, Any]:
    kind = entity.type if entity.type in COLUMNS else "organization"
    return {"id": f"entity:{entity.id}", "kind": kind, "label": entity.canonical_name,
            "href": f"/entities/{entity.id}"}  # fmt: skip


def _layout(nodes: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Place each node in its kind's column; return the drawing's size."""
    tallest = 0
    for column, kind in enumerate(COLUMNS):
        members = sorted((n for n in nodes.values() if n["kind"] == kind), key=lambda n: n["label"])
        for row, node in enumerate(members):
            node["x"] = MARGIN + column * COLUMN_WIDTH
            node["y"] = MARGIN + row * ROW_HEIGHT
        tallest = max(tallest, len(members))
    return {"width": 2 * MARGIN + (len(COLUMNS) - 1) * COLUMN_WIDTH + 200,
            "height": 2 * MARGIN + max(tallest - 1, 0) * ROW_HEIGHT + 20}  # fmt: skip


def network_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Nodes and edges of who held which post in which organisation, and took part in what."""
    entities = {
        e.id: e for e in session.scalars(select(Entity).where(Entity.case_id == case.case_id))
    }
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def entity(entity_id: int) -> str:
        node = _entity_node(entities[entity_id])
        nodes.setdefault(node["id"], node)
        return str(node["id"])

    for post in session.scalars(select(Occupancy).where(Occupancy.case_id == case.case_id)):
        where = entity(post.organization_id) if post.organization_id else ""
        position = f"position:{post.position}@{where}"
        nodes.setdefault(position, {"id": position, "kind": "position", "label": post.position,
                                    "href": None})  # fmt: skip
        edges.append({"from": entity(post.person_id), "to": position, "relation": "held"})
        if where:
            edges.append({"from": position, "to": where, "relation": "in"})
    for link in session.scalars(
        select(OrganisationLink).where(OrganisationLink.case_id == case.case_id)
    ):
        edges.append({"from": entity(link.child_id), "to": entity(link.parent_id),
                      "relation": link.relation})  # fmt: skip
    parties = session.execute(
        select(ViolationParty, Violation)
        .join(Violation, Violation.id == ViolationParty.violation_id)
        .where(Violation.case_id == case.case_id, ViolationParty.role == "perpetrator")
    ).all()
    for party, violation in parties:
        act = f"violation:{violation.id}"
        label = f"{violation.type.replace('_', ' ')} #{violation.id}"
        nodes.setdefault(act, {"id": act, "kind": "violation", "label": label, "href": "/timeline"})
        edges.append(
            {"from": entity(party.entity_id), "to": act, "relation": party.mode or "took part"}
        )
    size = _layout(nodes)
    unique = {(e["from"], e["to"], e["relation"]): e for e in edges}
    for edge in unique.values():  # end points, so the drawing needs no lookup
        start, end = nodes[edge["from"]], nodes[edge["to"]]
        edge["line"] = [start["x"], start["y"], end["x"], end["y"]]
    return {
        "case": _case(case, session),
        "size": size,
        "columns": [{"kind": k, "x": MARGIN + i * COLUMN_WIDTH} for i, k in enumerate(COLUMNS)],
        "nodes": sorted(nodes.values(), key=lambda n: (n["x"], n["y"])),
        "edges": list(unique.values()),
    }
