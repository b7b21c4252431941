"""Benchmark of sabt.estimate: accuracy against known truth, agreement with R, and speed.

(a) Simulation study: 5 scenarios x 40 synthetic populations of known size (3-5 lists, latent
    classes, one with list dependence, one homogeneous control); relative bias, RMSE and 95%
    coverage for Chapman (lists 1-2), the independence log-linear model, AIC-averaged log-linear
    and LCMCR. LCMCR uses a shorter run here (burn-in 2,000, 1,000 samples thinned by 5, 2
    chains) to keep the study within minutes on 2 cores.
(b) The reference tables (shared/reference/lcmcr): sabt LCMCR quantiles (full 110,000-iteration
    run, one chain per seed 1-3 as R's were) beside R's, and seconds per 110,000 iterations.
(c) How sampler time grows with lists, records and K (seconds per 10,000 iterations).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sabt.estimate.chapman import chapman
from sabt.estimate.glm import Profile, fit_model
from sabt.estimate.histories import CaptureTable, from_frame, from_patterns
from sabt.estimate.lcmcr import LcmcrSettings, lcmcr, sample
from sabt.estimate.loglinear import loglinear
from sabt.estimate.simulate import simulate

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "lcmcr"
STUDY_SETTINGS = LcmcrSettings(burn_in=10_000, samples=1000, thinning=20, chains=2)
PER_SCENARIO = 40

# name: (N, class weights, capture probabilities per class and list, referral 1 -> 2)
SCENARIOS: dict[str, tuple[int, list[float], list[list[float]], float]] = {
    "3 lists, 2 classes": (2000, [0.6, 0.4], [[0.6, 0.5, 0.55], [0.2, 0.25, 0.15]], 0.0),
    "4 lists, 2 classes": (3000, [0.6, 0.4], [[0.6, 0.5, 0.55, 0.6], [0.15, 0.25, 0.1, 0.2]], 0.0),
    "4 lists, 2 classes, list 1->2 dependence (hard: misspecified for LCMCR)": (
        3000,
        [0.65, 0.35],
        [[0.5, 0.3, 0.45, 0.5], [0.15, 0.1, 0.2, 0.15]],
        0.4,
    ),
    "5 lists, 3 classes": (
        5000,
        [0.5, 0.3, 0.2],
        [[0.5, 0.4, 0.45, 0.5, 0.35], [0.25, 0.2, 0.3, 0.2, 0.25], [0.1, 0.15, 0.1, 0.12, 0.1]],
        0.0,
    ),
    "4 lists, homogeneous, independent (control)": (2000, [1.0], [[0.3, 0.25, 0.35, 0.3]], 0.0),
}


def _first_two(table: CaptureTable) -> CaptureTable:
    seen = table.patterns[:, :2].any(axis=1)
    return from_patterns(list(table.lists[:2]), table.patterns[seen, :2], table.counts[seen])


def _one_population(job: tuple[str, int]) -> dict[str, Any]:
    name, index = job
    size, weights, capture, referral = SCENARIOS[name]
    rng = np.random.default_rng([len(name), index])
    table = simulate(size, weights, capture, rng, referral)
    rows: dict[str, Any] = {"scenario": name, "truth": size, "observed": table.observed}
    two = chapman(_first_two(table))
    rows["chapman"] = (two.estimate, *two.interval)
    independence = fit_model(table, ())
    rows["loglinear_independence"] = (independence.n_hat, *Profile(table, ()).interval())
    averaged = loglinear(table)
    rows["loglinear_aic_average"] = (averaged.estimate, *averaged.interval)
    settings = LcmcrSettings(**{**STUDY_SETTINGS.__dict__, "seed": 1000 + index})
    latent = lcmcr(table, settings)
    rows["lcmcr"] = (latent.estimate, *latent.interval)
    rows["lcmcr_rhat"] = latent.diagnostics.get("rhat")
    return rows


def simulation_study() -> dict[str, Any]:
    jobs = [(name, i) for name in SCENARIOS for i in range(PER_SCENARIO)]
    workers = min(2, os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        rows = list(pool.map(_one_population, jobs, chunksize=4))
    methods = ["chapman", "loglinear_independence", "loglinear_aic_average", "lcmcr"]
    out: dict[str, Any] = {}
    for name in SCENARIOS:
        part = [r for r in rows if r["scenario"] == name]
        truth = part[0]["truth"]
        summary: dict[str, Any] = {
            "populations": len(part),
            "truth": truth,
            "mean_observed": round(float(np.mean([r["observed"] for r in part])), 1),
        }
        for method in methods:
            est = np.array([r[method][0] for r in part])
            low = np.array([r[method][1] for r in part])
            high = np.array([r[method][2] for r in part])
            summary[method] = {
                "relative_bias": round(float(np.mean(est / truth - 1)), 4),
                "relative_rmse": round(float(np.sqrt(np.mean((est / truth - 1) ** 2))), 4),
                "coverage_95": round(float(np.mean((low <= truth) & (truth <= high))), 3),
                "median_interval_width": round(float(np.median(high - low)), 1),
            }
        rhats = [r["lcmcr_rhat"] for r in part if r["lcmcr_rhat"] is not None]
        summary["lcmcr_share_rhat_over_1.05"] = round(float(np.mean(np.array(rhats) > 1.05)), 3)
        out[name] = summary
    out["lcmcr_settings"] = {k: v for k, v in STUDY_SETTINGS.__dict__.items() if k != "seed"}
    return out


def reference_comparison() -> dict[str, Any]:
    if not REFERENCE.exists():
        return {"skipped": f"no reference data at {REFERENCE}"}
    r_results = pd.read_csv(REFERENCE / "r_lcmcr_results.csv")
    out: dict[str, Any] = {}
    names = sorted(p.name for p in REFERENCE.glob("*.csv") if p.name != "r_lcmcr_results.csv")
    for name in names:
        table = from_frame(pd.read_csv(REFERENCE / name))
        runs = []
        for seed in (1, 2, 3):
            started = time.perf_counter()
            draws, _ = sample(table, LcmcrSettings(chains=1, seed=seed))
            seconds = time.perf_counter() - started
            q = np.quantile(draws.ravel(), [0.025, 0.5, 0.975])
            runs.append(
                {
                    "seed": seed,
                    "q025": float(q[0]),
                    "median": float(q[1]),
                    "q975": float(q[2]),
                    "seconds_110k_iter": round(seconds, 2),
                }
            )
        r_rows = r_results[r_results["dataset"] == name]
        out[name] = {
            "observed": table.observed,
            "sabt": runs,
            "r": r_rows.drop(columns=["dataset"]).to_dict(orient="records"),
        }
    return out


def scaling() -> dict[str, Any]:
    rng = np.random.default_rng(5)
    settings = LcmcrSettings(burn_in=0, samples=1000, thinning=10, chains=1)

    def seconds(table: CaptureTable, k: int) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            sample(table, LcmcrSettings(**{**settings.__dict__, "k": k}))
            best = min(best, time.perf_counter() - started)
        return round(best, 3)

    def population(lists: int, size: int) -> CaptureTable:
        capture = [[0.4] * lists, [0.15] * lists]
        return simulate(size, [0.6, 0.4], capture, rng)

    return {
        "unit": "seconds per 10,000 iterations (plus 500 warm-up), one chain, best of 3",
        "by_lists (N=5000, K=10)": {n: seconds(population(n, 5000), 10) for n in (3, 4, 5, 6, 8)},
        "by_records (4 lists, K=10)": {
            population(4, n).observed: seconds(population(4, n), 10)
            for n in (1000, 10_000, 100_000)
        },
        "by_K (4 lists, N=5000)": {k: seconds(population(4, 5000), k) for k in (5, 10, 20, 40)},
    }


def run(work_dir: Path) -> dict[str, Any]:
    sample(
        from_frame(pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1]})),
        LcmcrSettings(burn_in=1, samples=4, thinning=1, chains=1),
    )  # compile (or load) the sampler first
    started = time.perf_counter()
    study = simulation_study()
    study_seconds = round(time.perf_counter() - started, 1)
    return {
        "simulation_study": study,
        "simulation_study_seconds": study_seconds,
        "reference_vs_r": reference_comparison(),
        "scaling": scaling(),
    }
