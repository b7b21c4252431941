"""Export a bundle, verify it with nothing but the zip, import it into a second case."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select

from sabt.errors import BadInput, IntegrityFailure, NotFound
from sabt.exchange.bundle_import import import_bundle
from sabt.exchange.bundle_verify import verify_bundle
from sabt.exchange.bundle_write import write_bundle
from sabt.model import AuditEntry, Claim, CustodyEvent, Source
from sabt.security.keys import SealingKey
from sabt.store.casefolder import CaseFolder, init_case
from sabt.store.verify import verify_case

from .conftest import LETTER, REPORT, populate


def of_case(case: CaseFolder, model: type[Source] | type[Claim]) -> Select[Any]:
    """Rows of one case (on PostgreSQL both test cases share a database)."""
    return select(model).where(model.case_id == case.case_id)


def events(case: CaseFolder, action: str) -> list[CustodyEvent]:
    with case.session() as session:
        return list(
            session.scalars(
                select(CustodyEvent).where(
                    CustodyEvent.case_id == case.case_id, CustodyEvent.action == action
                )
            )
        )


def test_round_trip_keeps_bytes_claims_and_custody(case: CaseFolder, tmp_path: Path) -> None:
    ids = populate(case, tmp_path / "files", SealingKey.generate())
    out = tmp_path / "out.zip"
    summary = write_bundle(case, out, select_terms=["all"], actor="ana")
    assert summary.sources == [ids.report, ids.letter, ids.testimony]
    assert summary.withheld == [ids.withheld_testimony]  # no consent to share
    assert summary.claims == 2
    report = verify_bundle(out)
    assert report.ok, report.problems
    assert (report.sources, report.claims) == (3, 2)
    assert report.events == summary.events >= 3
    assert len(events(case, "bundle-exported")) == 1
    with case.session() as session:
        audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.export"))
        assert audited is not None and audited.detail["rows"] == 3 and audited.actor == "ana"

    second = init_case(tmp_path / "second", title="Inquiry")
    try:
        first = import_bundle(second, out, actor="bo")
        assert len(first.new_sources) == 3 and first.new_claims == 2
        assert verify_case(second).ok, verify_case(second).problems
        with second.session() as session:
            sources = {s.title: s for s in session.scalars(of_case(second, Source))}
            claims = list(session.scalars(of_case(second, Claim).order_by(Claim.id)))
        assert second.blobs.read(sources["report.txt"].blob_sha256) == REPORT.encode()
        assert second.blobs.read(sources["letter.txt"].blob_sha256) == LETTER.encode()
        origin = sources["report.txt"].metadata_json["imported_from"]
        assert origin["case"] == case.slug
        assert origin["key_fingerprint"] == report.key_fingerprint
        assert origin["checkpoint"]["root"] == report.checkpoint_root
        assert [e["source_id"] for e in origin["custody_events"]] == [ids.report]
        assert json.loads(origin["custody_events"][0]["entry"])["action"] == "ingested"
        assert sources["Testimony W-017"].metadata_json["testimony"]["pseudonym"] == "W-017"
        assert claims[0].attributed_to == "the report" and claims[0].value_low == 3000
        assert claims[0].qualifiers["imported_from"]["claim_id"] == ids.claim
        assert claims[1].subject_text == "The Commission"  # the entity's name, not its id
        ingested = events(second, "ingested")
        assert all(e.object_hash for e in ingested)
        detail = json.loads(ingested[0].entry)["detail"]
        assert detail["bundle"] == summary.bundle_id
        assert detail["checkpoint_root"] == report.checkpoint_root

        again = import_bundle(second, out, actor="bo")
        assert again.new_sources == [] and again.new_claims == 0
        assert sorted(again.present_sources) == sorted(first.new_sources)
        with second.session() as session:
            assert len(list(session.scalars(of_case(second, Source)))) == 3
            assert len(list(session.scalars(of_case(second, Claim)))) == 2
        assert len(events(second, "bundle-imported")) == 1
        assert len(events(second, "bundle-reimported")) == 1
        assert verify_case(second).ok

        # the imported case can pass the sources on: its own bundle verifies too
        onward = tmp_path / "onward.zip"
        write_bundle(second, onward, select_terms=["kind:document"], actor="bo")
        assert verify_bundle(onward).ok
    finally:
        second.close()


def test_a_bad_bundle_imports_nothing(case: CaseFolder, tmp_path: Path) -> None:
    populate(case, tmp_path / "files", SealingKey.generate())
    out = tmp_path / "out.zip"
    write_bundle(case, out, select_terms=["all"], actor="ana")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data.replace(b"prisoners", b"prizoners"))
    second = init_case(tmp_path / "second")
    try:
        with pytest.raises(Exception, match="does not verify, nothing was imported"):
            import_bundle(second, bad, actor="bo")
        with second.session() as session:
            assert list(session.scalars(of_case(second, Source))) == []
        assert list(second.blobs.all_hashes()) == []
    finally:
        second.close()


def test_selection_by_id_kind_and_search(case: CaseFolder, tmp_path: Path) -> None:
    ids = populate(case, tmp_path / "files", SealingKey.generate())
    out = tmp_path / "b.zip"
    by_id = write_bundle(case, out, select_terms=[f"{ids.report},{ids.letter}"], actor="ana")
    assert by_id.sources == [ids.report, ids.letter] and by_id.claims == 1
    by_kind = write_bundle(case, out, select_terms=["kind:testimony"], actor="ana")
    assert by_kind.sources == [ids.testimony] and by_kind.withheld == [ids.withheld_testimony]
    found = write_bundle(case, out, select_terms=["search:Tabriz"], actor="ana")
    assert found.sources == [ids.letter]
    ranged = write_bundle(case, out, select_terms=[f"{ids.report}-{ids.letter}"], actor="ana")
    assert ranged.sources == [ids.report, ids.letter]
    with pytest.raises(BadInput, match="say which sources"):
        write_bundle(case, out, select_terms=[], actor="ana")
    with pytest.raises(BadInput, match="cannot read the selection"):
        write_bundle(case, out, select_terms=["ids:x"], actor="ana")
    with pytest.raises(NotFound, match="no source 999"):
        write_bundle(case, out, select_terms=["999"], actor="ana")
    with pytest.raises(NotFound, match="consent to share"):
        write_bundle(case, out, select_terms=[str(ids.withheld_testimony)], actor="ana")
    assert verify_bundle(out).ok  # a refused export leaves the last good bundle in place


def test_verifier_needs_no_database(sqlite_case: CaseFolder, tmp_path: Path) -> None:
    populate(sqlite_case, tmp_path / "files", SealingKey.generate())
    out = tmp_path / "out.zip"
    write_bundle(sqlite_case, out, select_terms=["all"], actor="ana")
    script = (
        "import sys; from pathlib import Path\n"
        "from sabt.exchange.bundle_verify import verify_bundle\n"
        "report = verify_bundle(Path(sys.argv[1]))\n"
        "loaded = [m for m in ('sqlalchemy', 'sabt.store.db', 'sabt.model') if m in sys.modules]\n"
        "print(report.ok, loaded)\n"
    )
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(out)], cwd=empty, env=env, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "True []"
    module = subprocess.run(
        [sys.executable, "-m", "sabt.exchange.bundle_verify", str(out), "--json"],
        cwd=empty, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert module.returncode == 0 and json.loads(module.stdout)["ok"] is True


def test_a_log_that_no_longer_matches_its_checkpoint_is_not_exported(
    sqlite_case: CaseFolder, tmp_path: Path
) -> None:
    populate(sqlite_case, tmp_path / "files", SealingKey.generate())
    with sqlite_case.session() as session:
        first = session.scalar(select(CustodyEvent).where(CustodyEvent.seq == 0))
        assert first is not None
        first.leaf_hash = "00" * 32
    out = tmp_path / "b.zip"
    with pytest.raises(IntegrityFailure, match="does not match its latest checkpoint"):
        write_bundle(sqlite_case, out, select_terms=["all"], actor="ana")
    assert not out.exists()
