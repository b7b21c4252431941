"""Exchange figures: bundle export, standalone verification and import; table exports.

A case of generated documents (synthetic text, no real person) with claims on each is bundled
whole, verified from the zip alone, imported into a second case and imported again (idempotent),
and its claims are exported in each tabular format.
"""

import os
import time
from pathlib import Path
from typing import Any

SOURCES = int(os.environ.get("SABT_BENCH_BUNDLE_SOURCES", "500"))
CLAIMS_PER_SOURCE = 20


def _timed(work: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, round(time.perf_counter() - started, 3)


def _make_case(work_dir: Path) -> Any:
    from sabt.ingest.service import Provenance, ingest_paths
    from sabt.model import Claim
    from sabt.store.casefolder import init_case

    docs = work_dir / "docs"
    docs.mkdir()
    for n in range(SOURCES):
        body = f"Synthetic report {n}: the commission met; about {n * 7} prisoners were moved. "
        (docs / f"report-{n:05d}.txt").write_text(body * 20, "utf-8")
    case = init_case(work_dir / "case", title="Bundle benchmark")
    summary = ingest_paths(case, [docs], Provenance("bench", "generated"))
    ids = [o.source_id for o in summary.outcomes if o.source_id is not None]
    with case.session() as session:
        for source_id in ids:
            for k in range(CLAIMS_PER_SOURCE):
                session.add(
                    Claim(
                        case_id=case.case_id, subject_text="prisoners", property="moved",
                        value_low=k, value_high=k, source_id=source_id,
                        excerpt=f"about {k} prisoners were moved", attributed_to="the report",
                        created_by="bench",
                    )
                )  # fmt: skip
    return case


def run(work_dir: Path) -> dict[str, Any]:
    from sabt.exchange.bundle_import import import_bundle
    from sabt.exchange.bundle_verify import verify_bundle
    from sabt.exchange.bundle_write import write_bundle
    from sabt.exchange.records import claim_rows
    from sabt.exchange.tabular import write_rows
    from sabt.store.casefolder import init_case

    os.environ.pop("SABT_DATABASE_URL", None)
    case = _make_case(work_dir)
    out = work_dir / "bundle.zip"
    summary, export_s = _timed(lambda: write_bundle(case, out, select_terms=["all"], actor="b"))
    report, verify_s = _timed(lambda: verify_bundle(out))
    assert report.ok, report.problems[:3]
    second = init_case(work_dir / "second", title="Receiving case")
    first, import_s = _timed(lambda: import_bundle(second, out, actor="b"))
    again, reimport_s = _timed(lambda: import_bundle(second, out, actor="b"))
    assert len(first.new_sources) == SOURCES and not again.added_anything
    with case.session() as session:
        rows, read_s = _timed(lambda: claim_rows(session, case.case_id))
    tables = {}
    for fmt in ("jsonl", "csv", "parquet"):
        _, seconds = _timed(lambda fmt=fmt: write_rows(rows, fmt, work_dir / f"claims.{fmt}"))
        tables[f"claims_{fmt}_seconds"] = seconds
    case.close()
    second.close()
    return {
        "sources": SOURCES,
        "claims": summary.claims,
        "custody_events_proved": summary.events,
        "bundle_bytes": out.stat().st_size,
        "export_bundle_seconds": export_s,
        "verify_bundle_seconds": verify_s,
        "import_bundle_seconds": import_s,
        "reimport_bundle_seconds": reimport_s,
        "claims_read_seconds": read_s,
        **tables,
    }
