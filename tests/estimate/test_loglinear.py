"""Chapman and log-linear estimates against hand-computed values and Rcapture's figures."""

import itertools
import math

import numpy as np
import pytest
import statsmodels.api as sm

from sabt.errors import BadInput
from sabt.estimate.chapman import chapman
from sabt.estimate.glm import Profile, all_patterns, design, fit_model, full_counts, poisson_fit
from sabt.estimate.histories import from_patterns
from sabt.estimate.loglinear import loglinear

from .conftest import reference_table


def two_lists(only1: int, only2: int, both: int):  # type: ignore[no-untyped-def]
    patterns = np.array([[1, 0], [0, 1], [1, 1]])
    return from_patterns(["A", "B"], patterns, np.array([only1, only2, both]))


def test_chapman_matches_hand_computation() -> None:
    # n1 = 60, n2 = 50, m = 20: N = 61*51/21 - 1, var = 61*51*40*30 / (21^2 * 22).
    result = chapman(two_lists(40, 30, 20))
    assert result.estimate == pytest.approx(61 * 51 / 21 - 1)
    half = 1.959964 * math.sqrt(61 * 51 * 40 * 30 / (21**2 * 22))
    assert result.interval == pytest.approx((61 * 51 / 21 - 1 - half, 61 * 51 / 21 - 1 + half))
    assert result.observed == 90


def test_chapman_refuses_three_lists() -> None:
    with pytest.raises(BadInput, match="exactly 2 lists"):
        chapman(reference_table("sim3_N2000.csv"))


def test_independence_model_solves_darroch_equation() -> None:
    # Under independence the MLE satisfies N - n = N * prod_j (1 - n_j / N) (Darroch 1958).
    table = reference_table("sim3_N2000.csv")
    n_hat = fit_model(table, ()).n_hat
    per_list = [table.counts[table.patterns[:, j] == 1].sum() for j in range(3)]
    expected_missing = n_hat * np.prod([1 - nj / n_hat for nj in per_list])
    assert n_hat - table.observed == pytest.approx(expected_missing, rel=1e-8)


def test_newton_fit_equals_statsmodels_glm() -> None:
    table = reference_table("sim4_N5000.csv")
    pairs = ((0, 1), (2, 3))
    x = design(all_patterns(4), pairs)[1:]
    y = full_counts(table)[1:]
    reference = sm.GLM(y, x, family=sm.families.Poisson()).fit()
    assert poisson_fit(x, y) == pytest.approx(reference.params, rel=1e-7)
    assert fit_model(table, pairs).loglik == pytest.approx(reference.llf, rel=1e-9)


def test_kosovo_all_two_way_matches_rcapture() -> None:
    # README: Rcapture 1.4-4, all two-way interactions: 14,402, profile interval 12,523-16,668.
    table = reference_table("kosovo_1999.csv")
    pairs = tuple(itertools.combinations(range(4), 2))
    assert fit_model(table, pairs).n_hat == pytest.approx(14402, abs=1)
    low, high = Profile(table, pairs).interval()
    assert low == pytest.approx(12523, abs=1)
    assert high == pytest.approx(16668, abs=1)


def test_model_averaging_brackets_the_estimate() -> None:
    table = reference_table("kosovo_1999.csv")
    result = loglinear(table, "aic")
    assert result.interval[0] < result.estimate < result.interval[1]
    assert result.diagnostics["models_fitted"] == 64
    weights = [m["weight"] for m in result.diagnostics["models"]]
    assert weights == sorted(weights, reverse=True)


def test_loglinear_refuses_two_lists() -> None:
    with pytest.raises(BadInput, match="3 to 5 lists"):
        loglinear(two_lists(40, 30, 20))
