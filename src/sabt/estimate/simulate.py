"""Synthetic populations of known size, for validating estimators (tests and the benchmark).

Each person belongs to a latent class with its own capture probability per list (heterogeneity);
an optional "referral" makes list 2 more likely for people on list 1 (positive list dependence).
"""

from __future__ import annotations

import numpy as np

from sabt.estimate.histories import CaptureTable, from_patterns


def simulate(
    size: int,
    class_weights: list[float],
    capture: list[list[float]],
    rng: np.random.Generator,
    referral: float = 0.0,
) -> CaptureTable:
    """Draw `size` people; capture[c][j] is class c's chance of being on list j."""
    probs = np.asarray(capture, dtype=np.float64)
    classes = rng.choice(len(class_weights), size=size, p=np.asarray(class_weights))
    people = (rng.random((size, probs.shape[1])) < probs[classes]).astype(np.int64)
    if referral > 0 and probs.shape[1] >= 2:
        referred = (people[:, 0] == 1) & (rng.random(size) < referral)
        people[referred, 1] = 1
    seen = people.any(axis=1)
    lists = [f"L{j + 1}" for j in range(probs.shape[1])]
    return from_patterns(lists, people[seen], np.ones(int(seen.sum()), dtype=np.int64))
