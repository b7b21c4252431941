"""Benchmark of sabt.estimate: accuracy against known truth, agreement with R, and speed.

(a) Simulation study: the designs of `sabt.estimate.simulate.SCENARIOS` (5 heterogeneity designs,
    the first being Manrique-Vallier 2016's own, 4 stress designs outside what LCMCR assumes or
    what the data can identify, 1 control) x 40 synthetic populations of known size: relative bias,
    RMSE and 95% coverage for Chapman (lists 1-2), the independence log-linear model, AIC-averaged
    log-linear and LCMCR, and how often LCMCR's convergence checks warned. LCMCR runs with the
    settings `sabt estimate` uses (110,000 iterations per chain), 2 chains instead of 3; (a')
    reruns 12 populations of "4 lists, 2 classes" with 300,000 iterations per chain, to show how
    much of the shortfall in coverage is chain length.
(b) The reference tables (shared/reference/lcmcr): sabt LCMCR quantiles (full 110,000-iteration
    run, one chain per seed 1-3 as R's were) beside R's, and seconds per 110,000 iterations: wall
    time and the process's CPU time (on a shared machine wall time also counts other people's
    work; R's figures are wall time on one core of a quiet machine), with the load average.
(c) How sampler time grows with lists, records and K (seconds per 10,000 iterations).
(d) Which designs the lists can identify at all: the true latent-class model's profile likelihood
    of N, 20 populations per design (benchmarks.estimate_identifiability).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.estimate_identifiability import summary as identifiability
from sabt.estimate.chapman import chapman
from sabt.estimate.convergence import ESS_MINIMUM, RHAT_LIMIT
from sabt.estimate.glm import Profile, fit_model
from sabt.estimate.histories import CaptureTable, from_frame, from_patterns
from sabt.estimate.lcmcr import LcmcrSettings, lcmcr, sample
from sabt.estimate.loglinear import loglinear
from sabt.estimate.simulate import SCENARIOS, simulate

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "lcmcr"
STUDY_SETTINGS = LcmcrSettings(chains=2)
LONG_SETTINGS = LcmcrSettings(burn_in=50_000, samples=5000, thinning=50, chains=2)
PER_SCENARIO = 40
CHAIN_CHECK_POPULATIONS = 12
IDENTIFIABILITY_POPULATIONS = 20
METHODS = ("chapman", "loglinear_independence", "loglinear_aic_average", "lcmcr")


def _first_two(table: CaptureTable) -> CaptureTable:
    seen = table.patterns[:, :2].any(axis=1)
    return from_patterns(list(table.lists[:2]), table.patterns[seen, :2], table.counts[seen])


def _population(scenario: int, index: int) -> CaptureTable:
    return SCENARIOS[scenario].draw(np.random.default_rng([scenario, index]))


def _lcmcr_row(table: CaptureTable, settings: LcmcrSettings, index: int) -> dict[str, Any]:
    latent = lcmcr(table, LcmcrSettings(**{**settings.__dict__, "seed": 1000 + index}))
    return {
        "lcmcr": (latent.estimate, *latent.interval),
        "lcmcr_rhat": latent.diagnostics.get("rhat"),
        "lcmcr_ess": latent.diagnostics.get("ess"),
    }


def _one_population(job: tuple[int, int]) -> dict[str, Any]:
    scenario, index = job
    table = _population(scenario, index)
    rows: dict[str, Any] = {"scenario": scenario, "observed": table.observed}
    two = chapman(_first_two(table))
    rows["chapman"] = (two.estimate, *two.interval)
    independence = fit_model(table, ())
    rows["loglinear_independence"] = (independence.n_hat, *Profile(table, ()).interval())
    averaged = loglinear(table)
    rows["loglinear_aic_average"] = (averaged.estimate, *averaged.interval)
    return rows | _lcmcr_row(table, STUDY_SETTINGS, index)


def _lcmcr_only(job: tuple[int, int, LcmcrSettings]) -> dict[str, Any]:
    scenario, index, settings = job
    return _lcmcr_row(_population(scenario, index), settings, index)


def _accuracy(rows: list[dict[str, Any]], method: str, truth: int) -> dict[str, float]:
    est = np.array([r[method][0] for r in rows], dtype=np.float64)
    low = np.array([r[method][1] for r in rows], dtype=np.float64)
    high = np.array([r[method][2] for r in rows], dtype=np.float64)
    return {
        "relative_bias": round(float(np.mean(est / truth - 1)), 4),
        "relative_rmse": round(float(np.sqrt(np.mean((est / truth - 1) ** 2))), 4),
        "coverage_95": round(float(np.mean((low <= truth) & (truth <= high))), 3),
        "share_truth_above_interval": round(float(np.mean(high < truth)), 3),
        "median_interval_width": round(float(np.median(high - low)), 1),
    }


def _diagnostics(rows: list[dict[str, Any]]) -> dict[str, float]:
    """How often LCMCR's checks would warn, and the median effective sample size of N."""
    rhats = np.array([r["lcmcr_rhat"] for r in rows], dtype=np.float64)
    sizes = np.array([r["lcmcr_ess"] for r in rows], dtype=np.float64)
    return {
        f"share_rhat_over_{RHAT_LIMIT}": round(float(np.mean(rhats > RHAT_LIMIT)), 3),
        f"share_ess_under_{ESS_MINIMUM:.0f}": round(float(np.mean(sizes < ESS_MINIMUM)), 3),
        "median_ess": round(float(np.median(sizes)), 1),
    }


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=max(1, min(workers, os.cpu_count() or 1)))


