"""Many inclusion proofs against one tree head, for the price of hashing the tree once.

`sabt.store.merkle.inclusion_proof` rehashes the sibling subtrees for each proof (O(n) per
proof), which is right for one proof and quadratic for a bundle of thousands of sources. Here the
tree's levels are built once (O(n)), and each proof is read off them (O(log n)). Pairing
neighbours level by level and carrying an unpaired last node up unchanged builds exactly the
RFC 6962 tree, so a node's index on each level is its leaf index shifted right by the level; the
tests check every proof against `merkle.inclusion_proof`.
"""

from collections.abc import Sequence

from sabt.store import merkle


class ProofTree:
    def __init__(self, leaf_hashes: Sequence[bytes]) -> None:
        level = [bytes(h) for h in leaf_hashes]
        self.levels = [level]
        while len(level) > 1:
            paired = [merkle.node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
            if len(level) % 2:
                paired.append(level[-1])
            level = paired
            self.levels.append(level)

    @property
    def size(self) -> int:
        return len(self.levels[0])

    def root(self) -> bytes:
        return self.levels[-1][0] if self.size else merkle.EMPTY_ROOT

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The audit path of leaf `index`, deepest sibling first (as RFC 9162 §2.1.3.1)."""
        if not 0 <= index < self.size:
            raise ValueError(f"leaf index {index} is outside a tree of {self.size} leaves")
        path = []
        for level in self.levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                path.append(level[sibling])
            index >>= 1
        return path
