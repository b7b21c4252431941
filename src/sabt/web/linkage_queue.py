"""How many linkage pairs wait for a person: the figure the dashboard and the pair queue show.

A pair waits when the last linkage run left it uncertain (its probability inside
`REVIEW_BAND`) and nobody has judged it yet, the same rule `case_linkage.pairs_to_review` walks.
The stored pairs file is read with the csv module, so counting never loads the linkage service
(pandas, Splink): the dashboard stays as quick on its first request as on later ones.
"""

import csv

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Judgement
from sabt.resolve.defaults import LINKAGE_DIR, PAIRS_FILE, REVIEW_BAND
from sabt.store.casefolder import CaseFolder


def pairs_waiting(case: CaseFolder, session: Session) -> int:
    """Uncertain pairs of the last linkage run without a judgement (0 if never linked)."""
    path = case.path / LINKAGE_DIR / PAIRS_FILE
    if not path.is_file():
        return 0
    judged = {
        (left, right)
        for left, right in session.execute(
            select(Judgement.left_id, Judgement.right_id).where(Judgement.case_id == case.case_id)
        )
    }
    low, high = REVIEW_BAND
    with path.open(newline="", encoding="utf-8") as pairs:
        return sum(
            low <= float(row["match_probability"]) <= high
            and (int(row["left_id"]), int(row["right_id"])) not in judged
            for row in csv.DictReader(pairs)
        )
