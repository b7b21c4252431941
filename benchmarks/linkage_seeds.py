"""Mean pairwise and cluster precision/recall/F1 of the cross-script lists over a range of seeds.

Run: `.venv/bin/python -m benchmarks.linkage_seeds FIRST LAST` (seeds FIRST..LAST inclusive), at
the default threshold. Seeds 1-10 are for tuning, 11-20 were looked at, 21-30 are kept unseen
(docs/linkage.md).
"""

import json
import statistics
import sys
from typing import Any

from benchmarks.bench_linkage import cross_script


def mean_scores(seeds: range, n_people: int = 2000) -> dict[str, Any]:
    """Each seed's pairwise and cluster scores, and their means and worst F1."""
    runs = [cross_script(n_people, seed) for seed in seeds]
    out: dict[str, Any] = {"seeds": [seeds.start, seeds.stop - 1]}
    for kind in ("pairwise", "cluster_pairwise"):
        figures = {k: round(statistics.fmean(r[kind][k] for r in runs), 4) for k in runs[0][kind]}
        out[kind] = {**figures, "worst_f1": min(r[kind]["f1"] for r in runs)}
    return out


if __name__ == "__main__":
    first, last = int(sys.argv[1]), int(sys.argv[2])
    print(json.dumps(mean_scores(range(first, last + 1))))
