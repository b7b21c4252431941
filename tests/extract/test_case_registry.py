"""`sabt extract --case DIR`: a case's own entities, with every name they are known under."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.model.entities import Entity, EntityName
from sabt.store.casefolder import init_case

_register_all()


def test_case_entities_link_across_scripts(tmp_path: Path) -> None:
    folder = init_case(tmp_path / "case", title="Test case")
    with folder.session() as session:
        entity = Entity(case_id=folder.case_id, type="person", canonical_name="Ebrahim Raisi")
        entity.names.append(EntityName(name="Ebrahim Raisi", script="Latn"))
        session.add(entity)
        session.flush()
        entity_id = entity.id
    folder.close()
    source = tmp_path / "note.txt"
    source.write_text("ابراهیم رئیسی در سال ۱۳۶۷ معاون دادستان تهران بود.", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(source), "--case", str(tmp_path / "case"), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["language"] == "fa"
    (mention,) = [m for m in data["mentions"] if m["type"] == "person"]
    assert (mention["entity"], mention["name"], mention["text"]) == (
        entity_id, "Ebrahim Raisi", "ابراهیم رئیسی",
    )  # fmt: skip


def test_missing_case_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("Raisi.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source), "--case", str(tmp_path / "none")])
    assert result.exit_code != 0
