"""Linkage quality and speed: FEBRL4 (sabt vs Splink's tutorial vs recordlinkage's docs),
synthetic cross-script lists (on the seed the model was tuned on and on unseen ones, at several
thresholds), and dedupe at scale (time and peak memory).

Run: `.venv/bin/python -m benchmarks.run --only linkage`.
"""

import os
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.linkage_data import make_dedupe, make_lists
from benchmarks.linkage_febrl4 import febrl4_side_by_side, in_subprocess
from benchmarks.linkage_scores import Pair, group, pairs_of, result_pairs, scores
from sabt.resolve.api import DEFAULT_THRESHOLD, feature_records, link_lists, score_records
from sabt.resolve.cluster import cluster

# Seeds the threshold was never chosen on (docs/linkage.md, "The threshold").
UNSEEN_SEEDS = tuple(range(11, 21))
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SCALE_SIZES = tuple(int(n) for n in os.environ.get("SABT_BENCH_DEDUPE", "10000,100000").split(","))


def _truth(n_people: int, seed: int) -> tuple[dict[str, Any], set[Pair]]:
    frames, truth = make_lists(n_people, seed)
    return frames, pairs_of(group(truth))  # type: ignore[arg-type]


def cross_script(n_people: int, seed: int = 7) -> dict[str, Any]:
    """Pairwise (pairs above threshold) and cluster quality on three generated lists."""
    frames, true = _truth(n_people, seed)
    started = time.perf_counter()
    result = link_lists(frames)
    seconds = time.perf_counter() - started
    labels = {(r.list, r.record_id): r.cluster_id for r in result.clusters.itertuples(index=False)}
    found = result_pairs(result.pairs)
    cross_found = {p for p in found if any(ref[0] == "persian_list" for ref in p)}
    cross_true = {p for p in true if any(ref[0] == "persian_list" for ref in p)}
    return {
        "people": n_people,
        "seed": seed,
        "records": len(result.clusters),
        "true_pairs": len(true),
        "pairwise": scores(found, true),
        "persian_to_latin_pairwise": scores(cross_found, cross_true),
        "cluster_pairwise": scores(pairs_of(group(labels)), true),
        "trained": result.training.trained,
        "seconds": round(seconds, 2),
    }


def threshold_sweep(n_people: int, seeds: tuple[int, ...]) -> dict[str, Any]:
    """Mean pairwise and cluster F1 over `seeds` at each threshold.

    Each seed's lists are scored once (scores do not depend on the threshold); the pairs and the
    clusters are then cut at every threshold exactly as `link_lists` cuts them.
    """
    f1: dict[float, dict[str, list[float]]] = {t: {"pairs": [], "clusters": []} for t in THRESHOLDS}
    for seed in seeds:
        frames, true = _truth(n_people, seed)
        records, sizes = feature_records(frames)
        refs = list(zip(records["list_name"], records["record_id"], strict=True))
        scored = score_records(records, sizes, threshold=min(THRESHOLDS))
        for threshold in THRESHOLDS:
            above = {
                frozenset({refs[a], refs[b]})
                for (a, b), p in scored.scores.items()
                if p >= threshold
            }
            labels = cluster(len(refs), scored.scores, threshold, threshold)
            f1[threshold]["pairs"].append(scores(above, true)["f1"])
            f1[threshold]["clusters"].append(
                scores(pairs_of(group(dict(zip(refs, labels, strict=True)))), true)["f1"]
            )
    mean = {
        t: {kind: round(statistics.fmean(v), 4) for kind, v in by.items()} for t, by in f1.items()
    }
    return {
        "people": n_people,
        "seeds": list(seeds),
        "mean_f1": {str(t): figures for t, figures in mean.items()},
        "min_cluster_f1": {str(t): min(by["clusters"]) for t, by in f1.items()},
    }


def dedupe_child(n_records: int) -> dict[str, Any]:
    """Dedupe `n_records` generated records in this process; report time and peak memory."""
    import resource

    frame, truth = make_dedupe(n_records, seed=3)
    started = time.perf_counter()
    result = link_lists({"list": frame})
    seconds = time.perf_counter() - started
    labels = {(r.list, r.record_id): r.cluster_id for r in result.clusters.itertuples(index=False)}
    true = pairs_of(group({("list", k): v for k, v in truth.items()}))
    return {
        "records": n_records,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "cluster_pairwise": scores(pairs_of(group(labels)), true),
        "pairs": len(result.pairs),
    }


def run(work_dir: Path) -> dict[str, Any]:
    """All linkage figures (work_dir is unused: every input is generated or shipped)."""
    return {
        "threshold": DEFAULT_THRESHOLD,
        "load_average_at_start": Path("/proc/loadavg").read_text().split()[:3],
        "febrl4": febrl4_side_by_side(),
        "cross_script": cross_script(2000),
        "cross_script_unseen": [cross_script(2000, seed) for seed in UNSEEN_SEEDS[:3]],
        "threshold_sweep_unseen": threshold_sweep(2000, UNSEEN_SEEDS),
        "dedupe_scale": [in_subprocess("bench_linkage", f"dedupe_child({n})") for n in SCALE_SIZES],
    }
