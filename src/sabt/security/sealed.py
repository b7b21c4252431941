"""Sealed identities of protected witnesses: envelope encryption with XChaCha20-Poly1305.

A witness's identifying fields (name, phone, contact, location, ...) are encrypted as JSON under
their own random 32-byte *data key*. The data key is stored only *wrapped* (encrypted) under the
case :class:`~sabt.security.keys.SealingKey`, which never sits in the database. So:

- the database alone (a stolen laptop's ``sabt.db``, a careless export, a backup) reveals no
  identity; the sealing key alone reveals nothing either;
- rotating the sealing key (:func:`rewrap`) rewrites 81 bytes per witness and leaves the
  ciphertext byte-identical;
- :func:`destroy` drops the wrapped data key, after which no one, including sabt, can recover the
  identity from that row.

Stored formats (all fields fixed-size, version byte first):

``ciphertext``  = 0x01 || nonce(24) || AEAD_dk(padded JSON, ad = DATA_AD || context)
``wrapped_key`` = 0x01 || key_id(8) || nonce(24) || AEAD_sk(dk, ad = WRAP_AD || key_id || H)

where ``dk`` is the data key, ``sk`` the sealing key and ``H`` = SHA-256(ciphertext).

``context`` binds the ciphertext to one witness of one case (see :func:`identity_context`): a
ciphertext copied onto another witness's row, or another case, fails to open. The wrapped key is
bound to its ciphertext and to the key that wrapped it. The plaintext is padded with spaces to a
multiple of 256 bytes so that ciphertext length does not give away short names.

Every failure raises a :class:`~sabt.security.keys.SealingError` whose message never contains any
part of the plaintext; a tampered blob never yields partial plaintext (AEAD verifies before it
decrypts).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

import nacl.exceptions
import nacl.utils
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_ABYTES as TAG_SIZE,
)
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt as _aead_decrypt,
)
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_encrypt as _aead_encrypt,
)
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_KEYBYTES as DATA_KEY_SIZE,
)
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES as NONCE_SIZE,
)

from sabt.errors import BadInput, IntegrityFailure
from sabt.security.keys import (
    KEY_ID_SIZE,
    SealingError,
    SealingKey,
    SealingKeyInvalid,
    SealingKeyMissing,
)

__all__ = [
    "IdentityDestroyed",
    "SealTampered",
    "SealedBlob",
    "SealingError",
    "SealingKey",
    "SealingKeyInvalid",
    "SealingKeyMissing",
    "WrongSealingKey",
    "destroy",
    "identity_context",
    "rewrap",
    "seal",
    "unseal",
]

FORMAT_VERSION = b"\x01"
PAD_BLOCK = 256
DATA_AD = b"sabt sealed identity v1\x00"
WRAP_AD = b"sabt wrapped data key v1\x00"
WRAPPED_KEY_SIZE = 1 + KEY_ID_SIZE + NONCE_SIZE + DATA_KEY_SIZE + TAG_SIZE
MIN_CIPHERTEXT_SIZE = 1 + NONCE_SIZE + TAG_SIZE


class SealTampered(SealingError, IntegrityFailure):
    """A sealed identity does not open: altered, moved to another witness, or damaged."""


class WrongSealingKey(SealingError):
    """The sealed identity was wrapped under a different sealing key than the one given."""

    status = 403


class IdentityDestroyed(SealingError):
    """The identity's data key was destroyed on purpose; it cannot be recovered."""

    status = 410


@dataclass(frozen=True)
class SealedBlob:
    """What is stored for one witness: ciphertext and wrapped data key (``None`` once destroyed)."""

    ciphertext: bytes
    wrapped_key: bytes | None
    key_id: str

    @property
    def destroyed(self) -> bool:
        return self.wrapped_key is None

    @classmethod
    def from_stored(cls, ciphertext: bytes, wrapped_key: bytes | None) -> SealedBlob:
        """Rebuild a blob from a stored row (the key id travels inside the wrapped key)."""
        key_id = ""
        if wrapped_key is not None and len(wrapped_key) == WRAPPED_KEY_SIZE:
            key_id = bytes(wrapped_key[1 : 1 + KEY_ID_SIZE]).hex()
        return cls(bytes(ciphertext), None if wrapped_key is None else bytes(wrapped_key), key_id)


