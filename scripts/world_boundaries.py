"""Turn world-atlas's countries-110m.json (Natural Earth, TopoJSON) into the map's bundled file.

Run once when the boundaries should change; the output is committed, so the server needs no
network and no build step:

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python scripts/world_boundaries.py /tmp/package/countries-110m.json \
        src/sabt/web/static/world-110m.json

Each country becomes one SVG path in degrees (x = longitude, y = minus latitude, an
equirectangular projection), rounded to 0.1°, so the server only sets a viewBox to zoom.
"""

import json
import sys
from pathlib import Path
from typing import Any

Point = tuple[float, float]


def _decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _path(rings: list[list[Point]]) -> str:
    parts = []
    for ring in rings:
        coords = []
        for lon, lat in ring:
            point = f"{lon:.1f} {-lat:.1f}".replace(".0 ", " ").replace("-0 ", "0 ")
            if not coords or coords[-1] != point:
                coords.append(point)
        if len(coords) > 2:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def convert(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = _decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
        rings = [_ring(r, arcs) for p in polygons.get(geometry["type"], []) for r in p]
        countries.append({"name": geometry["properties"]["name"], "d": _path(rings)})
    return {
        "source": "Natural Earth 1:110m admin 0 countries (public domain) via world-atlas 2.0.2",
        "projection": "equirectangular; x = longitude, y = -latitude, degrees",
        "countries": countries,
    }


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    data = convert(json.loads(source.read_text("utf-8")))
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
