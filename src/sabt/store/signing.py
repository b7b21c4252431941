"""The case signing key (Ed25519): it signs ledger checkpoints and export bundles.

The private key lives in the case's `keys/` folder with owner-only permissions; the public key is
copied into `ledger/` so a copy of the ledger can be checked without the private key.
"""

import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sabt.errors import SabtError
from sabt.store.durable import write_atomically

PRIVATE_KEY_FILE = "case_ed25519.pem"
PUBLIC_KEY_FILE = "case_ed25519.pub"


def create_signing_key(keys_dir: Path, public_dir: Path) -> Ed25519PrivateKey:
    keys_dir.mkdir(mode=0o700, exist_ok=True)
    os.chmod(keys_dir, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(keys_dir / PRIVATE_KEY_FILE, pem, mode=0o600)
    write_atomically(public_dir / PUBLIC_KEY_FILE, public_key_bytes(key.public_key()))
    return key


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    path = keys_dir / PRIVATE_KEY_FILE
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as error:
        raise SabtError(
            "the case signing key is missing", remedy=f"restore {PRIVATE_KEY_FILE} into keys/"
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise SabtError("the case signing key is not an Ed25519 key")
    return key


def load_public_key(public_dir: Path) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key((public_dir / PUBLIC_KEY_FILE).read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise SabtError("the case public key is not an Ed25519 key")
    return key


def signature_valid(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
