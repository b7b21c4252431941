"""The content-addressed, write-once store of original bytes.

A blob lives at `blobs/ab/abcdef…` named by its SHA-256. It is written through a temporary file,
fsynced and renamed into place, then made read-only; an existing blob is never rewritten, so
storing the same bytes twice is a no-op.
"""

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sabt.store.durable import fsync_dir

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    created: bool


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_bytes(self, data: bytes) -> StoredBlob:
        sha256 = hashlib.sha256(data).hexdigest()
        final = self.path_of(sha256)
        if final.exists():
            return StoredBlob(sha256, len(data), created=False)
        incoming = self.root / "incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=incoming)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            final.parent.mkdir(exist_ok=True)
            os.chmod(temp_name, 0o444)
            os.replace(temp_name, final)
            fsync_dir(final.parent)
            return StoredBlob(sha256, len(data), created=True)
        finally:
            Path(temp_name).unlink(missing_ok=True)

    def read(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def rehash(self, sha256: str) -> str | None:
        """The SHA-256 of what is stored under `sha256` now, or None if the file is missing."""
        path = self.path_of(sha256)
        if not path.is_file():
            return None
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def all_hashes(self) -> Iterator[str]:
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    yield path.name
