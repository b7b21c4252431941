"""Chain of command: a sanctions-list import matched against the case, the person view, export.

A case of 300 people and 50 bodies (invented names) meets a FollowTheMoney file of 2,000 persons
with a sanction each, 50 of them spellings of the case's people: the figures are the import
(parse, validate with the FtM model, cross-script matching, suggestions stored), accepting the
matches, building one person's view, and exporting the case as FtM.
"""

import json
import time
from pathlib import Path
from typing import Any

from sabt.ingest.service import Provenance, ingest_file
from sabt.legal.ftm_apply import apply_accepted, pending_matches
from sabt.legal.ftm_export import export_ftm
from sabt.legal.ftm_import import import_ftm
from sabt.legal.person_view import person_context
from sabt.model import Entity, EntityName, Suggestion
from sabt.store.casefolder import init_case

PEOPLE, BODIES, LISTED, MATCHING = 300, 50, 2000, 50
SYLLABLES = ("ka", "ra", "mi", "so", "da", "ne", "lu", "ta", "vo", "shi", "ba", "ze")


def _name(number: int, salt: int) -> str:
    def word(n: int) -> str:
        return "".join(SYLLABLES[(n >> (4 * i)) % len(SYLLABLES)] for i in range(3)).title()

    return f"{word(number * 7 + salt)} {word(number * 13 + salt + 5)}"


def _seconds(work: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def run(work_dir: Path) -> dict[str, Any]:
    case = init_case(work_dir / "case")
    note = work_dir / "note.txt"
    note.write_text("SYNTHETIC benchmark note", encoding="utf-8")
    ingest_file(case, note, Provenance("bench"))
    with case.session() as session:
        for number in range(PEOPLE + BODIES):
            kind = "person" if number < PEOPLE else "organization"
            entity = Entity(case_id=case.case_id, type=kind, canonical_name=_name(number, 0))
            entity.names.append(EntityName(name=entity.canonical_name, is_primary=True))
            session.add(entity)
    lines = []
    for number in range(LISTED):
        name = _name(number, 0) if number < MATCHING else _name(number, 99991)
        lines.append({"id": f"p{number}", "schema": "Person", "properties": {"name": [name]}})
        lines.append(
            {"id": f"s{number}", "schema": "Sanction",
             "properties": {"entity": [f"p{number}"], "authority": ["Fictional Council"],
                            "startDate": ["2020-01-01"]}}
        )  # fmt: skip
    path = work_dir / "list.ftm.json"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    import_s, report = _seconds(lambda: import_ftm(case, path, actor="bench", propose_new=True))
    with case.session() as session:
        for suggestion in pending_matches(case):
            if suggestion.kind == "entity_match":
                session.get_one(Suggestion, suggestion.id).status = "accepted"
    apply_s, applied = _seconds(lambda: apply_accepted(case, actor="bench"))
    with case.session() as session:
        person = session.get_one(Entity, applied[0].entity_id)
        view_s, _ = _seconds(lambda: person_context(session, person))
    export_s, written = _seconds(lambda: export_ftm(case, work_dir / "out.ftm.json"))
    return {
        "case_entities": PEOPLE + BODIES,
        "ftm_lines": report.lines,
        "matches": report.matches,
        "new_people_proposed": report.new,
        "import_s": round(import_s, 2),
        "import_lines_per_s": round(report.lines / import_s),
        "apply_matches_s": round(apply_s, 2),
        "applied": len(applied),
        "person_view_ms": round(view_s * 1000, 1),
        "export_entities": written,
        "export_s": round(export_s, 2),
    }
