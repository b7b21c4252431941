"""The case-matrix page (/matrix?suspect=…) and its API twin (/api/v1/matrix), one context.

Without a suspect the page lists the people who have evidence linked to them; with one, it shows
the matrix as `sabt matrix show` does: gaps first, then crime → element → evidence, each piece
with its sources' grades and the number of independent origins.
"""

from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sabt.legal.matrix import find_suspect
from sabt.legal.matrix_view import suspect_matrix
from sabt.model import Entity
from sabt.model.legal import EvidenceLink
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock
from sabt.web.context import Params, _case
from sabt.web.pages import Page, add_pages


def _suspects(session: Session, case_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Entity.id, Entity.canonical_name, func.count(EvidenceLink.id))
        .join(EvidenceLink, EvidenceLink.suspect_id == Entity.id)
        .where(EvidenceLink.case_id == case_id, EvidenceLink.withdrawn_at.is_(None))
        .group_by(Entity.id, Entity.canonical_name)
        .order_by(Entity.canonical_name)
    )
    return [{"id": i, "name": name, "links": n} for i, name, n in rows]


def matrix_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """The case matrix for `suspect` (name or id): gaps first, then crime → element → evidence."""
    ref = params.get("suspect", "").strip()
    matrix = None
    if ref:
        matrix = suspect_matrix(session, case.case_id, find_suspect(session, case.case_id, ref))
    return {
        "case": _case(case, session),
        "query": ref,
        "suspects": _suspects(session, case.case_id),
        "matrix": matrix,
    }


MATRIX = Page(
    "/matrix", "/api/v1/matrix", "matrix.html", "matrix.read", matrix_context, query=("suspect",)
)


def add_matrix_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    add_pages(app, case, clock, (MATRIX,))
