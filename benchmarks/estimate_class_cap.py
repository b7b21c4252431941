"""Does LCMCR's shortfall on two latent-class designs come from the mixture's flexibility?

A one-off check behind a claim in docs/estimation.md, not part of `make bench`: the same 40
populations of each of the two latent-class designs with four or five lists where LCMCR covers
less than 90% (both classed as stress: the lists cannot bound N from above), fitted with K = 10
(the default) and with K capped at the design's true number of classes. Chains are shortened to
30,000 iterations (as the study's short run) to keep it to minutes. Run: `python -m
benchmarks.estimate_class_cap`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from benchmarks.bench_estimate import _accuracy, _lcmcr_only, _pool
from sabt.estimate.lcmcr import LcmcrSettings
from sabt.estimate.simulate import SCENARIOS

SHORT = LcmcrSettings(burn_in=10_000, samples=1000, thinning=20, chains=2)
DESIGNS = ("4 lists, 2 classes", "5 lists, 3 classes, two rarely listed")
POPULATIONS = 40


def main() -> None:
    out: dict[str, Any] = {}
    for name in DESIGNS:
        position = next(i for i, s in enumerate(SCENARIOS) if s.name == name)
        design = SCENARIOS[position]
        for k in (10, len(design.class_weights)):
            settings = replace(SHORT, k=max(2, k))
            jobs = [(position, i, settings) for i in range(POPULATIONS)]
            with _pool(2) as pool:
                rows = list(pool.map(_lcmcr_only, jobs))
            out[f"{name}, K={settings.k}"] = _accuracy(rows, "lcmcr", design.size)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
