"""Synthetic populations of known size, for validating estimators (tests and the benchmark).

Each person belongs to a latent class with its own capture probability per list (heterogeneity);
an optional "referral" makes list 2 more likely for people on list 1 (positive list dependence).
`SCENARIOS` are the designs of the simulation study, each with the reason it is there: the
heterogeneity designs are where LCMCR is meant to work (the >= 90% coverage target), and the
likelihood of their true model bounds N (benchmarks.estimate_identifiability checks it); the stress
designs break an assumption or leave the size unidentifiable, so no method can be held to 95%.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from sabt.estimate.histories import CaptureTable, from_patterns

Kind = Literal["heterogeneity", "stress", "control"]


def simulate(
    size: int,
    class_weights: list[float],
    capture: list[list[float]],
    rng: np.random.Generator,
    referral: float = 0.0,
) -> CaptureTable:
    """Draw `size` people; capture[c][j] is class c's chance of being on list j."""
    probs = np.asarray(capture, dtype=np.float64)
    classes = rng.choice(len(class_weights), size=size, p=np.asarray(class_weights))
    people = (rng.random((size, probs.shape[1])) < probs[classes]).astype(np.int64)
    if referral > 0 and probs.shape[1] >= 2:
        referred = (people[:, 0] == 1) & (rng.random(size) < referral)
        people[referred, 1] = 1
    seen = people.any(axis=1)
    lists = [f"L{j + 1}" for j in range(probs.shape[1])]
    return from_patterns(lists, people[seen], np.ones(int(seen.sum()), dtype=np.int64))


@dataclass(frozen=True)
class Scenario:
    """One design of the study: a population of known size and how the lists capture it."""

    name: str
    kind: Kind
    why: str
    size: int
    class_weights: list[float]
    capture: list[list[float]]
    referral: float = 0.0

    def draw(self, rng: np.random.Generator) -> CaptureTable:
        """One population of this design, as the lists would see it."""
        return simulate(self.size, self.class_weights, self.capture, rng, self.referral)

    def share_on_no_list(self) -> float:
        """Expected share of the population that no list records (the part MSE must infer)."""
        missed = np.prod(1.0 - np.asarray(self.capture), axis=1)
        return float(np.dot(self.class_weights, missed))

    def unknowns_and_counts(self) -> tuple[int, int]:
        """Free parameters of the true latent-class model (with N) and observable cell counts."""
        classes, lists = np.asarray(self.capture).shape
        return classes * lists + classes - 1 + 1, 2**lists - 1


MANRIQUE_VALLIER_2016 = Scenario(
    name="5 lists, 2 classes (Manrique-Vallier 2016 design)",
    kind="heterogeneity",
    why="the paper's own simulation: 90% of people rarely listed, 10% almost always",
    size=2000,
    class_weights=[0.9, 0.1],
    capture=[[0.033, 0.033, 0.099, 0.132, 0.033], [0.660, 0.825, 0.759, 0.990, 0.693]],
)

SCENARIOS: tuple[Scenario, ...] = (
    MANRIQUE_VALLIER_2016,
    Scenario(
        name="4 lists, 2 classes",
        kind="stress",
        why="not identifiable from above: 40% of people are listed 2-4 times less often, and "
        "the true 2-class model fits the lists almost as well with N 4 times the truth "
        "(benchmarks.estimate_identifiability), so the prior sets the interval's upper end",
        size=3000,
        class_weights=[0.6, 0.4],
        capture=[[0.6, 0.5, 0.55, 0.6], [0.15, 0.25, 0.1, 0.2]],
    ),
    Scenario(
        name="5 lists, 3 classes, two rarely listed",
        kind="stress",
        why="not identifiable from above: the two rarely listed classes (p 0.1-0.3) leave so "
        "little trace that the true 3-class model fits the lists almost as well with N 4 times "
        "the truth (benchmarks.estimate_identifiability; Link 2003)",
        size=5000,
        class_weights=[0.5, 0.3, 0.2],
        capture=[
            [0.5, 0.4, 0.45, 0.5, 0.35],
            [0.25, 0.2, 0.3, 0.2, 0.25],
            [0.1, 0.15, 0.1, 0.12, 0.1],
        ],
    ),
    Scenario(
        name="3 lists, 2 classes",
        kind="stress",
        why="not identifiable: the true model has 8 unknowns and the lists give 7 counts, "
        "so the prior, not the data, decides how many are missing",
        size=2000,
        class_weights=[0.6, 0.4],
        capture=[[0.6, 0.5, 0.55], [0.2, 0.25, 0.15]],
    ),
    Scenario(
        name="4 lists, 2 classes, list 1 refers to list 2",
        kind="stress",
        why="direct list dependence (40% of list 1's people are passed to list 2): outside "
        "LCMCR's assumption that lists are independent within a class",
        size=3000,
        class_weights=[0.65, 0.35],
        capture=[[0.5, 0.3, 0.45, 0.5], [0.15, 0.1, 0.2, 0.15]],
        referral=0.4,
    ),
    Scenario(
        name="4 lists, homogeneous, independent",
        kind="control",
        why="every assumption of every method holds",
        size=2000,
        class_weights=[1.0],
        capture=[[0.3, 0.25, 0.35, 0.3]],
    ),
    # Designs appended after the first six keep those six's populations (seeded by position).
    Scenario(
        name="4 lists, 2 groups reached by different lists",
        kind="heterogeneity",
        why="lists 1-2 reach one group and lists 3-4 the other (say, town and countryside): "
        "strong heterogeneity, every group reachable by two lists",
        size=3000,
        class_weights=[0.6, 0.4],
        capture=[[0.5, 0.6, 0.1, 0.05], [0.05, 0.1, 0.5, 0.6]],
    ),
    Scenario(
        name="5 lists, 3 groups each reached by two lists",
        kind="heterogeneity",
        why="three groups, each recorded mainly by its own two lists, one list reaching all",
        size=5000,
        class_weights=[0.4, 0.35, 0.25],
        capture=[
            [0.6, 0.5, 0.05, 0.05, 0.3],
            [0.05, 0.1, 0.5, 0.6, 0.3],
            [0.05, 0.05, 0.1, 0.5, 0.4],
        ],
    ),
    Scenario(
        name="5 lists, 2 classes, half rarely listed",
        kind="heterogeneity",
        why="half the people are listed 3-7 times less often than the other half",
        size=4000,
        class_weights=[0.5, 0.5],
        capture=[[0.7, 0.6, 0.5, 0.65, 0.6], [0.1, 0.15, 0.1, 0.2, 0.1]],
    ),
    Scenario(
        name="4 lists, 2 classes, strongly different",
        kind="heterogeneity",
        why="half the people are listed about 5 times less often than the other half",
        size=3000,
        class_weights=[0.5, 0.5],
        capture=[[0.8, 0.7, 0.75, 0.8], [0.15, 0.2, 0.1, 0.2]],
    ),
)
