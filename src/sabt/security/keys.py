"""The case sealing key: the secret that wraps every protected witness's data key.

The sealing key never sits in the database or in the case folder. It comes from one of:

- ``SABT_SEALING_KEY_FILE``: path to a key file kept outside the case folder (mode 0600), holding
  the key as one line of base64;
- ``SABT_SEALING_KEY``: the same base64 text, as an environment secret.

Whoever holds the database *and* the sealing key can read sealed identities; whoever holds only
one of them cannot. See docs/witness-protection.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import stat
from pathlib import Path

import nacl.utils

from sabt.errors import SabtError

__all__ = [
    "KEY_ENV",
    "KEY_FILE_ENV",
    "KEY_SIZE",
    "SealingError",
    "SealingKey",
    "SealingKeyInvalid",
    "SealingKeyMissing",
]

KEY_ENV = "SABT_SEALING_KEY"
KEY_FILE_ENV = "SABT_SEALING_KEY_FILE"
KEY_SIZE = 32
KEY_ID_SIZE = 8  # bytes of fingerprint; shown as 16 hex digits

_HOW_TO_SET = (
    f"set {KEY_FILE_ENV} to a key file kept outside the case folder, "
    f"or {KEY_ENV} to the key in base64"
)


class SealingError(SabtError):
    """Sealed identities cannot be sealed, opened or rewrapped; never carries any plaintext."""

    status = 500


class SealingKeyMissing(SealingError):
    """No sealing key is configured, or its key file is not there."""

    status = 503


class SealingKeyInvalid(SealingError):
    """The configured sealing key is malformed, or its key file is unsafe to use."""


class SealingKey:
    """A 32-byte XChaCha20-Poly1305 key that wraps data keys. Its bytes are never printed."""

    __slots__ = ("_key", "_key_id")

    def __init__(self, raw: bytes) -> None:
        if not isinstance(raw, bytes | bytearray) or len(raw) != KEY_SIZE:
            raise SealingKeyInvalid(f"a sealing key is {KEY_SIZE} bytes")
        self._key = bytes(raw)
        digest = hashlib.blake2b(self._key, digest_size=KEY_ID_SIZE, person=b"sabt-sealing-id")
        self._key_id = digest.hexdigest()

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def generate(cls) -> SealingKey:
        """A fresh random key (from the operating system's CSPRNG via libsodium)."""
        return cls(nacl.utils.random(KEY_SIZE))

    @classmethod
    def from_base64(cls, text: str | bytes, *, source: str = "the key") -> SealingKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise SealingKeyInvalid(f"{source} is not valid base64", remedy=_HOW_TO_SET) from None
        if len(raw) != KEY_SIZE:
            raise SealingKeyInvalid(
                f"{source} decodes to {len(raw)} bytes, not {KEY_SIZE}", remedy=_HOW_TO_SET
            )
        return cls(raw)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SealingKey:
        """Read a key file written by :meth:`save`; refuses one that others can read."""
        path = Path(path)
        try:
            info = path.stat()
            text = path.read_bytes()
        except FileNotFoundError:
            raise SealingKeyMissing(
                "the sealing key file is not there", remedy=f"check {KEY_FILE_ENV}"
            ) from None
        except OSError as exc:
            raise SealingKeyMissing(
                f"the sealing key file cannot be read ({exc.strerror})",
                remedy=f"check {KEY_FILE_ENV} and the file's permissions",
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise SealingKeyInvalid("the sealing key file is not a regular file")
        if os.name == "posix" and info.st_mode & 0o077:
            raise SealingKeyInvalid(
                f"the sealing key file is readable by others (mode {stat.S_IMODE(info.st_mode):o})",
                remedy="chmod 600 the key file",
            )
        return cls.from_base64(text, source="the sealing key file")

    @classmethod
    def from_env(cls, *, case_dir: str | os.PathLike[str] | None = None) -> SealingKey:
        """The key named by ``SABT_SEALING_KEY_FILE`` or given in ``SABT_SEALING_KEY``.

        Exactly one of the two must be set. With ``case_dir``, a key file inside the case folder
        is refused: the key must not travel with the data it protects.
        """
        inline = os.environ.get(KEY_ENV, "")
        file_name = os.environ.get(KEY_FILE_ENV, "")
        if inline.strip() and file_name.strip():
            raise SealingKeyInvalid(
                f"both {KEY_ENV} and {KEY_FILE_ENV} are set", remedy="set only one of them"
            )
        if inline.strip():
            return cls.from_base64(inline, source=KEY_ENV)
        if file_name.strip():
            path = Path(file_name.strip()).expanduser()
            if case_dir is not None and _is_within(path, Path(case_dir)):
                raise SealingKeyInvalid(
                    "the sealing key file is inside the case folder",
                    remedy="keep the key file outside the case folder (and off its backups)",
                )
            return cls.load(path)
        raise SealingKeyMissing("no sealing key is configured", remedy=_HOW_TO_SET)

    # -- use --------------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the key as base64 to a new file with mode 0600; never overwrites a file."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            raise SealingError(
                "a file is already at the sealing key path; refusing to overwrite it",
                remedy="overwriting a sealing key loses every identity it seals; pick a new path",
            ) from None
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # whatever the umask
            os.write(fd, base64.b64encode(self._key) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        return path

    @property
    def key_id(self) -> str:
        """A short, non-secret fingerprint (16 hex digits) naming this key."""
        return self._key_id

    @property
    def key_id_bytes(self) -> bytes:
        return bytes.fromhex(self._key_id)

    def secret_bytes(self) -> bytes:
        """The raw key, for sabt.security.sealed only. Never log or store it."""
        return self._key

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SealingKey):
            return NotImplemented
        return hmac.compare_digest(self._key, other._key)

    def __hash__(self) -> int:
        return hash(self._key_id)

    def __repr__(self) -> str:
        return f"SealingKey(key_id={self._key_id!r})"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a SealingKey cannot be pickled or copied")


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
