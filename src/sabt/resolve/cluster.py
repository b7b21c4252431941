"""Clusters from scored pairs, guarded against chaining.

Plain connected components chain: A~B and B~C put A and C in one cluster even when the model
scored A against C as clearly different (two namesakes bridged by a vague third record). sabt
merges clusters greedily, strongest pair first, and only when the *average* probability over all
pairs across the two clusters reaches `floor` (by default the pair threshold: the two clusters
must, on average, look like a match). A pair the model did not score (not blocked together)
counts as 0, so a bridge A~B~C where A-C was never scored averages under 0.5 and is split.
A human "different" judgement forbids a merge outright.
"""

from collections.abc import Iterable, Mapping

Pair = tuple[int, int]


def _key(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def cluster(
    n_records: int,
    scores: Mapping[Pair, float],
    threshold: float,
    floor: float,
    cannot_link: Iterable[Pair] = (),
) -> list[int]:
    """Cluster label (the smallest member's uid) for every uid in range(n_records)."""
    forbidden = {_key(a, b) for a, b in cannot_link}
    members: dict[int, list[int]] = {uid: [uid] for uid in range(n_records)}
    label = list(range(n_records))
    edges = sorted(
        ((p, _key(*pair)) for pair, p in scores.items() if p >= threshold), key=lambda e: -e[0]
    )
    for _, (a, b) in edges:
        ca, cb = label[a], label[b]
        if ca == cb:
            continue
        left, right = members[ca], members[cb]
        cross = [_key(x, y) for x in left for y in right]
        if any(pair in forbidden for pair in cross):
            continue
        if sum(scores.get(pair, 0.0) for pair in cross) / len(cross) < floor:
            continue
        keep, gone = (ca, cb) if ca < cb else (cb, ca)
        members[keep] = members[keep] + members.pop(gone)
        for uid in members[keep]:
            label[uid] = keep
    return label
