"""LCMCR: Bayesian latent-class MSE (Manrique-Vallier 2016), several seeded chains with checks.

People differ in how likely each list is to record them (heterogeneity), and lists share sources
(dependence); a mixture of up to K latent classes, each with its own independent capture
probabilities, absorbs both. The estimate is the posterior median of N, the interval the central
95% of the pooled posterior draws. Defaults are the reference settings (K=10, burn-in 10,000,
2,000 samples thinned by 50, a_alpha = b_alpha = 0.25).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import numpy as np

from sabt.errors import BadInput
from sabt.estimate.convergence import check
from sabt.estimate.histories import CaptureTable, IntArray, require_estimable
from sabt.estimate.lcmcr_kernel import run_chain
from sabt.estimate.result import EstimateResult, FloatArray


@dataclass(frozen=True)
class LcmcrSettings:
    """Sampler settings; every one is stored with the result so a run can be repeated exactly."""

    k: int = 10
    burn_in: int = 10_000
    samples: int = 2_000
    thinning: int = 50
    chains: int = 3
    a_alpha: float = 0.25
    b_alpha: float = 0.25
    seed: int = 1


def chain_seeds(seed: int, chains: int) -> list[int]:
    """Independent per-chain seeds derived from the one seed the user gives."""
    states = np.random.SeedSequence(seed).generate_state(chains)
    return [int(s) for s in states]


def sample(table: CaptureTable, settings: LcmcrSettings) -> tuple[FloatArray, FloatArray]:
    """Posterior draws of N, shape (chains, samples), and the occupied-class counts."""
    if settings.k < 2 or settings.samples < 4 or settings.chains < 1 or settings.thinning < 1:
        raise BadInput("LCMCR needs K >= 2, at least 4 samples, 1 chain and thinning >= 1")
    cells = np.ascontiguousarray(table.patterns, dtype=np.int64)
    freq = np.ascontiguousarray(table.counts, dtype=np.int64)

    def chain(seed: int) -> tuple[IntArray, IntArray]:
        return run_chain(
            cells,
            freq,
            settings.k,
            settings.burn_in,
            settings.samples,
            settings.thinning,
            settings.a_alpha,
            settings.b_alpha,
            np.random.default_rng(seed),
        )

    # The compiled sampler releases the GIL and each chain draws from its own generator, so the
    # chains run in parallel threads and the draws still depend only on the seed.
    workers = max(1, min(settings.chains, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = list(pool.map(chain, chain_seeds(settings.seed, settings.chains)))
    totals = [n_draws for n_draws, _ in runs]
    classes = [k_draws for _, k_draws in runs]
    return np.array(totals, dtype=np.float64), np.array(classes, dtype=np.float64)


def lcmcr(
    table: CaptureTable, settings: LcmcrSettings | None = None, level: float = 0.95
) -> EstimateResult:
    """Run the chains and summarise the pooled posterior of N."""
    settings = settings or LcmcrSettings()
    require_estimable(table)
    draws, classes = sample(table, settings)
    pooled = draws.ravel()
    tail = (1.0 - level) / 2.0
    low, median, high = np.quantile(pooled, [tail, 0.5, 1.0 - tail])
    diagnostics: dict[str, object] = check(draws) if settings.chains > 1 else {"chains": 1}
    diagnostics["classes_mean"] = round(float(classes.mean()), 2)
    diagnostics["posterior_mean"] = round(float(pooled.mean()), 1)
    diagnostics["chain_medians"] = [float(np.median(c)) for c in draws]
    if np.mean(classes >= settings.k) > 0.05:
        diagnostics["note"] = "all K classes are often occupied; consider a larger K"
    return EstimateResult(
        method="lcmcr",
        lists=list(table.lists),
        observed=table.observed,
        estimate=float(median),
        interval=(float(low), float(high)),
        level=level,
        diagnostics=diagnostics,
        settings={
            **asdict(settings),
            "iterations_per_chain": settings.burn_in + settings.samples * settings.thinning,
        },
        draws=pooled,
    )
