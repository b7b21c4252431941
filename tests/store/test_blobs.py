import hashlib
import stat
from pathlib import Path

from sabt.store.blobs import BlobStore


def test_blobs_are_content_addressed_and_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    first = store.put_bytes(b"original evidence")
    again = store.put_bytes(b"original evidence")
    assert first.sha256 == hashlib.sha256(b"original evidence").hexdigest()
    assert first.created and not again.created
    assert store.read(first.sha256) == b"original evidence"
    assert list(store.all_hashes()) == [first.sha256]


def test_blobs_are_read_only_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    stored = store.put_bytes(b"x" * 3_000_000)
    path = store.path_of(stored.sha256)
    assert stored.size == 3_000_000
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert list((tmp_path / "blobs" / "incoming").iterdir()) == []


def test_rehash_reports_changed_and_missing_blobs(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    stored = store.put_bytes(b"abc")
    assert store.rehash(stored.sha256) == stored.sha256
    path = store.path_of(stored.sha256)
    path.chmod(0o644)
    path.write_bytes(b"abd")
    assert store.rehash(stored.sha256) != stored.sha256
    path.unlink()
    assert store.rehash(stored.sha256) is None
