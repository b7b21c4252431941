"""RFC 6962 / RFC 9162 Merkle tree: known-answer vectors from C2SP and transparency-dev, and
properties of the proofs this module produces.

The vectors live in ``shared/vectors/merkle`` beside the checkout (``/work/shared`` next to
``/work/main``; CI keeps the same layout). Every vector file is its own test id: a log that
accepts one invalid proof, or rejects one valid proof, is broken.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sabt.errors import IntegrityFailure
from sabt.store.merkle import (
    EMPTY_ROOT,
    MalformedLeafHash,
    ProofError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_hash,
    verify_consistency,
    verify_inclusion,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
VECTORS = SHARED / "vectors" / "merkle"
TDEV = VECTORS / "transparency-dev"
MISSING = f"shared test vectors not found at {VECTORS} (expected shared/ beside the checkout)"

# transparency-dev/merkle testonly/constants.go LeafInputs: the leaves of its reference tree.
TDEV_LEAVES = [
    b"",
    bytes.fromhex("00"),
    bytes.fromhex("10"),
    bytes.fromhex("2021"),
    bytes.fromhex("3031"),
    bytes.fromhex("40414243"),
    bytes.fromhex("5051525354555657"),
    bytes.fromhex("606162636465666768696a6b6c6d6e6f"),
]
TDEV_HASHES = [leaf_hash(x) for x in TDEV_LEAVES]


def b64(s: str | None) -> bytes:
    return base64.b64decode(s or "")


def b64list(xs: list[str] | None) -> list[bytes]:
    return [b64(x) for x in xs or []]


def _missing_param() -> list[Any]:
    return [pytest.param(None, id="vectors-missing", marks=pytest.mark.skip(reason=MISSING))]


def _c2sp_cases(name: str) -> list[Any]:
    path = VECTORS / name
    if not path.is_file():
        return _missing_param()
    cases = json.loads(path.read_text())
    return [pytest.param(case, id=f"{name}#{i}") for i, case in enumerate(cases)]


def _tdev_files(kind: str) -> list[Any]:
    root = TDEV / kind
    if not root.is_dir():
        return _missing_param()
    files = sorted(root.rglob("*.json"))
    return [pytest.param(f, id=f"{kind}/{f.relative_to(root).as_posix()}") for f in files]


def _tree_heads() -> list[dict[str, str]]:
    path = VECTORS / "merkle_tree.json"
    if not path.is_file():
        pytest.skip(MISSING)
    heads: list[dict[str, str]] = json.loads(path.read_text())
    return heads


# --------------------------------------------------------------------------------------------
# Basic hashing


def test_empty_tree_root_is_sha256_of_nothing() -> None:
    assert root_hash([]) == hashlib.sha256(b"").digest() == EMPTY_ROOT


def test_leaf_and_node_prefixes() -> None:
    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    left, right = leaf_hash(b"l"), leaf_hash(b"r")
    assert node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()
    assert root_hash([left, right]) == node_hash(left, right)


def test_proof_error_is_an_integrity_failure() -> None:
    assert issubclass(ProofError, IntegrityFailure)


def test_rfc9162_split_at_largest_power_of_two() -> None:
    h = [leaf_hash(bytes([i])) for i in range(7)]
    n = node_hash
    expected = n(n(n(h[0], h[1]), n(h[2], h[3])), n(n(h[4], h[5]), h[6]))
    assert root_hash(h) == expected
    # RFC 9162 §2.1.5 examples: path for d0 in the 7-leaf tree is [b, h, l].
    assert inclusion_proof(0, h) == [h[1], n(h[2], h[3]), n(n(h[4], h[5]), h[6])]
    # ... consistency proof between hash0 (3 leaves) and hash (7 leaves) is [c, d, g, l].
    assert consistency_proof(3, h) == [h[2], h[3], n(h[0], h[1]), n(n(h[4], h[5]), h[6])]
    # ... between hash1 (4 leaves) and hash is [l]; between hash2 (6 leaves) and hash is [i, j, k].
    assert consistency_proof(4, h) == [n(n(h[4], h[5]), h[6])]
    assert consistency_proof(6, h) == [n(h[4], h[5]), h[6], n(n(h[0], h[1]), n(h[2], h[3]))]


def test_generation_rejects_bad_arguments() -> None:
    h = [leaf_hash(b"a"), leaf_hash(b"b")]
    with pytest.raises(ValueError):
        inclusion_proof(2, h)
    with pytest.raises(ValueError):
        inclusion_proof(-1, h)
    with pytest.raises(ValueError):
        consistency_proof(3, h)
    with pytest.raises(MalformedLeafHash):
        root_hash([b"a"])  # raw data, not a leaf hash
    with pytest.raises(IntegrityFailure):
        inclusion_proof(0, [h[0], h[1][:31]])  # a damaged stored hash


# --------------------------------------------------------------------------------------------
# C2SP CCTV vectors (merkle/*.json)


def test_c2sp_tree_heads() -> None:
    heads = _tree_heads()
    leaves = [leaf_hash(h["leaf_data"].encode()) for h in heads]
    for size, head in enumerate(heads, start=1):
        assert leaves[size - 1] == b64(head["leaf_hash"]), f"leaf {size - 1}"
        assert root_hash(leaves[:size]) == b64(head["root_hash"]), f"tree head of size {size}"


def _c2sp_inclusion(case: dict[str, Any]) -> None:
    verify_inclusion(
        case["leaf_index"],
        case["tree_size"],
        b64(case["leaf_hash"]),
        b64list(case["inclusion_path"]),
        b64(case["root_hash"]),
    )


def _c2sp_consistency(case: dict[str, Any]) -> None:
    verify_consistency(
        case["old_size"],
        case["new_size"],
        b64(case["old_root"]),
        b64(case["new_root"]),
        b64list(case["consistency_path"]),
    )


@pytest.mark.parametrize("case", _c2sp_cases("inclusion-valid.json"))
def test_c2sp_inclusion_valid(case: dict[str, Any]) -> None:
    _c2sp_inclusion(case)
    # Our prover produces the same path over the tree of merkle_tree.json.
    leaves = [leaf_hash(h["leaf_data"].encode()) for h in _tree_heads()][: case["tree_size"]]
    assert root_hash(leaves) == b64(case["root_hash"])
    assert inclusion_proof(case["leaf_index"], leaves) == b64list(case["inclusion_path"])


@pytest.mark.parametrize("case", _c2sp_cases("inclusion-invalid.json"))
def test_c2sp_inclusion_invalid(case: dict[str, Any]) -> None:
    with pytest.raises(ProofError):
        _c2sp_inclusion(case)


@pytest.mark.parametrize("case", _c2sp_cases("consistency-valid.json"))
def test_c2sp_consistency_valid(case: dict[str, Any]) -> None:
    _c2sp_consistency(case)
    leaves = [leaf_hash(h["leaf_data"].encode()) for h in _tree_heads()][: case["new_size"]]
    assert root_hash(leaves[: case["old_size"]]) == b64(case["old_root"])
    assert root_hash(leaves) == b64(case["new_root"])
    assert consistency_proof(case["old_size"], leaves) == b64list(case["consistency_path"])


@pytest.mark.parametrize("case", _c2sp_cases("consistency-invalid.json"))
def test_c2sp_consistency_invalid(case: dict[str, Any]) -> None:
    with pytest.raises(ProofError):
        _c2sp_consistency(case)


# --------------------------------------------------------------------------------------------
# transparency-dev/merkle vectors (one file per case, `wantErr` says which way)


@pytest.mark.parametrize("path", _tdev_files("inclusion"))
def test_transparency_dev_inclusion(path: Path) -> None:
    v = json.loads(path.read_text())
    args = (v["leafIdx"], v["treeSize"], b64(v["leafHash"]), b64list(v["proof"]), b64(v["root"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
        return
    verify_inclusion(*args)
    size = v["treeSize"]
    if size <= len(TDEV_HASHES) and root_hash(TDEV_HASHES[:size]) == b64(v["root"]):
        assert inclusion_proof(v["leafIdx"], TDEV_HASHES[:size]) == b64list(v["proof"])


@pytest.mark.parametrize("path", _tdev_files("consistency"))
def test_transparency_dev_consistency(path: Path) -> None:
    v = json.loads(path.read_text())
    args = (v["size1"], v["size2"], b64(v["root1"]), b64(v["root2"]), b64list(v["proof"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
        return
    verify_consistency(*args)
    size1, size2 = v["size1"], v["size2"]
    if size2 <= len(TDEV_HASHES) and root_hash(TDEV_HASHES[:size2]) == b64(v["root2"]):
        assert root_hash(TDEV_HASHES[:size1]) == b64(v["root1"])
        assert consistency_proof(size1, TDEV_HASHES[:size2]) == b64list(v["proof"])


def test_transparency_dev_reference_tree_roots() -> None:
    """Roots of the reference tree, as listed in transparency-dev's testonly/constants.go."""
    if not TDEV.is_dir():
        pytest.skip(MISSING)
    happy = json.loads((TDEV / "consistency" / "1" / "happy-path.json").read_text())
    assert root_hash(TDEV_HASHES[:1]) == b64(happy["root1"])
    assert root_hash(TDEV_HASHES[:8]) == b64(happy["root2"])


