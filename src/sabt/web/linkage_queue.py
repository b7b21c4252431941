"""How many linkage pairs wait for a person: the figure the dashboard and the pair queue show.

A pair waits when the last linkage run left it uncertain (its probability inside
`case_linkage.REVIEW_BAND`) and nobody has judged it yet, the same rule `pairs_to_review` walks.
The linkage service (pandas, Splink) loads on the first call, not when the web app starts.
"""

from sqlalchemy.orm import Session

from sabt.errors import NotFound
from sabt.store.casefolder import CaseFolder


def pairs_waiting(case: CaseFolder, session: Session) -> int:
    """Uncertain pairs of the last linkage run without a judgement (0 if never linked)."""
    from sabt.resolve.case_linkage import REVIEW_BAND, latest_judgements, stored_pairs

    try:
        pairs = stored_pairs(case)
    except NotFound:
        return 0
    low, high = REVIEW_BAND
    uncertain = pairs[pairs.match_probability.between(low, high)]
    judged = latest_judgements(session, case)
    return sum(
        (int(left), int(right)) not in judged
        for left, right in zip(uncertain.left_id, uncertain.right_id, strict=True)
    )
