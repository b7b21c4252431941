"""A small fictional case for the chain-of-command tests: one official under two spellings, a
namesake, three nested bodies, a source and a violation. Every name here is invented."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Entity, EntityName, Violation, ViolationParty
from sabt.store.casefolder import CaseFolder


@dataclass(frozen=True)
class Chain:
    official: int
    namesake_a: int
    namesake_b: int
    judiciary: int
    office: int
    commission: int
    source: int


def _entity(kind: str, *names: tuple[str, str]) -> Entity:
    entity = Entity(type=kind, canonical_name=names[0][0])
    for index, (name, script) in enumerate(names):
        entity.names.append(EntityName(name=name, script=script, is_primary=index == 0))
    return entity


def seed_chain(case: CaseFolder, tmp_path: Path) -> Chain:
    note = tmp_path / "report.txt"
    note.write_text(
        "SYNTHETIC. Fictional report: Dariush Kamrani sat on the commission in 1988 and was "
        "appointed deputy prosecutor in 1990.",
        encoding="utf-8",
    )
    source = ingest_file(case, note, Provenance("tester"), title="Fictional report")
    assert source.source_id is not None
    with case.session() as session:
        rows = [
            _entity("person", ("Dariush Kamrani", "Latn"), ("داریوش کامرانی", "Arab")),
            _entity("person", ("Bahram Tavakoli", "Latn")),
            _entity("person", ("Bahram Tavakkoli", "Latn")),
            _entity("organization", ("Fictional Judiciary", "Latn")),
            _entity("organization", ("Fictional Prosecutor's Office", "Latn")),
            _entity("organization", ("Fictional Commission", "Latn")),
        ]
        for row in rows:
            row.case_id = case.case_id
        session.add_all(rows)
        session.flush()
        violation = Violation(
            case_id=case.case_id,
            type="execution",
            description="SYNTHETIC mass execution",
            date_earliest=date(1988, 7, 1),
            date_latest=date(1988, 9, 30),
            source_id=source.source_id,
            created_by="tester",
        )
        session.add(violation)
        session.flush()
        session.add(
            ViolationParty(violation_id=violation.id, entity_id=rows[0].id, role="perpetrator")
        )
        ids = [row.id for row in rows]
    return Chain(*ids, source=source.source_id)
