"""The one shape every estimator returns, so the CLI, storage and reports never special-case.

`draws` (posterior samples) and `profile` (N against log-likelihood) are kept for plotting but not
serialised: the JSON carries the figures a reader needs, the stored row carries a summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@dataclass
class EstimateResult:
    """An estimate of the total number of people, observed or not, with its interval."""

    method: str
    lists: list[str]
    observed: int
    estimate: float
    interval: tuple[float, float]
    level: float = 0.95
    diagnostics: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    stratum: str | None = None
    draws: FloatArray | None = None
    profile: tuple[FloatArray, FloatArray] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON interface other tools read (keys and meaning are kept stable)."""
        out: dict[str, Any] = {
            "method": self.method,
            "lists": list(self.lists),
            "observed": self.observed,
            "estimate": round(float(self.estimate), 2),
            "interval": [_finite(self.interval[0]), _finite(self.interval[1])],
            "level": self.level,
            "diagnostics": self.diagnostics,
            "settings": self.settings,
        }
        if self.stratum is not None:
            out["stratum"] = self.stratum
        return out


def _finite(value: float) -> float | None:
    """JSON has no infinity: an interval end the data cannot bound is written as null."""
    return round(float(value), 2) if np.isfinite(value) else None
