"""Conflicting claims: the same property of the same subject, stated with values that cannot both
be true, shown with both sides so that the reader weighs them instead of seeing one number.

Two claims conflict when their values cannot overlap: numeric ranges that do not intersect ("at
least 5,000" meets 30,000; exactly 4,482 does not), or different entities or texts for the same
property. Agreeing and overlapping claims are not conflicts, however different they look.
"""

from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Claim

_OPEN_ABOVE = ("at_least", "more_than", "over")
_OPEN_BELOW = ("at_most", "less_than", "under")


def _range(claim: Claim) -> tuple[float, float] | None:
    if claim.value_low is None:
        return None
    high = claim.value_high if claim.value_high is not None else claim.value_low
    if claim.qualifier in _OPEN_ABOVE:
        return claim.value_low, float("inf")
    if claim.qualifier in _OPEN_BELOW:
        return float("-inf"), high
    return claim.value_low, high


def _value(claim: Claim) -> str:
    if claim.value_entity_id is not None:
        return f"entity:{claim.value_entity_id}"
    return " ".join(claim.value_text.casefold().split())


def in_conflict(a: Claim, b: Claim) -> bool:
    """True when the two claims' values cannot both hold."""
    ra, rb = _range(a), _range(b)
    if ra is not None and rb is not None:
        return ra[1] < rb[0] or rb[1] < ra[0]
    return _value(a) != _value(b)


def conflicting_claims(
    session: Session, case_id: int, subjects: set[int]
) -> list[tuple[Claim, Claim]]:
    """Pairs of accepted claims about these subjects that conflict, grouped by property."""
    if not subjects:
        return []
    claims = list(
        session.scalars(
            select(Claim)
            .where(
                Claim.case_id == case_id,
                Claim.subject_entity_id.in_(subjects),
                Claim.review_status == "accepted",
            )
            .order_by(Claim.subject_entity_id, Claim.property, Claim.id)
        )
    )
    return [
        (a, b)
        for a, b in combinations(claims, 2)
        if (a.subject_entity_id, a.property) == (b.subject_entity_id, b.property)
        and in_conflict(a, b)
    ]
