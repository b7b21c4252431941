"""The demo's analysis step: link the synthetic victim lists, then estimate the total.

The lists are imported into the case and linked there (`sabt lists link`), so the demo has
Victim entities and uncertain pairs waiting on the web's pair review page; the estimate is made
from those victims (`sabt lists clusters`, then `sabt estimate --clusters`) and stored in the
case (with a custody event), so the demo shows an estimate that can be reproduced from its inputs.
"""

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sabt.estimate.histories import from_clusters
from sabt.estimate.lcmcr import LcmcrSettings, lcmcr
from sabt.estimate.store import store
from sabt.ingest.victim_lists import import_list
from sabt.resolve.case_linkage import clusters_frame, link_case, pairs_to_review
from sabt.store.casefolder import CaseFolder

# Short chains keep `make demo` quick; the stored settings say so, and `sabt estimate` reruns
# them with the full defaults.
DEMO_SAMPLER = LcmcrSettings(burn_in=2_000, samples=500, thinning=10, chains=2, seed=1988)
REVIEW_COUNT_LIMIT = 1_000  # more than the demo lists can ever leave uncertain
LIST_FILES = (
    "list-a-families-association.csv",
    "list-b-fa-prisoners-committee.csv",
    "list-c-ngo-partial.csv",
)


@dataclass(frozen=True)
class DemoAnalysis:
    records: int
    clusters: int
    estimate: float
    interval: tuple[float, float]
    estimate_id: int
    pairs_to_review: int


def analyse_demo_lists(case: CaseFolder, actor: str) -> DemoAnalysis:
    folder = resources.files("sabt.demo") / "lists"
    for name in LIST_FILES:
        with resources.as_file(folder / name) as path:
            import_list(case, path, name=Path(name).stem, actor=actor)
    link_case(case, actor=actor)
    clusters = clusters_frame(case)
    table = from_clusters(clusters)
    result = lcmcr(table, DEMO_SAMPLER)
    estimate_id = store(case.path, table, result, actor)
    return DemoAnalysis(
        records=len(clusters),
        clusters=int(clusters["cluster_id"].nunique()),
        estimate=float(result.estimate),
        interval=(float(result.interval[0]), float(result.interval[1])),
        estimate_id=estimate_id,
        pairs_to_review=len(pairs_to_review(case, limit=REVIEW_COUNT_LIMIT)),
    )