# --------------------------------------------------------------------------------------------
# Properties of produced proofs


def _leaves(n: int, salt: bytes = b"") -> list[bytes]:
    return [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(n)]


def test_every_inclusion_proof_up_to_64_verifies() -> None:
    for size in range(1, 65):
        leaves = _leaves(size)
        root = root_hash(leaves)
        for index in range(size):
            proof = inclusion_proof(index, leaves)
            verify_inclusion(index, size, leaves[index], proof, root)
            with pytest.raises(ProofError):
                verify_inclusion(index, size, leaf_hash(b"not in the tree"), proof, root)
            if index + 1 < size:
                with pytest.raises(ProofError):
                    verify_inclusion(index + 1, size, leaves[index], proof, root)


def test_every_consistency_proof_up_to_64_verifies() -> None:
    leaves = _leaves(64)
    roots = [root_hash(leaves[:n]) for n in range(65)]
    for new in range(0, 65):
        for old in range(0, new + 1):
            proof = consistency_proof(old, leaves[:new])
            verify_consistency(old, new, roots[old], roots[new], proof)
            if 0 < old < new:
                with pytest.raises(ProofError):
                    verify_consistency(old, new, roots[old], roots[new], proof[:-1])
                with pytest.raises(ProofError):
                    verify_consistency(old, new, roots[old], roots[new], [*proof, roots[old]])
                with pytest.raises(ProofError):
                    verify_consistency(old, new, roots[new], roots[old], proof)


