"""Places on a map that works offline: bundled Natural Earth boundaries drawn as server-side SVG.

The projection is equirectangular (x = longitude, y = −latitude) and the boundaries are stored in
those units, so zooming to the case's places is only a viewBox; no tile server, no script, no
network. Each place with coordinates is a marker sized by the violations recorded there.
"""

import json
import math
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sabt.model import Entity, Violation
from sabt.store.casefolder import CaseFolder
from sabt.web.context import Params, _case
from sabt.web.render import TEMPLATES

MAP_FILE = "world-110m.json"
MARGIN = 0.25  # of the places' extent, added on each side
MIN_EXTENT = 20.0  # degrees: one place alone still shows its surroundings
WORLD = (-180.0, -90.0, 360.0, 180.0)


@cache
def world_boundaries() -> tuple[dict[str, str], ...]:
    """Country outlines as SVG paths (name, d), read once from the bundled file."""
    text = (resources.files("sabt.web") / "static" / MAP_FILE).read_text("utf-8")
    return tuple({"name": c["name"], "d": c["d"]} for c in json.loads(text)["countries"] if c["d"])


# The outlines are drawing, not data: the template draws them, the API twin only names them.
TEMPLATES.env.globals["world_boundaries"] = world_boundaries


def view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The (x, y, width, height) that shows every (lat, lon) point with a margin, 2:1 wide."""
    if not points:
        return WORLD
    xs, ys = [lon for _, lon in points], [-lat for lat, _ in points]
    width = max(max(xs) - min(xs), MIN_EXTENT) * (1 + 2 * MARGIN)
    height = max(max(ys) - min(ys), MIN_EXTENT / 2) * (1 + 2 * MARGIN)
    width, height = max(width, 2 * height), max(height, width / 2)
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return (
        round(centre_x - width / 2, 3),
        round(centre_y - height / 2, 3),
        round(width, 3),
        round(height, 3),
    )


def map_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Places with coordinates, the violations at each, and the view that shows them all."""
    counts = dict(
        session.execute(
            select(Violation.place_id, func.count())
            .where(Violation.case_id == case.case_id, Violation.place_id.is_not(None))
            .group_by(Violation.place_id)
        ).all()
    )
    places = session.scalars(
        select(Entity)
        .where(
            Entity.case_id == case.case_id,
            Entity.latitude.is_not(None),
            Entity.longitude.is_not(None),
        )
        .order_by(Entity.canonical_name)
    ).all()
    box = view_box([(p.latitude or 0.0, p.longitude or 0.0) for p in places])
    unit = box[2] / 100  # marker sizes in map degrees: a percent of the view's width
    return {
        "case": _case(case, session),
        "view_box": list(box),
        "boundaries": f"Natural Earth 1:110m countries ({len(world_boundaries())} outlines)",
        "places": [
            {
                "id": p.id,
                "name": p.canonical_name,
                "type": p.type,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "violations": counts.get(p.id, 0),
                "x": p.longitude,
                "y": -(p.latitude or 0.0),
                "r": round(unit * (0.6 + math.sqrt(counts.get(p.id, 0))), 3),
            }
            for p in places
        ],
        "unplaced": session.scalar(
            select(func.count()).where(
                Entity.case_id == case.case_id, Entity.type == "place", Entity.latitude.is_(None)
            )
        ),
    }
