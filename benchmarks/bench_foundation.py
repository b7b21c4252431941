"""Foundation figures: ingest throughput, `sabt verify` time, search latency, peak memory.

Each phase runs in its own process so its peak memory (ru_maxrss) is its own. Documents are
generated: synthetic English and Persian reports with names, places and figures.
"""

import multiprocessing
import os
import random
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

INGEST_DOCS = int(os.environ.get("SABT_BENCH_INGEST_DOCS", "10000"))
SEARCH_DOCS = int(os.environ.get("SABT_BENCH_SEARCH_DOCS", "100000"))
QUERIES = 200

_EN = [
    "the",
    "of",
    "and",
    "in",
    "was",
    "were",
    "by",
    "to",
    "prison",
    "commission",
    "families",
    "executed",
    "summer",
    "report",
    "witness",
    "grave",
    "list",
    "prosecutor",
    "court",
    "deputy",
    "ministry",
    "intelligence",
    "cemetery",
    "protest",
    "victims",
    "judiciary",
    "transfer",
    "hearing",
]
_FA = "و در به از که را زندان هیئت خانواده اعدام تابستان گزارش شاهد گور فهرست".split()  # noqa: SIM905


def _document(rng: random.Random, number: int) -> str:
    words = _FA if number % 3 == 0 else _EN
    body = " ".join(rng.choice(words) for _ in range(rng.randint(150, 450)))
    return f"Synthetic report {number}\n\n{body} {rng.randint(1000, 99999)}\n"


def _write_documents(folder: Path, count: int) -> int:
    rng = random.Random(7)
    folder.mkdir(parents=True)
    total = 0
    for number in range(count):
        data = _document(rng, number).encode()
        total += len(data)
        (folder / f"doc-{number:06}.txt").write_bytes(data)
    return total


def _phase_ingest(work: Path) -> dict[str, Any]:
    from sabt.ingest.service import Provenance, ingest_paths
    from sabt.store.casefolder import init_case

    size = _write_documents(work / "docs", INGEST_DOCS)
    case = init_case(work / "case")
    started = time.perf_counter()
    summary = ingest_paths(case, [work / "docs"], Provenance("bench"))
    seconds = time.perf_counter() - started
    return {
        "documents": INGEST_DOCS,
        "megabytes": round(size / 1e6, 2),
        "seconds": round(seconds, 2),
        "documents_per_second": round(summary.count("new") / seconds, 1),
        "megabytes_per_second": round(size / 1e6 / seconds, 3),
    }


def _phase_verify(work: Path) -> dict[str, Any]:
    from sabt.store.casefolder import open_case
    from sabt.store.verify import verify_case

    case = open_case(work / "case")
    started = time.perf_counter()
    report = verify_case(case)
    return {
        "blobs": report.blobs_checked,
        "events": report.events_checked,
        "ok": report.ok,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _phase_search(work: Path) -> dict[str, Any]:
    """Fill a case with SEARCH_DOCS sources in bulk (same tables, same normaliser), then query."""
    from sqlalchemy import insert, text

    from sabt.model import Blob, Source
    from sabt.store.casefolder import init_case
    from sabt.store.search import search
    from sabt.text.normalise import normalise_for_search

    case = init_case(work / "search-case")
    rng = random.Random(11)
    started = time.perf_counter()
    batch = 5000
    with case.session() as session:
        for first in range(0, SEARCH_DOCS, batch):
            texts = [_document(rng, n) for n in range(first, min(first + batch, SEARCH_DOCS))]
            shas = [f"{n:064x}" for n in range(first, first + len(texts))]
            session.execute(
                insert(Blob),
                [{"sha256": s, "size": len(t)} for s, t in zip(shas, texts, strict=True)],
            )
            rows = [
                {
                    "case_id": case.case_id,
                    "title": f"doc {first + i}",
                    "blob_sha256": shas[i],
                    "filename": f"doc{first + i}.txt",
                    "media_type": "text/plain",
                    "origin": "bench",
                    "acquired_by": "bench",
                    "text_raw": t,
                    "text_normalised": normalise_for_search(t),
                }
                for i, t in enumerate(texts)
            ]
            session.execute(insert(Source), rows)
        session.execute(
            text(
                "INSERT INTO search_index (source_id, case_id, title, body) "
                "SELECT id, case_id, title, text_normalised FROM sources"
            )
        )
    fill_seconds = time.perf_counter() - started
    latencies = []
    words = _EN + _FA
    with case.session() as session:
        for _ in range(QUERIES):
            query = " ".join(rng.sample(words, rng.choice([1, 2])))
            began = time.perf_counter()
            search(session, case.case_id, query)
            latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    return {
        "documents": SEARCH_DOCS,
        "fill_seconds": round(fill_seconds, 1),
        "queries": QUERIES,
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * len(latencies)) - 1], 2),
        "limit": 20,
    }


def _child(phase: Callable[[Path], dict[str, Any]], work: Path, queue: Any) -> None:
    figures = phase(work)
    figures["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    queue.put(figures)


def _in_process(phase: Callable[[Path], dict[str, Any]], work: Path) -> dict[str, Any]:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_child, args=(phase, work, queue))
    process.start()
    figures: dict[str, Any] = queue.get()
    process.join()
    return figures


def run(work_dir: Path) -> dict[str, Any]:
    os.environ.pop("SABT_DATABASE_URL", None)
    return {
        "ingest": _in_process(_phase_ingest, work_dir),
        "verify": _in_process(_phase_verify, work_dir),
        "search": _in_process(_phase_search, work_dir),
    }
