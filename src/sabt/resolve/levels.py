"""Splink comparison levels with sabt's starting m and u values set on them.

m is the chance a level is seen on a pair that is one person, u on a pair that is two; both are
where EM starts and the values used as is when a list is too small to train on (`model.train`).
"""

from typing import Any

import splink.comparison_level_library as cll


def with_mu(level: Any, m: float, u: float) -> Any:
    """`level` with its starting m and u probabilities."""
    return level.configure(m_probability=m, u_probability=u)


def jaro_winkler(column: str, threshold: float, m: float, u: float) -> Any:
    """Jaro-Winkler similarity of `column` at or above `threshold`, with m and u."""
    return with_mu(cll.JaroWinklerLevel(column, threshold), m, u)


def edit_distance(column: str, distance: int, m: float, u: float) -> Any:
    """At most `distance` insertions, deletions, substitutions or swaps apart, with m and u."""
    return with_mu(cll.DamerauLevenshteinLevel(column, distance), m, u)
