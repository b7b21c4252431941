"""Link victim lists: the Python entry point behind `sabt link` and `sabt dedupe`.

`link_lists` takes standardised lists (see `readers.FIELDS`) by name and returns every scored pair
above the threshold and a cluster for every record. Human judgements override the model: "same"
makes a pair certain, "different" makes it impossible and forbids any cluster holding both,
"unsure" leaves the model's score standing. The result says whether the model was trained, so a
reviewer knows what the probabilities rest on.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from splink import Linker

from sabt.resolve.backends import check_backend
from sabt.resolve.blocking import blocking_rules
from sabt.resolve.cluster import cluster
from sabt.resolve.defaults import DEFAULT_THRESHOLD
from sabt.resolve.errors import BadOption
from sabt.resolve.extra_comparisons import extra_blocking_rules, present
from sabt.resolve.features import features
from sabt.resolve.model import TrainingReport, build_linker, train
from sabt.resolve.readers import standardise
from sabt.resolve.scored_pairs import ScoredPairs, that_clustering_uses

# Pairs are scored down to this probability so the chaining guard sees weak evidence against.
_SCORE_FLOOR = 0.01
PAIR_COLUMNS = ["left_list", "left_id", "right_list", "right_id", "match_probability"]
CLUSTER_COLUMNS = ["list", "record_id", "cluster_id"]

RecordRef = tuple[str, str]
Verdict = Literal["same", "different", "unsure"]


@dataclass(frozen=True)
class Judgement:
    """A human decision on a pair of records, each named by (list name, record id)."""

    left: RecordRef
    right: RecordRef
    verdict: Verdict


@dataclass
class LinkResult:
    """Pairs above the threshold (`PAIR_COLUMNS`), clusters (`CLUSTER_COLUMNS`), training note."""

    pairs: pd.DataFrame
    clusters: pd.DataFrame
    training: TrainingReport


def _prior(sizes: list[int], across_lists_only: bool) -> float:
    """Chance two random records are one person, assuming most people recur across lists."""
    n = sum(sizes)
    if n < 2:
        return 0.01
    expected_matches = sum(sizes) - max(sizes) if len(sizes) > 1 else n / 10
    possible = (n * n - sum(s * s for s in sizes)) / 2 if across_lists_only else n * (n - 1) / 2
    # Capped at 1 in 100: on a tiny list the estimate is large and would let a bare name link.
    return min(0.01, max(1e-7, expected_matches / max(possible, 1)))


def _score(
    records: pd.DataFrame,
    across_lists_only: bool,
    sizes: list[int],
    same: list[tuple[int, int]],
    backend: str,
) -> tuple[ScoredPairs, TrainingReport]:
    prior = _prior(sizes, across_lists_only)
    extra = extra_blocking_rules(present(records))
    blocking = blocking_rules(records, across_lists_only=across_lists_only, extra=extra)

    def fresh() -> Linker:
        return build_linker(records, blocking=blocking.rules, prior=prior, backend=backend)

    linker = fresh()
    trained = train(linker, len(records), confirmed=same)
    if not trained.trained and trained.note.startswith("training failed"):
        linker = fresh()
    report = TrainingReport(trained.trained, trained.note + blocking.note)
    if len(records) < 2:
        return ScoredPairs.none(), report
    predictions = linker.inference.predict(threshold_match_probability=_SCORE_FLOOR)
    # Only the three columns clustering needs leave the engine: a million records score tens of
    # millions of pairs, and each further column would cost memory here.
    columns = "uid_l, uid_r, match_probability"
    sql = f"SELECT {columns} FROM {predictions.physical_name}"
    frame = linker.misc.query_sql(sql, output_type="pandas")  # type: ignore[no-untyped-call]
    left, right = frame["uid_l"].to_numpy(np.int64), frame["uid_r"].to_numpy(np.int64)
    return ScoredPairs(
        np.minimum(left, right), np.maximum(left, right), frame["match_probability"].to_numpy()
    ), report


@dataclass
class ScoredRecords:
    """Every pair scored down to the floor (by uid), human verdicts applied, and each cluster."""

    scores: dict[tuple[int, int], float]
    labels: list[int]
    training: TrainingReport


def _check_options(threshold: float, backend: str) -> None:
    check_backend(backend)
    if not 0 < threshold <= 1:
        raise BadOption(f"threshold {threshold} is not a probability", remedy="give 0 < P <= 1")


def score_records(
    records: pd.DataFrame,
    sizes: list[int],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    floor: float | None = None,
    across_lists_only: bool = False,
    judgements: Iterable[Judgement] = (),
    backend: str = "duckdb",
    all_pairs: bool = True,
) -> ScoredRecords:
    """Score and cluster records already turned into match columns (`features.feature_frame`).

    `sizes` are the list sizes (for the prior). Judgements name records by (list, record_id);
    "same" ones also retrain the model's m values (see `model.train`). With `all_pairs` False,
    `scores` keeps only the pairs clustering can use (`scored_pairs.that_clustering_uses`): the
    same clusters and the same pairs above the threshold, in far less memory.
    """
    _check_options(threshold, backend)
    refs = list(zip(records["list_name"], records["record_id"], strict=True))
    uid_of = {ref: i for i, ref in enumerate(refs)}
    verdicts: dict[tuple[int, int], Verdict] = {}
    for judgement in judgements:
        if judgement.left in uid_of and judgement.right in uid_of:
            a, b = sorted((uid_of[judgement.left], uid_of[judgement.right]))
            verdicts[(a, b)] = judgement.verdict
    same = [pair for pair, verdict in verdicts.items() if verdict == "same"]
    scored, report = _score(records, across_lists_only, sizes, same, backend)
    keep = None if all_pairs else that_clustering_uses(scored, len(records), threshold, same)
    scores = scored.as_dict(keep)
    cannot: list[tuple[int, int]] = []
    for pair, verdict in verdicts.items():
        if verdict == "same":
            scores[pair] = 1.0
        elif verdict == "different":
            scores[pair] = 0.0
            cannot.append(pair)
    labels = cluster(len(records), scores, threshold, threshold if floor is None else floor, cannot)
    return ScoredRecords(scores, labels, report)


def feature_records(frames: Mapping[str, pd.DataFrame]) -> tuple[pd.DataFrame, list[int]]:
    """The match columns of every record of `frames` (uids unique across lists), and list sizes."""
    parts, sizes, uid = [], [], 0
    for name, frame in frames.items():
        part = features(standardise(frame, name), name, first_uid=uid)
        parts.append(part)
        sizes.append(len(part))
        uid += len(part)
    records = pd.concat(parts, ignore_index=True) if parts else features(pd.DataFrame(), "", 0)
    return records, sizes


def link_lists(
    frames: Mapping[str, pd.DataFrame],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    floor: float | None = None,
    within_lists: bool = True,
    judgements: Iterable[Judgement] = (),
    backend: str = "duckdb",
) -> LinkResult:
    """Link the lists in `frames` (name → rows with `readers.FIELDS` columns).

    `within_lists` also looks for duplicates inside each list (always on for one list).
    `floor` is the average probability two clusters need to merge (default: the threshold).
    """
    _check_options(threshold, backend)
    records, sizes = feature_records(frames)
    scored = score_records(
        records,
        sizes,
        threshold=threshold,
        floor=floor,
        across_lists_only=not within_lists and len(frames) > 1,
        judgements=judgements,
        backend=backend,
        all_pairs=False,
    )
    refs = list(zip(records["list_name"], records["record_id"], strict=True))
    pairs = pd.DataFrame(
        [
            (*refs[a], *refs[b], round(p, 6))
            for (a, b), p in sorted(scored.scores.items())
            if p >= threshold
        ],
        columns=PAIR_COLUMNS,
    )
    clusters = pd.DataFrame(
        [(*refs[i], f"c{scored.labels[i] + 1}") for i in range(len(records))],
        columns=CLUSTER_COLUMNS,
    )
    return LinkResult(pairs, clusters, scored.training)
