"""RFC 6962 / RFC 9162 Merkle tree hashing, proofs and proof verification over SHA-256.

Pure functions, no state. A tree is given by its leaf *hashes* (``leaf_hash(entry)`` for each
entry, in log order); every hash is 32 bytes.

- ``leaf_hash(data)`` = SHA-256(0x00 || data), ``node_hash(l, r)`` = SHA-256(0x01 || l || r).
- ``root_hash([])`` is SHA-256 of the empty string (RFC 9162 §2.1.1).
- The tree over ``n > 1`` leaves splits at the largest power of two smaller than ``n``.

Proof generation costs O(n) hashes for an ``n``-leaf tree (each sibling subtree is hashed once,
and the siblings of one path never overlap), and verification O(log n); there is no quadratic
work anywhere, so 100,000-leaf trees are routine.

Verification follows RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) and is strict about
shapes: every proof component, leaf hash and root that takes part in hashing must be exactly 32
bytes, proofs must have exactly the expected length (no missing, extra or trailing components),
and the empty tree's root is known, so a claim about size 0 must carry SHA-256(""). Every failure
raises :class:`ProofError`; success returns ``None``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from sabt.errors import IntegrityFailure

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "MalformedLeafHash",
    "ProofError",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_hash",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


class ProofError(IntegrityFailure):
    """An inclusion or consistency proof, or the tree heads it relates, does not verify."""


class MalformedLeafHash(IntegrityFailure, ValueError):
    """A leaf hash handed to the tree is not 32 bytes (raw entry data, or a damaged stored hash)."""


# --------------------------------------------------------------------------------------------
# Hashing


def leaf_hash(data: bytes) -> bytes:
    """Hash one log entry: SHA-256(0x00 || data)."""
    return hashlib.sha256(_LEAF_PREFIX + bytes(data)).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Hash an interior node: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(_NODE_PREFIX + bytes(left) + bytes(right)).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def _subtree_root(leaves: Sequence[bytes], lo: int, hi: int) -> bytes:
    """MTH(leaves[lo:hi]) for ``hi > lo``, level by level (O(hi - lo) hashes, no recursion).

    Pairing neighbours on each level and carrying an unpaired last node up unchanged builds
    exactly the RFC 6962 tree (left subtrees are always perfect, of the largest power of two).
    """
    sha = hashlib.sha256
    prefix = _NODE_PREFIX
    level = [bytes(h) for h in leaves[lo:hi]]
    while len(level) > 1:
        nxt = [sha(prefix + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def _check_leaves(leaf_hashes: Sequence[bytes]) -> None:
    for i, h in enumerate(leaf_hashes):
        if len(h) != HASH_SIZE:
            raise MalformedLeafHash(
                f"leaf hash {i} is {len(h)} bytes, not {HASH_SIZE}",
                remedy="pass leaf_hash(entry) values, not the entries themselves",
            )


def root_hash(leaf_hashes: Sequence[bytes]) -> bytes:
    """The Merkle tree hash (root) over the given leaf hashes; SHA-256(b"") for no leaves."""
    _check_leaves(leaf_hashes)
    if not leaf_hashes:
        return EMPTY_ROOT
    return _subtree_root(leaf_hashes, 0, len(leaf_hashes))


# --------------------------------------------------------------------------------------------
# Proof generation


def _check_size(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The audit path (RFC 9162 §2.1.3.1) for leaf ``index``, ordered from the leaf upwards."""
    _check_size("index", index)
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ValueError(f"leaf index {index} is outside a tree of {n} leaves")
    _check_leaves(leaf_hashes)
    path: list[bytes] = []
    lo, hi = 0, n  # current subtree leaf_hashes[lo:hi] contains index
    while hi - lo > 1:
        k = _split(hi - lo)
        if index - lo < k:
            path.append(_subtree_root(leaf_hashes, lo + k, hi))
            hi = lo + k
        else:
            path.append(_subtree_root(leaf_hashes, lo, lo + k))
            lo = lo + k
    path.reverse()  # PATH lists the deepest sibling first
    return path


