"""Keep each run in the case folder, with its exact input, so a published figure can be redone."""

from __future__ import annotations

from pathlib import Path

from sabt.estimate.histories import CaptureTable
from sabt.estimate.result import EstimateResult
from sabt.model.analysis import Estimate
from sabt.store.casefolder import open_case


def store(case_dir: Path, table: CaptureTable, result: EstimateResult, actor: str) -> int:
    """Save the run as an `Estimate` row and log it in the custody ledger; returns its id."""
    case = open_case(case_dir)
    try:
        with case.session() as session:
            summary: dict[str, float] = {}
            if result.draws is not None:
                summary = {"mean": float(result.draws.mean()), "draws": int(result.draws.size)}
            row = Estimate(
                case_id=case.case_id,
                method=result.method,
                stratum=result.stratum or "",
                lists=list(result.lists),
                input_table=table.rows(),
                settings=result.settings,
                seed=result.settings.get("seed"),
                observed=result.observed,
                estimate=float(result.estimate),
                interval_low=float(result.interval[0]),
                interval_high=float(result.interval[1]),
                level=result.level,
                diagnostics=result.diagnostics,
                samples_summary=summary,
                created_by=actor,
            )
            session.add(row)
            session.flush()
            case.record_event(
                session,
                actor=actor,
                action="estimated",
                object_type="estimate",
                object_id=str(row.id),
                object_hash="",
            )
            return int(row.id)
    finally:
        case.close()
