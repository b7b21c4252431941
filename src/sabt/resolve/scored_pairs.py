"""The pairs a linkage run scored, as arrays, and the part of them clustering can use.

Pairs are scored down to a low floor so that the chaining guard sees weak evidence against a
merge (`cluster.py`). But the guard only ever weighs pairs inside one group of records joined by
pairs at or above the threshold (clusters merge only along such pairs), so a weak pair between
two records that no strong chain joins can never matter to the clusters. At a million records
that is most of the tens of millions of scored pairs; dropping them before they become Python
objects is what keeps memory in bounds.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

Pair = tuple[int, int]


@dataclass(frozen=True)
class ScoredPairs:
    """Pairs of uids (left < right) and their match probabilities, position by position."""

    left: NDArray[np.int64]
    right: NDArray[np.int64]
    probability: NDArray[np.float64]

    @classmethod
    def none(cls) -> "ScoredPairs":
        """No pairs (a list of one record)."""
        empty = np.zeros(0, dtype=np.int64)
        return cls(empty, empty, np.zeros(0, dtype=np.float64))

    def as_dict(self, keep: NDArray[np.bool_] | None = None) -> dict[Pair, float]:
        """{(left, right): probability} for the pairs where `keep` is true (all by default)."""
        mask = np.ones(len(self.left), dtype=bool) if keep is None else keep
        keys = zip(self.left[mask].tolist(), self.right[mask].tolist(), strict=True)
        return dict(zip(keys, self.probability[mask].tolist(), strict=True))


def that_clustering_uses(
    pairs: ScoredPairs, n_records: int, threshold: float, joined: Iterable[Pair] = ()
) -> NDArray[np.bool_]:
    """Which pairs clustering at `threshold` can consult: those at or above it, and weaker ones
    inside a group that such pairs (or `joined`, pairs a person judged the same) connect."""
    strong = pairs.probability >= threshold
    extra = np.array(list(joined), dtype=np.int64).reshape(-1, 2)
    rows = np.concatenate([pairs.left[strong], extra[:, 0]])
    cols = np.concatenate([pairs.right[strong], extra[:, 1]])
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_records, n_records))
    _, group = connected_components(graph, directed=False)
    keep: NDArray[np.bool_] = strong | (group[pairs.left] == group[pairs.right])
    return keep
