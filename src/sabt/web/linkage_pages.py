"""Linkage pair review on the web: two victim-list records side by side, a person decides.

The queue and the decision are `sabt.resolve.case_linkage` (`pairs_to_review`, `judge`), the same
service as `sabt lists review`, so the web and the command line append the same Judgement rows:
append-only, the latest on a pair counts, and the next `sabt lists link` obeys and learns from it.
Each pair is a plain form (works without JavaScript, carries the CSRF token) with same / different
/ unsure and a reason; a small script adds j/k to move and s/d/u to decide.
"""

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock
from sabt.web.context import Params, _case
from sabt.web.forms import Change, add_form_post
from sabt.web.linkage_queue import pairs_waiting
from sabt.web.pages import Page, add_pages

if TYPE_CHECKING:
    from sabt.resolve.case_linkage import PairToReview

DEFAULT_LIMIT, MAX_LIMIT = 20, 200  # pairs shown at once; the rest wait their turn
MAX_RECORD_ID = 2**31 - 1  # larger ids cannot name a row (and would overflow PostgreSQL's integer)
DECIDE_URL = "/review/pairs"


def _limit(params: Params) -> int:
    text = params.get("limit", "") or str(DEFAULT_LIMIT)
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise BadInput(f"limit {text!r} is not a number from 1 to {MAX_LIMIT}")
    return int(text)


def _pair(pair: "PairToReview") -> dict[str, Any]:
    """Both records in full (parsed fields and the raw row verbatim) and the model's probability."""
    left, right = asdict(pair.left), asdict(pair.right)
    return {
        "probability": round(pair.probability, 4),
        "left": left,
        "right": right,
        "columns": list(dict.fromkeys([*left["raw"], *right["raw"]])),  # raw columns of either
    }


def pairs_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Linkage pairs the model is least sure about, most informative first, side by side."""
    from sabt.resolve.case_linkage import VERDICTS, pairs_to_review

    limit = _limit(params)
    try:
        pairs, linked = pairs_to_review(case, limit), True
    except NotFound:  # the lists were never linked: nothing to review yet
        pairs, linked = [], False
    return {
        "case": _case(case, session),
        "linked": linked,
        "waiting": pairs_waiting(case, session),
        "limit": limit,
        "verdicts": list(VERDICTS),
        "decide_url": DECIDE_URL,
        "pairs": [_pair(pair) for pair in pairs],
    }


PAIRS = Page(
    "/review/pairs",
    "/api/v1/review/pairs",
    "linkage_review.html",
    "source.review",
    pairs_context,
    audited=True,  # victim-list rows are protected data: each read is on record
    query=("limit",),
)


def _record_id(values: dict[str, str], name: str) -> int:
    text = values[name]
    if not text.isdigit() or not 1 <= int(text) <= MAX_RECORD_ID:
        raise BadInput(f"{name} {text!r} is not a list record id", remedy="give a record's number")
    return int(text)


def _judging(case: CaseFolder) -> Change:
    def change(
        session: Session, case_id: int, values: dict[str, str], username: str
    ) -> dict[str, Any]:
        """Append the decision through `judge`, which works in a unit of its own."""
        from sabt.resolve.case_linkage import judge

        left, right = _record_id(values, "left_id"), _record_id(values, "right_id")
        actor = f"user:{username}"
        judgement_id = judge(case, left, right, values["verdict"], values["reason"], actor)
        return {
            "judgement_id": judgement_id,
            "left_id": min(left, right),
            "right_id": max(left, right),
            "verdict": values["verdict"],
            "reason": values["reason"],
            "decided_by": actor,
        }

    return change


def add_linkage_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    add_pages(app, case, clock, (PAIRS,))
    add_form_post(
        app,
        case,
        clock,
        page=PAIRS,
        path=DECIDE_URL,
        fields=("left_id", "right_id", "verdict", "reason"),
        action="source.review",
        change=_judging(case),
        summary="Judge two list records: same, different or unsure, with a reason (appended).",
    )