def consistency_proof(old_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The consistency proof (RFC 9162 §2.1.4.1) from the first ``old_size`` leaves to all of them.

    Empty when ``old_size`` is 0 or equals the tree size (nothing to prove).
    """
    _check_size("old_size", old_size)
    n = len(leaf_hashes)
    if not 0 <= old_size <= n:
        raise ValueError(f"old size {old_size} is outside 0..{n}")
    _check_leaves(leaf_hashes)
    if old_size in (0, n):
        return []
    # SUBPROOF(m, D[lo:hi], b), unrolled: components are produced top-down, emitted bottom-up.
    proof: list[bytes] = []
    m, lo, hi, complete = old_size, 0, n, True
    while True:
        size = hi - lo
        if m == size:
            if not complete:
                proof.append(_subtree_root(leaf_hashes, lo, hi))
            break
        k = _split(size)
        if m <= k:
            proof.append(_subtree_root(leaf_hashes, lo + k, hi))
            hi = lo + k
        else:
            proof.append(_subtree_root(leaf_hashes, lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    proof.reverse()
    return proof


# --------------------------------------------------------------------------------------------
# Verification


def _need_hash(what: str, value: bytes) -> None:
    if len(value) != HASH_SIZE:
        raise ProofError(f"{what} is {len(value)} bytes, not a {HASH_SIZE}-byte SHA-256 hash")


def _same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(bytes(a), bytes(b))


def _need_sizes(*pairs: tuple[str, int]) -> None:
    for name, value in pairs:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ProofError(f"{name} must be an integer, not {type(value).__name__}")
        if value < 0:
            raise ProofError(f"{name} is negative ({value})")


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> None:
    """Check that ``leaf`` (a leaf *hash*) sits at ``index`` in the tree of ``size`` with ``root``.

    Raises :class:`ProofError` when it does not; returns ``None`` when it does.
    """
    _need_sizes(("leaf index", index), ("tree size", size))
    if index >= size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    _need_hash("leaf hash", leaf)
    _need_hash("root", root)
    for i, p in enumerate(proof):
        _need_hash(f"inclusion proof component {i}", p)

    fn, sn = index, size - 1
    r = bytes(leaf)
    for p in proof:
        if sn == 0:
            raise ProofError("inclusion proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof is too short for the tree size")
    if not _same(r, root):
        raise ProofError("inclusion proof does not lead to the given root")


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Check that the tree (``new_size``, ``new_root``) extends (``old_size``, ``old_root``).

    Raises :class:`ProofError` when it does not; returns ``None`` when it does.
    """
    _need_sizes(("old size", old_size), ("new size", new_size))
    if old_size > new_size:
        raise ProofError(f"old size {old_size} is larger than new size {new_size}")
    if old_size == new_size:
        if proof:
            raise ProofError("tree sizes are equal, so the consistency proof must be empty")
        if not _same(old_root, new_root):
            raise ProofError("tree sizes are equal but the roots differ")
        if old_size == 0 and not _same(old_root, EMPTY_ROOT):
            raise ProofError("root of the empty tree is not SHA-256 of the empty string")
        return
    if old_size == 0:
        # Every tree extends the empty tree; the proof is empty and only the heads are checked.
        if proof:
            raise ProofError("consistency with the empty tree needs an empty proof")
        if not _same(old_root, EMPTY_ROOT):
            raise ProofError("root of the empty tree is not SHA-256 of the empty string")
        _need_hash("new root", new_root)
        return
    if not proof:
        raise ProofError("consistency proof is empty")
    _need_hash("old root", old_root)
    _need_hash("new root", new_root)
    for i, p in enumerate(proof):
        _need_hash(f"consistency proof component {i}", p)

    path = [bytes(p) for p in proof]
    if old_size & (old_size - 1) == 0:  # old tree is a complete subtree: its root starts the path
        path.insert(0, bytes(old_root))
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is longer than expected")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency proof is too short for the tree sizes")
    if not _same(fr, old_root):
        raise ProofError("consistency proof does not lead to the old root")
    if not _same(sr, new_root):
        raise ProofError("consistency proof does not lead to the new root")