@st.composite
def _tree_and_index(draw: st.DrawFn) -> tuple[list[bytes], int]:
    size = draw(st.integers(min_value=1, max_value=64))
    salt = draw(st.binary(max_size=8))
    return _leaves(size, salt), draw(st.integers(min_value=0, max_value=size - 1))


@settings(max_examples=300, deadline=None)
@given(_tree_and_index(), st.data())
def test_inclusion_proof_bit_flip_fails(tree: tuple[list[bytes], int], data: st.DataObject) -> None:
    leaves, index = tree
    size, root = len(leaves), root_hash(leaves)
    proof = inclusion_proof(index, leaves)
    verify_inclusion(index, size, leaves[index], proof, root)
    # Flip one bit anywhere in (leaf, proof..., root).
    parts = [leaves[index], *proof, root]
    which = data.draw(st.integers(0, len(parts) - 1))
    bit = data.draw(st.integers(0, 8 * 32 - 1))
    flipped = bytearray(parts[which])
    flipped[bit // 8] ^= 1 << (bit % 8)
    parts[which] = bytes(flipped)
    with pytest.raises(ProofError):
        verify_inclusion(index, size, parts[0], parts[1:-1], parts[-1])


@st.composite
def _two_sizes(draw: st.DrawFn) -> tuple[list[bytes], int]:
    new = draw(st.integers(min_value=1, max_value=64))
    salt = draw(st.binary(max_size=8))
    # old >= 1: nothing binds the empty tree to a new root, so there is nothing to flip there.
    return _leaves(new, salt), draw(st.integers(min_value=1, max_value=new))


@settings(max_examples=300, deadline=None)
@given(_two_sizes(), st.data())
def test_consistency_proof_bit_flip_fails(
    tree: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, old = tree
    new = len(leaves)
    old_root, new_root = root_hash(leaves[:old]), root_hash(leaves)
    proof = consistency_proof(old, leaves)
    verify_consistency(old, new, old_root, new_root, proof)
    parts = [old_root, new_root, *proof]
    which = data.draw(st.integers(0, len(parts) - 1))
    bit = data.draw(st.integers(0, 8 * 32 - 1))
    flipped = bytearray(parts[which])
    flipped[bit // 8] ^= 1 << (bit % 8)
    parts[which] = bytes(flipped)
    with pytest.raises(ProofError):
        verify_consistency(old, new, parts[0], parts[1], parts[2:])


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 64), st.integers(0, 64), st.binary(max_size=8))
def test_proofs_of_appended_trees_agree_with_roots(size: int, extra: int, salt: bytes) -> None:
    """Appending leaves never changes the root of a prefix, and every prefix is consistent."""
    leaves = _leaves(size + extra, salt)
    prefix_root = root_hash(leaves[:size])
    verify_consistency(
        size, size + extra, prefix_root, root_hash(leaves), consistency_proof(size, leaves)
    )


def test_100k_leaves_is_fast() -> None:
    leaves = _leaves(100_000)
    start = time.perf_counter()
    root = root_hash(leaves)
    for index in (0, 1, 65_535, 65_536, 99_999):
        verify_inclusion(index, len(leaves), leaves[index], inclusion_proof(index, leaves), root)
    old_root = root_hash(leaves[:65_537])
    verify_consistency(65_537, 100_000, old_root, root, consistency_proof(65_537, leaves))
    elapsed = time.perf_counter() - start
    assert elapsed < 10, f"100,000-leaf tree took {elapsed:.1f}s"
