"""The case sealing key: generation, key files (0600), environment, fingerprints."""

from __future__ import annotations

import base64
import copy
import os
import pickle
import stat
from pathlib import Path

import pytest

from sabt.security.keys import (
    KEY_ENV,
    KEY_FILE_ENV,
    SealingError,
    SealingKey,
    SealingKeyInvalid,
    SealingKeyMissing,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def no_key_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    return monkeypatch


def test_generate_gives_distinct_keys_with_short_ids() -> None:
    a, b = SealingKey.generate(), SealingKey.generate()
    assert a != b and a.key_id != b.key_id
    assert len(a.key_id) == 16 and int(a.key_id, 16) >= 0
    assert a.key_id == SealingKey(a.secret_bytes()).key_id  # deterministic fingerprint


def test_key_bytes_never_printed() -> None:
    key = SealingKey.generate()
    raw = key.secret_bytes()
    text = repr(key) + str(key)
    assert key.key_id in text
    assert base64.b64encode(raw).decode() not in text and raw.hex() not in text


def test_key_cannot_be_pickled_or_copied() -> None:
    key = SealingKey.generate()
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.copy(key)


@posix_only
def test_save_writes_mode_0600_and_loads_back(tmp_path: Path) -> None:
    key = SealingKey.generate()
    old_umask = os.umask(0)  # a permissive umask must not widen the mode
    try:
        path = key.save(tmp_path / "keys" / "case.key")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SealingKey.load(path) == key


def test_save_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "case.key"
    first = SealingKey.generate()
    first.save(path)
    with pytest.raises(SealingError):
        SealingKey.generate().save(path)
    assert SealingKey.load(path) == first


@posix_only
def test_load_refuses_a_file_others_can_read(tmp_path: Path) -> None:
    path = SealingKey.generate().save(tmp_path / "case.key")
    path.chmod(0o644)
    with pytest.raises(SealingKeyInvalid, match="chmod 600"):
        SealingKey.load(path)


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SealingKeyMissing):
        SealingKey.load(tmp_path / "nope.key")


def test_load_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.key"
    path.write_text("not base64 at all!\n")
    path.chmod(0o600)
    with pytest.raises(SealingKeyInvalid):
        SealingKey.load(path)
    path.write_text(base64.b64encode(b"short").decode())
    with pytest.raises(SealingKeyInvalid, match="5 bytes"):
        SealingKey.load(path)


def test_from_env_inline(no_key_env: pytest.MonkeyPatch) -> None:
    key = SealingKey.generate()
    no_key_env.setenv(KEY_ENV, base64.b64encode(key.secret_bytes()).decode())
    assert SealingKey.from_env() == key


def test_from_env_file(no_key_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = SealingKey.generate()
    path = key.save(tmp_path / "outside" / "case.key")
    no_key_env.setenv(KEY_FILE_ENV, str(path))
    assert SealingKey.from_env() == key
    assert SealingKey.from_env(case_dir=tmp_path / "case") == key


def test_from_env_refuses_a_key_file_inside_the_case(
    no_key_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case = tmp_path / "case"
    path = SealingKey.generate().save(case / "keys" / "sealing.key")
    no_key_env.setenv(KEY_FILE_ENV, str(path))
    with pytest.raises(SealingKeyInvalid, match="inside the case folder"):
        SealingKey.from_env(case_dir=case)


def test_from_env_missing(no_key_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(SealingKeyMissing) as caught:
        SealingKey.from_env()
    assert KEY_FILE_ENV in str(caught.value) and KEY_ENV in str(caught.value)
    no_key_env.setenv(KEY_FILE_ENV, str(tmp_path / "gone.key"))
    with pytest.raises(SealingKeyMissing):
        SealingKey.from_env()


def test_from_env_refuses_both(no_key_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = SealingKey.generate()
    no_key_env.setenv(KEY_ENV, base64.b64encode(key.secret_bytes()).decode())
    no_key_env.setenv(KEY_FILE_ENV, str(key.save(tmp_path / "k")))
    with pytest.raises(SealingKeyInvalid, match="only one"):
        SealingKey.from_env()


def test_from_env_bad_base64(no_key_env: pytest.MonkeyPatch) -> None:
    no_key_env.setenv(KEY_ENV, "@@@@")
    with pytest.raises(SealingKeyInvalid) as caught:
        SealingKey.from_env()
    assert "@@@@" not in str(caught.value)


def test_wrong_size_key() -> None:
    with pytest.raises(SealingKeyInvalid):
        SealingKey(b"\x00" * 31)
