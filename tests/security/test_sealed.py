"""Sealed identities: envelope encryption of protected witnesses' identifying fields."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sabt.errors import BadInput, IntegrityFailure, SabtError
from sabt.security.keys import SealingKey
from sabt.security.sealed import (
    WRAPPED_KEY_SIZE,
    IdentityDestroyed,
    SealedBlob,
    SealingError,
    SealTampered,
    WrongSealingKey,
    destroy,
    identity_context,
    rewrap,
    seal,
    unseal,
)

IDENTITY = {
    "name": "Leila Ahmadi",
    "name_fa": "لیلا احمدی",
    "phone": "+98 912 000 0000",
    "contact": "via cousin in Erbil",
    "location": "Mahabad, West Azerbaijan",
}
SECRETS = list(IDENTITY.values())
CTX = identity_context(7, "W-0042")


@pytest.fixture(scope="module")
def key() -> SealingKey:
    return SealingKey.generate()


@pytest.fixture(scope="module")
def blob(key: SealingKey) -> SealedBlob:
    return seal(IDENTITY, key=key, context=CTX)


def _no_plaintext_in(exc: BaseException) -> None:
    text = f"{exc!s} {exc!r}"
    for secret in SECRETS:
        assert secret not in text


def test_round_trip(key: SealingKey, blob: SealedBlob) -> None:
    assert unseal(blob, key=key, context=CTX) == IDENTITY
    assert blob.key_id == key.key_id
    assert len(blob.wrapped_key or b"") == WRAPPED_KEY_SIZE


def test_ciphertext_reveals_nothing_readable(blob: SealedBlob) -> None:
    for secret in SECRETS:
        assert secret.encode() not in blob.ciphertext
        assert secret.encode() not in (blob.wrapped_key or b"")


def test_each_seal_uses_a_fresh_data_key_and_nonce(key: SealingKey, blob: SealedBlob) -> None:
    again = seal(IDENTITY, key=key, context=CTX)
    assert again.ciphertext != blob.ciphertext
    assert again.wrapped_key != blob.wrapped_key
    assert unseal(again, key=key, context=CTX) == IDENTITY


def test_length_is_padded(key: SealingKey) -> None:
    short = seal({"name": "Ali"}, key=key, context=CTX)
    longer = seal({"name": "Abdolrahman Ghassemlou-Sharafkandi"}, key=key, context=CTX)
    assert len(short.ciphertext) == len(longer.ciphertext)


def test_empty_identity_round_trips(key: SealingKey) -> None:
    assert unseal(seal({}, key=key, context=CTX), key=key, context=CTX) == {}


def test_rewrap_keeps_ciphertext_and_changes_wrapped_key(key: SealingKey, blob: SealedBlob) -> None:
    new_key = SealingKey.generate()
    moved = rewrap(blob, old=key, new=new_key)
    assert moved.ciphertext == blob.ciphertext  # byte-identical
    assert moved.wrapped_key != blob.wrapped_key
    assert moved.key_id == new_key.key_id != key.key_id
    assert unseal(moved, key=new_key, context=CTX) == IDENTITY
    with pytest.raises(WrongSealingKey) as caught:
        unseal(moved, key=key, context=CTX)
    _no_plaintext_in(caught.value)
    # and back again
    back = rewrap(moved, old=new_key, new=key)
    assert back.ciphertext == blob.ciphertext
    assert unseal(back, key=key, context=CTX) == IDENTITY


def test_rewrap_needs_the_old_key(key: SealingKey, blob: SealedBlob) -> None:
    with pytest.raises(WrongSealingKey):
        rewrap(blob, old=SealingKey.generate(), new=SealingKey.generate())


def test_wrong_key(blob: SealedBlob) -> None:
    other = SealingKey.generate()
    with pytest.raises(WrongSealingKey) as caught:
        unseal(blob, key=other, context=CTX)
    assert other.key_id in str(caught.value)
    _no_plaintext_in(caught.value)


def test_wrong_key_even_when_the_key_id_is_forged(key: SealingKey, blob: SealedBlob) -> None:
    """A key id rewritten to match another key still fails: the key id is authenticated."""
    other = SealingKey.generate()
    assert blob.wrapped_key is not None
    forged_wrapped = blob.wrapped_key[:1] + other.key_id_bytes + blob.wrapped_key[9:]
    forged = SealedBlob(blob.ciphertext, forged_wrapped, other.key_id)
    with pytest.raises(SealTampered):
        unseal(forged, key=other, context=CTX)


def test_destroyed_key(key: SealingKey, blob: SealedBlob) -> None:
    gone = destroy(blob)
    assert gone.wrapped_key is None and gone.destroyed
    assert gone.ciphertext == blob.ciphertext
    with pytest.raises(IdentityDestroyed) as caught:
        unseal(gone, key=key, context=CTX)
    assert caught.value.status == 410
    _no_plaintext_in(caught.value)
    with pytest.raises(IdentityDestroyed):
        rewrap(gone, old=key, new=SealingKey.generate())


def test_wrong_context(key: SealingKey, blob: SealedBlob) -> None:
    for context in (
        identity_context(7, "W-0043"),  # another witness
        identity_context(8, "W-0042"),  # same pseudonym in another case
        b"x",
    ):
        with pytest.raises(SealTampered) as caught:
            unseal(blob, key=key, context=context)
        _no_plaintext_in(caught.value)


def test_ciphertext_moved_to_another_witness_fails(key: SealingKey) -> None:
    ctx_a, ctx_b = identity_context(1, "A"), identity_context(1, "B")
    a = seal({"name": "A"}, key=key, context=ctx_a)
    b = seal({"name": "B"}, key=key, context=ctx_b)
    with pytest.raises(SealTampered):  # a's whole row under b's pseudonym
        unseal(a, key=key, context=ctx_b)
    with pytest.raises(SealTampered):  # a's ciphertext with b's wrapped key
        unseal(SealedBlob(a.ciphertext, b.wrapped_key, b.key_id), key=key, context=ctx_a)
    with pytest.raises(SealTampered):  # b's wrapped key cannot be rewrapped onto a's ciphertext
        rewrap(SealedBlob(a.ciphertext, b.wrapped_key, b.key_id), old=key, new=key)


def test_identity_context_is_unambiguous() -> None:
    assert identity_context(1, "2x") != identity_context(12, "x")
    assert identity_context(1, 'a","b') != identity_context('1","a', "b")
    with pytest.raises(BadInput):
        identity_context(1, "")
    with pytest.raises(BadInput):
        identity_context(1, "\udc00")


def test_tampering_any_byte_fails() -> None:
    key = SealingKey.generate()
    blob = seal({"n": "x"}, key=key, context=CTX)
    assert blob.wrapped_key is not None
    for mask in (0x01, 0x80, 0xFF):
        for i in range(len(blob.ciphertext)):
            bad = bytearray(blob.ciphertext)
            bad[i] ^= mask
            with pytest.raises(SealingError):
                unseal(SealedBlob(bytes(bad), blob.wrapped_key, blob.key_id), key=key, context=CTX)
        for i in range(len(blob.wrapped_key)):
            bad = bytearray(blob.wrapped_key)
            bad[i] ^= mask
            with pytest.raises(SealingError):
                unseal(SealedBlob(blob.ciphertext, bytes(bad), blob.key_id), key=key, context=CTX)
            # a key id rewritten in the stored row alone is still caught
            with pytest.raises(SealingError):
                unseal(SealedBlob.from_stored(blob.ciphertext, bytes(bad)), key=key, context=CTX)


def test_truncated_or_extended_blobs_fail(key: SealingKey, blob: SealedBlob) -> None:
    assert blob.wrapped_key is not None
    for ct in (b"", blob.ciphertext[:-1], blob.ciphertext + b"\x00", blob.ciphertext[:20]):
        with pytest.raises(SealTampered):
            unseal(SealedBlob(ct, blob.wrapped_key, blob.key_id), key=key, context=CTX)
    for wk in (b"", blob.wrapped_key[:-1], blob.wrapped_key + b"\x00"):
        with pytest.raises(SealTampered):
            unseal(SealedBlob(blob.ciphertext, wk, blob.key_id), key=key, context=CTX)


def test_tampered_is_an_integrity_failure() -> None:
    assert issubclass(SealTampered, IntegrityFailure)
    for cls in (SealTampered, WrongSealingKey, IdentityDestroyed, SealingError):
        assert issubclass(cls, SabtError)


def test_from_stored_round_trips_a_model_row(key: SealingKey, blob: SealedBlob) -> None:
    """A SealedIdentity row stores ciphertext and wrapped_key; the key id travels inside."""
    row = SealedBlob.from_stored(blob.ciphertext, blob.wrapped_key)
    assert row == blob
    assert unseal(row, key=key, context=CTX) == IDENTITY
    assert SealedBlob.from_stored(blob.ciphertext, None).destroyed


def test_bad_inputs_are_refused(key: SealingKey) -> None:
    with pytest.raises(BadInput):
        seal({"name": 3}, key=key, context=CTX)  # type: ignore[dict-item]
    with pytest.raises(BadInput):
        seal({"name": "\ud800"}, key=key, context=CTX)  # lone surrogate
    with pytest.raises(BadInput):
        seal({"name": "x"}, key=key, context=b"")


def test_plaintext_is_json_of_the_fields(key: SealingKey, blob: SealedBlob) -> None:
    """Unsealed values are exactly the text fields given, nothing added."""
    out = unseal(blob, key=key, context=CTX)
    assert json.dumps(out, sort_keys=True) == json.dumps(IDENTITY, sort_keys=True)


@settings(max_examples=50, deadline=None)
@given(
    st.dictionaries(
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
        max_size=8,
    ),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
)
def test_any_identity_round_trips(identity: dict[str, str], pseudonym: str) -> None:
    key = _KEY
    context = identity_context("case", pseudonym)
    blob = seal(identity, key=key, context=context)
    assert len(blob.ciphertext) % 256 == 1 + 24 + 16  # padded to whole 256-byte blocks
    assert unseal(blob, key=key, context=context) == identity


_KEY = SealingKey.generate()
