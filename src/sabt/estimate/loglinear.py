"""Log-linear MSE: every hierarchical model up to two-way interactions, selected or averaged.

Which lists depend on which is rarely known, and the estimate moves a lot between models, so by
default the figure is averaged over all models with AIC (or BIC) weights. The averaged interval is
the model-averaged tail-area profile interval (MATA-PL; Fletcher & Turek 2012): the ends N where
sum_m w_m Phi(r_m(N)) equals 0.025 and 0.975, r_m being model m's signed root profile deviance.
With `selection="best"` the single best model and its own profile interval are reported instead.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

from sabt.errors import BadInput
from sabt.estimate.glm import ModelFit, Pair, Profile, fit_model
from sabt.estimate.histories import CaptureTable, require_estimable
from sabt.estimate.result import EstimateResult

MIN_WEIGHT = 1e-3
UNBOUNDED = 1e9  # an upper end past this is reported as infinite (no information)


def candidate_models(k: int) -> list[tuple[Pair, ...]]:
    """Every subset of the k(k-1)/2 two-list interactions (main effects always in)."""
    pairs = list(itertools.combinations(range(k), 2))
    models: list[tuple[Pair, ...]] = []
    for size in range(len(pairs) + 1):
        models.extend(itertools.combinations(pairs, size))
    return models


def criterion(fit: ModelFit, observed: int, name: str) -> float:
    """AIC, or BIC with the number of observed people as the sample size (as in Rcapture)."""
    penalty = 2.0 if name == "aic" else math.log(observed)
    return -2.0 * fit.loglik + penalty * fit.n_params


def model_name(pairs: tuple[Pair, ...], lists: tuple[str, ...]) -> str:
    terms = [f"{lists[a]}:{lists[b]}" for a, b in pairs]
    return "independence" if not terms else " + ".join(terms)


def loglinear(
    table: CaptureTable,
    criterion_name: str = "aic",
    selection: str = "average",
    level: float = 0.95,
) -> EstimateResult:
    """Fit all models, weight them by the criterion, and report the averaged or best estimate."""
    k = len(table.lists)
    if not 3 <= k <= 5:
        raise BadInput(f"loglinear needs 3 to 5 lists, the table has {k}")
    if criterion_name not in ("aic", "bic") or selection not in ("average", "best"):
        raise BadInput("criterion must be aic or bic, selection average or best")
    require_estimable(table)
    try:
        return _loglinear(table, criterion_name, selection, level)
    except (np.linalg.LinAlgError, ValueError, FloatingPointError) as error:
        raise BadInput(
            "the log-linear models could not be fitted to this table (too sparse)",
            remedy="use --method lcmcr, or merge strata",
        ) from error


def _loglinear(
    table: CaptureTable, criterion_name: str, selection: str, level: float
) -> EstimateResult:
    k = len(table.lists)
    fits = [fit_model(table, pairs) for pairs in candidate_models(k)]
    scores = np.array([criterion(f, table.observed, criterion_name) for f in fits])
    weights = np.exp(-0.5 * (scores - scores.min()))
    weights /= weights.sum()
    order = np.argsort(scores)
    best = fits[int(order[0])]
    if selection == "best":
        profile = Profile(table, best.pairs)
        estimate, interval = best.n_hat, profile.interval(level)
        shown = profile
    else:
        kept = [i for i in order if weights[i] >= MIN_WEIGHT]
        w = weights[kept] / weights[kept].sum()
        profiles = [Profile(table, fits[i].pairs) for i in kept]
        estimate = float(sum(wi * fits[i].n_hat for wi, i in zip(w, kept, strict=True)))
        interval = _mata_interval(profiles, w, level, table.observed)
        shown = profiles[0]
    grid = np.linspace(max(table.observed, interval[0] * 0.8), interval[1] * 1.2, 200)
    curve = np.array([shown.loglik(t) for t in grid]) - shown.max_loglik
    diagnostics: dict[str, object] = {
        "best_model": model_name(best.pairs, table.lists),
        "models": [
            {
                "model": model_name(fits[i].pairs, table.lists),
                "estimate": round(fits[i].n_hat, 1),
                criterion_name: round(float(scores[i]), 2),
                "weight": round(float(weights[i]), 4),
            }
            for i in order[:10]
        ],
        "models_fitted": len(fits),
    }
    if estimate > 20 * table.observed:
        diagnostics["warning"] = "the estimate is over 20 times the observed count; unstable"
    return EstimateResult(
        method="loglinear",
        lists=list(table.lists),
        observed=table.observed,
        estimate=estimate,
        interval=interval,
        level=level,
        diagnostics=diagnostics,
        settings={
            "criterion": criterion_name,
            "selection": selection,
            "max_interaction": 2,
            "interval": "profile likelihood" + (" (MATA)" if selection == "average" else ""),
        },
        profile=(grid, curve),
    )


def _mata_interval(
    profiles: list[Profile], weights: np.ndarray, level: float, observed: int
) -> tuple[float, float]:
    """Solve sum_m w_m Phi(r_m(N)) = tail for each tail of the interval."""

    def tail_mass(total: float, target: float) -> float:
        roots = np.array([p.signed_root(total) for p in profiles])
        return float(weights @ norm.cdf(roots)) - target

    alpha = (1.0 - level) / 2.0
    centre = max(p.n_max for p in profiles)
    low = float(observed)
    if tail_mass(low, alpha) < 0:
        low = brentq(tail_mass, observed, centre + 1.0, args=(alpha,), xtol=1e-2)
    high = centre * 1.5 + 10.0
    while tail_mass(high, 1.0 - alpha) < 0:
        if high > UNBOUNDED:
            return float(low), math.inf
        high *= 2.0
    return float(low), float(brentq(tail_mass, low, high, args=(1.0 - alpha,), xtol=1e-2))
