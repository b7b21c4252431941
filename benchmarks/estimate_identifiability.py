"""Can the lists bound N at all? The likelihood of the true latent-class model, profiled over N.

The check behind the classification of the simulation designs in docs/estimation.md (bench_estimate
runs it with 20 populations per design). For each design of the study with latent classes and no
direct list dependence, populations of the study are fitted by
maximum likelihood with the design's own number of classes (the oracle structure: no prior, no
choice of K) with N held at 0.8-4 times the truth. Where the deviance stays under 3.84 up to
4x the truth, no 95% interval that comes from the data can exclude a population 4 times as large:
a rarely listed class of any size fits the lists almost as well (Link 2003), so the upper end of
any interval is set by a prior, and no method can be held to a coverage rate there.
Run: `python -m benchmarks.estimate_identifiability [POPULATIONS]`.
"""

from __future__ import annotations

import json
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np
from numba import njit

from sabt.estimate.histories import IntArray
from sabt.estimate.lcmcr_kernel import pattern_joint
from sabt.estimate.result import FloatArray
from sabt.estimate.simulate import SCENARIOS

RATIOS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0, 4.0)
CHI2_95 = 3.841
RANDOM_STARTS = 4


@njit(cache=True)
def _fit_fixed_n(
    cells: IntArray, counts: FloatArray, n0: float, weights: FloatArray, lam: FloatArray
) -> float:
    """EM for the latent-class model with n0 people on no list; updates the start in place and
    returns the log-likelihood of the complete table (observed cells and the n0 zeros)."""
    n_cells, n_lists = cells.shape
    k_max = weights.size
    joint = np.empty(k_max)
    nobody = np.zeros(n_lists, dtype=np.int64)
    previous = -np.inf
    loglik = -np.inf
    for _ in range(20_000):
        on = np.zeros((n_lists, k_max))
        size = np.zeros(k_max)
        loglik = 0.0
        for m in range(n_cells):
            total = pattern_joint(cells[m], weights, lam, joint)
            loglik += counts[m] * math.log(total)
            for k in range(k_max):
                share = counts[m] * joint[k] / total
                size[k] += share
                for j in range(n_lists):
                    if cells[m, j] == 1:
                        on[j, k] += share
        zero_total = pattern_joint(nobody, weights, lam, joint)
        loglik += n0 * math.log(zero_total)
        for k in range(k_max):
            size[k] += n0 * joint[k] / zero_total
        for k in range(k_max):
            weights[k] = size[k] / size.sum()
            for j in range(n_lists):
                lam[j, k] = min(1.0 - 1e-12, max(1e-12, on[j, k] / max(size[k], 1e-300)))
        if loglik - previous < 1e-10 * abs(loglik):
            break
        previous = loglik
    n = counts.sum()
    return math.lgamma(n + n0 + 1.0) - math.lgamma(n0 + 1.0) + loglik


def _profile(design: int, index: int) -> dict[str, Any]:
    """Profile log-likelihood of N at RATIOS x truth for one population of the study."""
    scenario = SCENARIOS[design]
    table = scenario.draw(np.random.default_rng([design, index]))
    cells = np.ascontiguousarray(table.patterns, dtype=np.int64)
    counts = table.counts.astype(np.float64)
    rng = np.random.default_rng(index)
    classes = len(scenario.class_weights)
    true_start = (np.array(scenario.class_weights), np.array(scenario.capture, dtype=float).T)
    warm = true_start
    profile = []
    for ratio in RATIOS:
        n0 = max(scenario.size * ratio - table.observed, 0.0)
        starts = [warm, true_start] + [
            (rng.dirichlet(np.ones(classes)), rng.uniform(0.02, 0.7, (cells.shape[1], classes)))
            for _ in range(RANDOM_STARTS)
        ]
        best = -np.inf
        for weights, lam in starts:
            weights, lam = weights.copy(), lam.copy()
            value = _fit_fixed_n(cells, counts, n0, weights, lam)
            if value > best:
                best, warm = value, (weights, lam)
        profile.append(best)
    deviance = 2.0 * (max(profile) - np.array(profile))
    return {
        "deviance": [round(float(d), 2) for d in deviance],
        "truth_inside": bool(deviance[RATIOS.index(1.0)] <= CHI2_95),
        "bounded_below_4x": bool(deviance[-1] > CHI2_95),
    }


def summary(populations: int) -> dict[str, Any]:
    """Per design: how often the profile bounds N below 4x the truth, and its median deviances."""
    jobs = [
        (d, i)
        for d, s in enumerate(SCENARIOS)
        if s.kind != "control" and s.referral == 0.0
        for i in range(populations)
    ]
    with ProcessPoolExecutor(max_workers=2) as pool:
        rows = list(pool.map(_profile, *zip(*jobs, strict=True)))
    out: dict[str, Any] = {"ratios_to_truth": list(RATIOS), "populations": populations}
    for design in sorted({d for d, _ in jobs}):
        part = [r for (d, _), r in zip(jobs, rows, strict=True) if d == design]
        out[SCENARIOS[design].name] = {
            "kind": SCENARIOS[design].kind,
            "share_bounded_below_4x_truth": float(np.mean([r["bounded_below_4x"] for r in part])),
            "share_truth_inside_profile_95": float(np.mean([r["truth_inside"] for r in part])),
            "median_deviance": np.median([r["deviance"] for r in part], axis=0).round(2).tolist(),
        }
    return out


if __name__ == "__main__":
    print(json.dumps(summary(int(sys.argv[1]) if len(sys.argv) > 1 else 20), indent=2))
