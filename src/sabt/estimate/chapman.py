"""Two-list Chapman estimator: a baseline, valid only if the two lists are independent.

Chapman's bias-corrected form of Lincoln–Petersen, N = (n1+1)(n2+1)/(m+1) - 1, with Seber's
variance and a normal interval. It is here so readers can see how far the richer models move from
the naive figure, not as a recommended estimate.
"""

from __future__ import annotations

import math

from scipy.stats import norm

from sabt.errors import BadInput
from sabt.estimate.histories import CaptureTable
from sabt.estimate.result import EstimateResult


def chapman(table: CaptureTable, level: float = 0.95) -> EstimateResult:
    """Chapman estimate and variance-based interval (the interval never goes below observed)."""
    if len(table.lists) != 2:
        raise BadInput(
            f"chapman needs exactly 2 lists, the table has {len(table.lists)}",
            remedy="use --method loglinear or lcmcr",
        )
    n1 = int(table.counts[table.patterns[:, 0] == 1].sum())
    n2 = int(table.counts[table.patterns[:, 1] == 1].sum())
    m = int(table.counts[(table.patterns[:, 0] == 1) & (table.patterns[:, 1] == 1)].sum())
    estimate = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    variance = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    z = float(norm.ppf(0.5 + level / 2))
    half = z * math.sqrt(variance)
    low = max(estimate - half, float(table.observed))
    diagnostics: dict[str, object] = {"n1": n1, "n2": n2, "overlap": m, "variance": variance}
    if m < 7:
        diagnostics["warning"] = f"only {m} people on both lists; the estimate is unstable"
    return EstimateResult(
        method="chapman",
        lists=list(table.lists),
        observed=table.observed,
        estimate=estimate,
        interval=(low, estimate + half),
        level=level,
        diagnostics=diagnostics,
        settings={"interval": "normal, Seber variance"},
    )
