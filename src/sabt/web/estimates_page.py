"""Stored estimates of the total number of victims, with their intervals, and each one's plot.

An estimate is never shown as a count: each row says "estimated", gives its interval first-class
beside the point value, and keeps the observed (named) number apart. The plot is drawn on request
by `sabt.estimate.plot` from the stored figures (observed, estimate, interval) and kept in
memory by the estimate's figures, since a stored estimate never changes.
"""

import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import NotFound
from sabt.model import Estimate
from sabt.security.policy import Resource, require
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock, identify
from sabt.web.context import Params
from sabt.web.openapi import RowId
from sabt.web.pages import Page, add_pages

_PLOTTING = threading.Lock()  # pyplot keeps global state: one figure at a time


def _interval_end(value: float) -> float | None:
    return None if value == float("inf") else round(value, 2)


def _described(row: Estimate) -> dict[str, Any]:
    return {
        "id": row.id,
        "method": row.method,
        "stratum": row.stratum,
        "lists": list(row.lists),
        "observed": row.observed,
        "estimated_total": round(row.estimate, 2),
        "interval": {
            "low": _interval_end(row.interval_low),
            "high": _interval_end(row.interval_high),
            "level": row.level,
        },
        "settings": row.settings,
        "seed": row.seed,
        "diagnostics": row.diagnostics,
        "created_by": row.created_by,
        "created_at": row.created_at.isoformat(),
        "plot_url": f"/api/v1/estimates/{row.id}/plot",
    }


def estimates_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Stored estimates (estimated totals with intervals, never counts), newest first."""
    rows = session.scalars(
        select(Estimate).where(Estimate.case_id == case.case_id).order_by(Estimate.id.desc())
    )
    return {"estimates": [_described(row) for row in rows]}


ESTIMATES = Page(
    "/estimates", "/api/v1/estimates", "estimates.html", "estimate.read", estimates_context
)


@lru_cache(maxsize=64)
def _png(figures: tuple[Any, ...]) -> bytes:
    """The PNG of an estimate's figures; a stored estimate never changes, so it is cached."""
    from sabt.estimate.plot import plot
    from sabt.estimate.result import EstimateResult

    method, lists, observed, estimate, low, high, level, stratum = figures
    result = EstimateResult(
        method=method,
        lists=list(lists),
        observed=observed,
        estimate=estimate,
        interval=(low, high),
        level=level,
        stratum=stratum or None,
    )
    with _PLOTTING, tempfile.TemporaryDirectory(prefix="sabt-plot-") as folder:
        return plot(result, Path(folder) / "plot.png").read_bytes()


def add_estimate_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:
    add_pages(app, case, clock, (ESTIMATES,))

    def png(request: Request, estimate_id: RowId) -> Response:
        principal = identify(request, case, clock)
        resource = Resource(case.case_id, "estimate", str(estimate_id))
        require(case, principal.actor, "estimate.read", resource)
        with case.session() as session:
            row = session.scalar(
                select(Estimate).where(Estimate.case_id == case.case_id, Estimate.id == estimate_id)
            )
            if row is None:
                raise NotFound(f"no estimate {estimate_id} in this case", remedy="see /estimates")
            figures = (
                row.method,
                tuple(row.lists),
                row.observed,
                row.estimate,
                row.interval_low,
                row.interval_high,
                row.level,
                row.stratum,
            )
        body = _png(figures)
        return Response(
            body, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"}
        )

    app.add_api_route(
        "/api/v1/estimates/{estimate_id}/plot",
        png,
        methods=["GET"],
        summary="The plot of a stored estimate (PNG): observed, estimated total and its interval.",
        response_class=Response,
        responses={200: {"content": {"image/png": {"schema": {"type": "string"}}}}},
    )
