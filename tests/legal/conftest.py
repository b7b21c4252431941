"""Fixtures for the matrix and dossier tests: the fictional seeded case on each backend."""

from pathlib import Path

import pytest
from tests.legal.seeded_case import Seeded, seed

from sabt.security.keys import KEY_FILE_ENV, SealingKey
from sabt.store.casefolder import CaseFolder


@pytest.fixture
def sealing_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SealingKey:
    """The case sealing key, in a file outside the case folder that the environment names."""
    key = SealingKey.generate()
    path = tmp_path / "elsewhere" / "case.sealing.key"
    key.save(path)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return key


@pytest.fixture
def seeded(case: CaseFolder, tmp_path: Path, sealing_key: SealingKey) -> Seeded:
    return seed(case, tmp_path, sealing_key)
