"""FollowTheMoney files written by the tests: a fictional sanctions list, every name invented."""

import json
from pathlib import Path
from typing import Any

OFFICIAL = {
    "id": "fict-person-1",
    "schema": "Person",
    "properties": {
        "name": ["Daryoush Kamrani"],
        "alias": ["داریوش کامرانی"],
        "birthDate": ["1961"],
        "nationality": ["ir"],
    },
}
STRANGER = {"id": "fict-person-2", "schema": "Person", "properties": {"name": ["Shirin Fictitia"]}}
BODY = {"id": "fict-org-1", "schema": "PublicBody", "properties": {"name": ["Fictional Court"]}}
POSITION = {
    "id": "fict-pos-1",
    "schema": "Position",
    "properties": {"name": ["Fictional judge"], "organization": ["fict-org-1"]},
}
OCCUPANCY = {
    "id": "fict-occ-1",
    "schema": "Occupancy",
    "properties": {"holder": ["fict-person-1"], "post": ["fict-pos-1"], "startDate": ["1995"]},
}
SANCTION = {
    "id": "fict-sanc-1",
    "schema": "Sanction",
    "properties": {
        "entity": ["fict-person-1"],
        "authority": ["Council of Fictional States"],
        "program": ["Fictional human rights regime"],
        "reason": ["SYNTHETIC: responsible for fictional executions"],
        "startDate": ["2011-04-12"],
    },
}
GOOD = [OFFICIAL, STRANGER, BODY, POSITION, OCCUPANCY, SANCTION]


def write_ftm(
    path: Path, entities: list[dict[str, Any]], *, extra_lines: tuple[str, ...] = ()
) -> Path:
    lines = [json.dumps(e, ensure_ascii=False) for e in entities] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
