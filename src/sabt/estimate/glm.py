"""Log-linear models of the 2^k capture table: design matrices, Poisson fits, profile likelihood.

The Poisson fit is a plain Newton–Raphson (the tables have at most 32 cells and 16 parameters), so
that thousands of fits for model averaging and profiling stay fast; tests check it against
statsmodels' GLM. The profile likelihood for N follows Cormack (1992) and Rcapture's closedpCI.t:
fix the unobserved cell at n0 = N - n, refit the model to the complete table, and score the
multinomial log-likelihood log N!/(N-n)! + sum_c y_c log(mu_c / N).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln
from scipy.stats import chi2

from sabt.estimate.histories import CaptureTable
from sabt.estimate.result import FloatArray

Pair = tuple[int, int]


def all_patterns(k: int) -> FloatArray:
    """Every 0/1 pattern on k lists, the all-zero (unobservable) pattern first."""
    return np.array(list(itertools.product([0, 1], repeat=k)), dtype=np.float64)


def design(patterns: FloatArray, pairs: tuple[Pair, ...]) -> FloatArray:
    """Intercept, one main effect per list, one column per two-list interaction in `pairs`."""
    columns = [np.ones(len(patterns)), *patterns.T]
    columns += [patterns[:, a] * patterns[:, b] for a, b in pairs]
    return np.column_stack(columns)


def full_counts(table: CaptureTable) -> FloatArray:
    """Counts on all 2^k patterns in `all_patterns` order (index 0, unobserved, left at 0)."""
    k = len(table.lists)
    codes = table.patterns @ (1 << np.arange(k)[::-1])
    out = np.zeros(1 << k)
    out[codes] = table.counts
    return out


def poisson_fit(x: FloatArray, y: FloatArray, start: FloatArray | None = None) -> FloatArray:
    """Maximum-likelihood coefficients of a log-link Poisson GLM by step-halved Newton steps."""
    beta: FloatArray = np.asarray(
        np.linalg.lstsq(x, np.log(y + 0.5), rcond=None)[0] if start is None else start,
        dtype=np.float64,
    ).copy()

    def objective(b: FloatArray) -> float:
        eta = x @ b
        return float(y @ eta - np.exp(np.minimum(eta, 700)).sum())

    current = objective(beta)
    for _ in range(200):
        mu = np.exp(np.minimum(x @ beta, 700))
        step = np.asarray(
            np.linalg.lstsq(x.T @ (x * mu[:, None]), x.T @ (y - mu), rcond=None)[0],
            dtype=np.float64,
        )
        scale = 1.0
        while objective(beta + scale * step) < current - 1e-12 and scale > 1e-8:
            scale /= 2.0
        beta = beta + scale * step
        current = objective(beta)
        if np.max(np.abs(scale * step)) < 1e-9:
            break
    return beta


def poisson_loglik(y: FloatArray, mu: FloatArray) -> float:
    """Poisson log-likelihood including the log(y!) term, as statsmodels and R report it."""
    return float(np.sum(y * np.log(np.where(mu > 0, mu, 1.0)) - mu - gammaln(y + 1)))


@dataclass(frozen=True)
class ModelFit:
    """One hierarchical model fitted to the observed cells."""

    pairs: tuple[Pair, ...]
    n_hat: float
    loglik: float
    n_params: int


def fit_model(table: CaptureTable, pairs: tuple[Pair, ...]) -> ModelFit:
    """Fit on the 2^k - 1 observed cells; N = n + exp(intercept) (the fitted unobserved cell)."""
    x_all = design(all_patterns(len(table.lists)), pairs)
    y_obs = full_counts(table)[1:]
    beta = poisson_fit(x_all[1:], y_obs)
    mu = np.exp(x_all[1:] @ beta)
    n_hat = table.observed + math.exp(beta[0])
    return ModelFit(pairs, n_hat, poisson_loglik(y_obs, mu), x_all.shape[1])


class Profile:
    """The profile log-likelihood of N for one model (warm-started refits on the full table)."""

    def __init__(self, table: CaptureTable, pairs: tuple[Pair, ...]) -> None:
        self.n = table.observed
        self.x = design(all_patterns(len(table.lists)), pairs)
        self.y = full_counts(table)
        self._start: FloatArray | None = None
        self.n_max, self.max_loglik = self._maximise(fit_model(table, pairs).n_hat)

    def loglik(self, total: float) -> float:
        y = self.y.copy()
        y[0] = total - self.n
        beta = poisson_fit(self.x, y, self._start)
        if not np.all(np.isfinite(beta)) or np.max(self.x @ beta) > 700:
            beta = poisson_fit(self.x, y)
        self._start = beta
        mu = np.exp(self.x @ beta)
        log_p = np.log(mu / mu.sum())
        return float(gammaln(total + 1) - gammaln(y[0] + 1) + np.sum(y * log_p))

    def _maximise(self, guess: float) -> tuple[float, float]:
        high = max(guess * 3.0, self.n + 50.0)
        best = minimize_scalar(
            lambda t: -self.loglik(t),
            bounds=(self.n, high),
            method="bounded",
            options={"xatol": 1e-3},
        )
        return float(best.x), -float(best.fun)

    def signed_root(self, total: float) -> float:
        """sign(N - N_max) * sqrt(2 * drop in log-likelihood): approximately N(0, 1)."""
        drop = max(0.0, 2.0 * (self.max_loglik - self.loglik(total)))
        return math.copysign(math.sqrt(drop), total - self.n_max)

    def interval(self, level: float = 0.95) -> tuple[float, float]:
        """All N whose likelihood-ratio statistic is below the chi-square(1) quantile."""
        limit = float(chi2.ppf(level, 1))

        def excess(total: float) -> float:
            return 2.0 * (self.max_loglik - self.loglik(total)) - limit

        low = float(self.n) if excess(self.n) <= 0 else brentq(excess, self.n, self.n_max)
        high = self.n_max * 1.5 + 10.0
        while excess(high) < 0:
            if high > 1e9:
                return float(low), math.inf
            high *= 2.0
        return float(low), float(brentq(excess, self.n_max, high, xtol=1e-3))