def identity_context(case_id: int | str, pseudonym: str) -> bytes:
    """The associated data that binds a sealed identity to one witness of one case."""
    if not str(case_id) or not pseudonym:
        raise BadInput("a sealed identity's context needs a case id and a pseudonym")
    text = json.dumps(["sabt-witness", str(case_id), pseudonym], ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput("a pseudonym must be valid Unicode text") from None


# --------------------------------------------------------------------------------------------


def seal(identity: Mapping[str, str], *, key: SealingKey, context: bytes) -> SealedBlob:
    """Encrypt ``identity`` under a fresh data key and wrap that key under ``key``."""
    context = _check_context(context)
    if not isinstance(key, SealingKey):
        raise SealingKeyInvalid("seal needs a SealingKey")
    plaintext = _encode(identity)
    data_key = nacl.utils.random(DATA_KEY_SIZE)
    nonce = nacl.utils.random(NONCE_SIZE)
    ciphertext = (
        FORMAT_VERSION + nonce + _aead_encrypt(plaintext, DATA_AD + context, nonce, data_key)
    )
    return SealedBlob(ciphertext, _wrap(data_key, ciphertext, key), key.key_id)


def unseal(blob: SealedBlob, *, key: SealingKey, context: bytes) -> dict[str, str]:
    """Decrypt a sealed identity; raises a :class:`SealingError` rather than return any of it."""
    context = _check_context(context)
    data_key = _unwrap(blob, key)
    ciphertext = bytes(blob.ciphertext)
    if len(ciphertext) < MIN_CIPHERTEXT_SIZE or ciphertext[:1] != FORMAT_VERSION:
        raise SealTampered("the sealed identity is malformed or of an unknown format")
    nonce, body = ciphertext[1 : 1 + NONCE_SIZE], ciphertext[1 + NONCE_SIZE :]
    try:
        plaintext = _aead_decrypt(body, DATA_AD + context, nonce, data_key)
    except nacl.exceptions.CryptoError:
        raise SealTampered(
            "the sealed identity does not open: it was altered, or it belongs to another "
            "witness or case"
        ) from None
    return _decode(plaintext)


def rewrap(blob: SealedBlob, *, old: SealingKey, new: SealingKey) -> SealedBlob:
    """Move a sealed identity from ``old`` to ``new`` sealing key; the ciphertext is untouched."""
    if not isinstance(new, SealingKey):
        raise SealingKeyInvalid("rewrap needs a SealingKey to wrap under")
    data_key = _unwrap(blob, old)
    return SealedBlob(blob.ciphertext, _wrap(data_key, bytes(blob.ciphertext), new), new.key_id)


def destroy(blob: SealedBlob) -> SealedBlob:
    """Forget the wrapped data key: the identity becomes unrecoverable.

    This only changes the returned value: the caller must store it (``wrapped_key = NULL``) and
    make sure old copies of the row are gone too (see docs/witness-protection.md).
    """
    return dataclasses.replace(blob, wrapped_key=None)


# --------------------------------------------------------------------------------------------


def _check_context(context: bytes) -> bytes:
    if not isinstance(context, bytes | bytearray) or not context:
        raise BadInput(
            "a sealed identity needs a non-empty context (see identity_context)",
        )
    return bytes(context)


def _encode(identity: Mapping[str, str]) -> bytes:
    if not isinstance(identity, Mapping):
        raise BadInput("a sealed identity is a mapping of field names to text")
    for name, value in identity.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise BadInput("a sealed identity's field names and values must all be text")
    try:
        data = json.dumps(
            dict(identity), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ).encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput("a sealed identity contains text that is not valid Unicode") from None
    padded = -(-(len(data) + 1) // PAD_BLOCK) * PAD_BLOCK  # at least one pad byte
    return data + b" " * (padded - len(data))


def _decode(plaintext: bytes) -> dict[str, str]:
    try:
        value = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealTampered("the sealed identity opened but its contents are unreadable") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise SealTampered("the sealed identity opened but its contents are not text fields")
    return value


def _wrap_ad(key_id: bytes, ciphertext: bytes) -> bytes:
    return WRAP_AD + key_id + hashlib.sha256(ciphertext).digest()


def _wrap(data_key: bytes, ciphertext: bytes, key: SealingKey) -> bytes:
    key_id = key.key_id_bytes
    nonce = nacl.utils.random(NONCE_SIZE)
    sealed = _aead_encrypt(data_key, _wrap_ad(key_id, ciphertext), nonce, key.secret_bytes())
    return FORMAT_VERSION + key_id + nonce + sealed


def _unwrap(blob: SealedBlob, key: SealingKey) -> bytes:
    if not isinstance(blob, SealedBlob):
        raise BadInput("expected a SealedBlob")
    if not isinstance(key, SealingKey):
        raise SealingKeyInvalid("opening a sealed identity needs a SealingKey")
    if blob.wrapped_key is None:
        raise IdentityDestroyed(
            "this witness's identity was destroyed and cannot be recovered by anyone"
        )
    wrapped = bytes(blob.wrapped_key)
    if len(wrapped) != WRAPPED_KEY_SIZE or wrapped[:1] != FORMAT_VERSION:
        raise SealTampered("the wrapped data key is malformed or of an unknown format")
    key_id = wrapped[1 : 1 + KEY_ID_SIZE]
    if blob.key_id and key_id.hex() != blob.key_id:
        raise SealTampered("the wrapped data key names a different sealing key than its record")
    if key_id != key.key_id_bytes:
        raise WrongSealingKey(
            f"this identity is sealed under key {key_id.hex()}, not the key given ({key.key_id})",
            remedy="load the sealing key it was sealed (or last rewrapped) under",
        )
    nonce = wrapped[1 + KEY_ID_SIZE : 1 + KEY_ID_SIZE + NONCE_SIZE]
    body = wrapped[1 + KEY_ID_SIZE + NONCE_SIZE :]
    try:
        return bytes(
            _aead_decrypt(body, _wrap_ad(key_id, bytes(blob.ciphertext)), nonce, key.secret_bytes())
        )
    except nacl.exceptions.CryptoError:
        raise SealTampered(
            "the wrapped data key does not open: it or its ciphertext was altered, or they "
            "belong to different witnesses"
        ) from None
