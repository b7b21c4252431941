"""`sabt export TABLE`: every table in every format, with provenance, audited, by policy."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select
from tests.conftest import Sabt

from sabt.model import AuditEntry, Role, Share, Source, User
from sabt.security.keys import SealingKey
from sabt.store.casefolder import CaseFolder

from .conftest import Populated, populate

EXPECTED_ROWS = {
    "claims": 2,
    "sources": 4,
    "entities": 2,
    "occupancies": 1,
    "violations": 1,
    "lists": 1,
}


def read_back(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))
    return list(pq.read_table(path).to_pylist())


@pytest.fixture
def filled(sqlite_case: CaseFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Populated:
    ids = populate(sqlite_case, tmp_path / "files", SealingKey.generate())
    with sqlite_case.session() as session:
        report = session.get(Source, ids.report)
        assert report is not None
        report.reliability, report.credibility = "B", 2
    monkeypatch.setenv("SABT_CASE", str(sqlite_case.path))
    return ids


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("table", sorted(EXPECTED_ROWS))
def test_every_table_in_every_format(
    filled: Populated, sabt: Sabt, tmp_path: Path, table: str, fmt: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    status, stdout, err = sabt("export", table, "--out", str(out), "--json")
    assert status == 0, err
    assert json.loads(stdout)["rows"] == EXPECTED_ROWS[table]
    assert len(read_back(out, fmt)) == EXPECTED_ROWS[table]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_claims_carry_their_provenance(
    filled: Populated, sabt: Sabt, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"claims.{fmt}"
    assert sabt("export", "claims", "--format", fmt, "--out", str(out))[0] == 0
    first, testimony = read_back(out, fmt)
    assert first["source_id"] in (filled.report, str(filled.report))
    assert first["source_title"] == "report.txt"
    assert first["source_grade"] == "B2"
    assert len(first["source_sha256"]) == 64
    assert first["excerpt"] == "About 3,000 prisoners were executed"
    assert str(first["start_offset"]) == "29" and str(first["end_offset"]) == "64"
    assert first["attributed_to"] == "the report"
    assert (first["review_status"], first["created_by"]) == ("accepted", "ana")
    assert first["created_at"]
    assert testimony["source_pseudonym"] == "W-017"
    assert testimony["subject"] == "The Commission"


def test_entities_keep_every_script(filled: Populated, sabt: Sabt, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"entities.{fmt}"
        assert sabt("export", "entities", "--out", str(out))[0] == 0
        person = read_back(out, fmt)[0]
        names = person["names"] if fmt == "jsonl" else json.loads(person["names"])
        assert {n["name"] for n in names} == {"Example Prosecutor", "دادستان نمونه"}
        assert {n["script"] for n in names} == {"Latn", "Arab"}


def test_each_export_is_audited(
    filled: Populated, sabt: Sabt, tmp_path: Path, sqlite_case: CaseFolder
) -> None:
    out = tmp_path / "v.csv"
    assert sabt("export", "violations", "--out", str(out))[0] == 0
    with sqlite_case.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.export"))
        assert entry is not None
        assert (entry.actor, entry.outcome) == ("tester", "ok")
        assert entry.detail["table"] == "violations" and entry.detail["rows"] == 1
        assert entry.detail["format"] == "csv" and len(entry.detail["sha256"]) == 64


def _member(case: CaseFolder, username: str, role: str) -> int:
    with case.session() as session:
        user = User(username=username)
        session.add(user)
        session.flush()
        session.add(Role(case_id=case.case_id, user_id=user.id, role=role))
        return user.id


def test_a_viewer_may_not_export(
    filled: Populated, sabt: Sabt, tmp_path: Path, sqlite_case: CaseFolder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _member(sqlite_case, "vera", "viewer")
    monkeypatch.setenv("SABT_ACTOR", "vera")
    out = tmp_path / "claims.jsonl"
    status, _, err = sabt("export", "claims", "--out", str(out))
    assert status == 1 and "case.export" in err and err.count("\n") == 1
    assert not out.exists()
    status, _, err = sabt("export", "bundle", "--select", "all", "--out", str(tmp_path / "b.zip"))
    assert status == 1 and not (tmp_path / "b.zip").exists()
    with sqlite_case.session() as session:
        refused = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.outcome == "refused")
        ).all()
    assert refused == ["vera", "vera"]


def test_an_external_exports_only_what_was_shared(
    filled: Populated, sabt: Sabt, tmp_path: Path, sqlite_case: CaseFolder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    user_id = _member(sqlite_case, "un-inquiry", "external")
    with sqlite_case.session() as session:
        session.add(
            Share(
                case_id=sqlite_case.case_id, user_id=user_id, object_type="source",
                object_id=filled.testimony, granted_by="ana",
            )
        )  # fmt: skip
    monkeypatch.setenv("SABT_ACTOR", "un-inquiry")
    rows = {}
    for table in ("claims", "sources", "entities", "occupancies", "lists"):
        out = tmp_path / f"{table}.jsonl"
        assert sabt("export", table, "--out", str(out))[0] == 0
        rows[table] = read_back(out, "jsonl")
    assert [r["source_id"] for r in rows["claims"]] == [filled.testimony]
    assert [r["source_id"] for r in rows["sources"]] == [filled.testimony]
    assert rows["entities"] == rows["occupancies"] == rows["lists"] == []
    bundle = tmp_path / "b.zip"
    status, out, err = sabt("export", "bundle", "--select", "all", "--out", str(bundle), "--json")
    assert status == 0, err
    assert json.loads(out)["sources"] == [filled.testimony]
    status, _, err = sabt("export", "bundle", "--select", str(filled.report), "--out", str(bundle))
    assert status == 1 and f"no source {filled.report}" in err


def test_bad_format_and_folder_are_one_clear_line(
    filled: Populated, sabt: Sabt, tmp_path: Path
) -> None:
    status, _, err = sabt("export", "claims", "--format", "xml", "--out", str(tmp_path / "c.x"))
    assert status == 1 and "unknown export format 'xml'" in err and err.count("\n") == 1
    status, _, err = sabt("export", "claims", "--out", str(tmp_path / "c.txt"))
    assert status == 1 and "unknown export format 'txt'" in err
    status, _, err = sabt("export", "claims", "--out", str(tmp_path / "nowhere" / "c.csv"))
    assert status == 1 and "does not exist" in err
    assert not list(tmp_path.glob("**/.sabt-export-*"))