def simulation_study() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures per design, and the rows per population (for the chain-length check)."""
    jobs = [(s, i) for s in range(len(SCENARIOS)) for i in range(PER_SCENARIO)]
    with _pool(2) as pool:
        rows = list(pool.map(_one_population, jobs, chunksize=4))
    out: dict[str, Any] = {}
    for position, scenario in enumerate(SCENARIOS):
        part = [r for r in rows if r["scenario"] == position]
        unknowns, counts = scenario.unknowns_and_counts()
        summary: dict[str, Any] = {
            "kind": scenario.kind,
            "why": scenario.why,
            "populations": len(part),
            "truth": scenario.size,
            "expected_share_on_no_list": round(scenario.share_on_no_list(), 3),
            "unknowns_vs_observable_counts": [unknowns, counts],
            "mean_observed": round(float(np.mean([r["observed"] for r in part])), 1),
        }
        summary.update({method: _accuracy(part, method, scenario.size) for method in METHODS})
        summary["lcmcr_diagnostics"] = _diagnostics(part)
        out[scenario.name] = summary
    out["lcmcr_settings"] = {k: v for k, v in STUDY_SETTINGS.__dict__.items() if k != "seed"}
    return out, rows


def chain_length_check(study_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The study's first populations of "4 lists, 2 classes" again, with chains 2.7x as long."""
    design = next(i for i, s in enumerate(SCENARIOS) if s.name == "4 lists, 2 classes")
    populations = range(CHAIN_CHECK_POPULATIONS)
    default = [r for r in study_rows if r["scenario"] == design][:CHAIN_CHECK_POPULATIONS]
    with _pool(2) as pool:
        long = list(pool.map(_lcmcr_only, [(design, i, LONG_SETTINGS) for i in populations]))
    truth = SCENARIOS[design].size
    return {
        "scenario": SCENARIOS[design].name,
        "populations": CHAIN_CHECK_POPULATIONS,
        "iterations_110k": _accuracy(default, "lcmcr", truth) | _diagnostics(default),
        "iterations_300k": _accuracy(long, "lcmcr", truth) | _diagnostics(long),
    }


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
            started, cpu_started = time.perf_counter(), time.process_time()
            draws, _ = sample(table, LcmcrSettings(chains=1, seed=seed))
            seconds = time.perf_counter() - started
            cpu_seconds = time.process_time() - cpu_started
            q = np.quantile(draws.ravel(), [0.025, 0.5, 0.975])
            runs.append(
                {
                    "seed": seed,
                    "q025": float(q[0]),
                    "median": float(q[1]),
                    "q975": float(q[2]),
                    "seconds_110k_iter": round(seconds, 2),
                    "cpu_seconds_110k_iter": round(cpu_seconds, 2),
                    "load_average": round(os.getloadavg()[0], 2),
                }
            )
        r_rows = r_results[r_results["dataset"] == name]
        out[name] = {
            "observed": table.observed,
            "seconds_110k_iter": {
                "sabt": [run["seconds_110k_iter"] for run in runs],
                "sabt_cpu": [run["cpu_seconds_110k_iter"] for run in runs],
                "r": r_rows["seconds_110k_iter"].dropna().tolist(),
            },
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
            table.observed: seconds(table, 10)
            for table in (population(4, n) for n in (1000, 10_000, 100_000))
        },
        "by_K (4 lists, N=5000)": {k: seconds(population(4, 5000), k) for k in (5, 10, 20, 40)},
    }


def run(work_dir: Path) -> dict[str, Any]:
    sample(
        from_frame(pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1]})),
        LcmcrSettings(burn_in=1, samples=4, thinning=1, chains=1),
    )  # compile (or load) the sampler first
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    started = time.perf_counter()
    study, rows = simulation_study()
    study_seconds = round(time.perf_counter() - started, 1)
    return {
        "load_average_at_start": load_at_start,
        "simulation_study": study,
        "simulation_study_seconds": study_seconds,
        "chain_length_check": chain_length_check(rows),
        "reference_vs_r": reference_comparison(),
        "scaling": scaling(),
        "identifiability": identifiability(IDENTIFIABILITY_POPULATIONS),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }
