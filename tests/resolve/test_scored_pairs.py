"""Keeping only the pairs clustering can use leaves every clustering as it was."""

import random

import numpy as np

from sabt.resolve.cluster import cluster
from sabt.resolve.scored_pairs import ScoredPairs, that_clustering_uses


def _pairs(scores: dict[tuple[int, int], float]) -> ScoredPairs:
    keys = sorted(scores)
    return ScoredPairs(
        np.array([a for a, _ in keys], dtype=np.int64),
        np.array([b for _, b in keys], dtype=np.int64),
        np.array([scores[k] for k in keys], dtype=np.float64),
    )


def test_weak_pair_kept_inside_a_group_and_dropped_between_groups() -> None:
    scores = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.1, (3, 4): 0.2, (2, 3): 0.3}
    keep = that_clustering_uses(_pairs(scores), 5, threshold=0.5)
    assert _pairs(scores).as_dict(keep) == {(0, 1): 0.9, (0, 2): 0.1, (1, 2): 0.8}
    # A pair a person judged the same joins 3 and 4 into a group: their weak pair now counts.
    joined = that_clustering_uses(_pairs(scores), 5, threshold=0.5, joined=[(3, 4)])
    assert (3, 4) in _pairs(scores).as_dict(joined)


def test_same_clusters_from_the_pairs_kept() -> None:
    rng = random.Random(5)
    for _ in range(200):
        n = rng.randrange(2, 12)
        scores = {
            (a, b): rng.random() for a in range(n) for b in range(a + 1, n) if rng.random() < 0.5
        }
        if not scores:
            continue
        pairs = _pairs(scores)
        threshold = rng.choice((0.3, 0.5, 0.7))
        kept = pairs.as_dict(that_clustering_uses(pairs, n, threshold))
        assert cluster(n, kept, threshold, threshold) == cluster(n, scores, threshold, threshold)
