"""Proofs read off a tree built once are the proofs `sabt.store.merkle` computes one by one."""

import pytest

from sabt.store import merkle
from sabt.store.proof_tree import ProofTree


@pytest.mark.parametrize("size", [*range(1, 34), 100, 257])
def test_every_proof_matches_the_reference(size: int) -> None:
    leaves = [merkle.leaf_hash(f"event {n}".encode()) for n in range(size)]
    tree = ProofTree(leaves)
    assert tree.root() == merkle.root_hash(leaves)
    for index in range(size):
        proof = tree.inclusion_proof(index)
        assert proof == merkle.inclusion_proof(index, leaves)
        merkle.verify_inclusion(index, size, leaves[index], proof, tree.root())


def test_an_index_outside_the_tree() -> None:
    with pytest.raises(ValueError, match="outside a tree of 0"):
        ProofTree([]).inclusion_proof(0)
    assert ProofTree([]).root() == merkle.EMPTY_ROOT
