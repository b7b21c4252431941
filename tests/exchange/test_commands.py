"""The bundle commands end to end, as a user types them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from tests.conftest import Sabt

from sabt.security.keys import SealingKey
from sabt.store.casefolder import CaseFolder

from .conftest import Populated, populate


@pytest.fixture
def filled(sqlite_case: CaseFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Populated:
    monkeypatch.setenv("SABT_CASE", str(sqlite_case.path))
    return populate(sqlite_case, tmp_path / "files", SealingKey.generate())


def test_export_verify_import_from_the_command_line(
    filled: Populated, sabt: Sabt, tmp_path: Path
) -> None:
    bundle = tmp_path / "evidence.zip"
    status, out, err = sabt("export", "bundle", "--select", "kind:document", "--out", str(bundle))
    assert status == 0, err
    assert "2 sources, 1 claims" in out and "case key fingerprint:" in out
    status, out, _ = sabt("export", "bundle", "--select", "all", "--out", str(bundle), "--json")
    exported = json.loads(out)
    assert exported["withheld"] == [filled.withheld_testimony]
    fingerprint = exported["key_fingerprint"]

    status, out, _ = sabt("verify-bundle", str(bundle), "--expect-key", fingerprint)
    assert status == 0 and "verified: 3 originals, 2 claims" in out
    status, _, err = sabt("verify-bundle", str(bundle), "--expect-key", "ab" * 32)
    assert status == 1 and "is not the expected key" in err

    inquiry = tmp_path / "inquiry"
    assert sabt("init", str(inquiry))[0] == 0
    status, out, err = sabt("import", "bundle", str(bundle), "--case", str(inquiry), "--json")
    assert status == 0, err
    imported = json.loads(out)
    assert len(imported["new_sources"]) == 3 and imported["new_claims"] == 2
    assert imported["bundle_id"] == exported["bundle_id"]
    status, out, _ = sabt("import", "bundle", str(bundle), "--case", str(inquiry))
    assert status == 0 and "nothing new" in out
    status, out, _ = sabt("verify", "--case", str(inquiry))
    assert status == 0 and "verified" in out


def test_a_tampered_bundle_is_refused_in_one_line(
    filled: Populated, sabt: Sabt, tmp_path: Path
) -> None:
    bundle, bad = tmp_path / "b.zip", tmp_path / "bad.zip"
    assert sabt("export", "bundle", "--select", "all", "--out", str(bundle))[0] == 0
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("extra.txt", b"added later")
    inquiry = tmp_path / "inquiry"
    assert sabt("init", str(inquiry))[0] == 0
    status, _, err = sabt("import", "bundle", str(bad), "--case", str(inquiry))
    assert status == 1 and err.count("\n") == 1
    assert "nothing was imported" in err and "extra.txt: in the bundle but not listed" in err
    status, out, _ = sabt("sources", "--case", str(inquiry), "--json")
    assert json.loads(out) == []
    status, _, err = sabt("export", "bundle", "--out", str(tmp_path / "none.zip"))
    assert status == 1 and "say which sources to bundle" in err
