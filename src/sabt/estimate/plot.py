"""Pictures of an estimate: the posterior of N (LCMCR) or the profile likelihood (log-linear).

The observed count is always drawn, so nobody mistakes the estimate for a count of named people:
everything right of that line is people no list recorded.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from sabt.estimate.result import EstimateResult


def plot(result: EstimateResult, path: Path) -> Path:
    """Write a PNG; a histogram of draws if there are any, else the profile or the interval."""
    figure, axes = plt.subplots(figsize=(7, 4), dpi=110)
    if result.draws is not None:
        axes.hist(result.draws, bins=60, color="#4c72b0", alpha=0.8)
        axes.set_ylabel("posterior draws")
    elif result.profile is not None:
        grid, curve = result.profile
        axes.plot(grid, curve, color="#4c72b0")
        axes.set_ylabel("profile log-likelihood (relative)")
    axes.axvline(
        result.observed, color="black", linestyle="--", label=f"observed {result.observed:,}"
    )
    axes.axvline(result.estimate, color="#c44e52", label=f"estimate {result.estimate:,.0f}")
    low, high = result.interval
    if high != float("inf"):
        axes.axvspan(low, high, color="#c44e52", alpha=0.12, label=f"{result.level:.0%} interval")
    title = f"{result.method}: total size, lists {', '.join(result.lists)}"
    axes.set_title(title + (f" (stratum {result.stratum})" if result.stratum else ""), fontsize=9)
    axes.set_xlabel("N (people, listed or not)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format="png")
    plt.close(figure)
    return path
