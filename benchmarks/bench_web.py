"""Web load: `sabt serve` over a case of 100,000 documents, driven by locust on loopback.

At 10 and 50 simulated users (each about one request a second) over the dashboard, the sources
list, a source page and search in Latin and Persian script, pages and API twins alike: requests
per second, p50/p95/p99 latency per kind of request and overall, errors, and the server's
memory. Aim: p95 ≤ 300 ms and p99 ≤ 1 s at 50 requests/s, no errors.
"""

import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

DOCUMENTS = int(os.environ.get("SABT_BENCH_WEB_DOCS", "100000"))
SECONDS = int(os.environ.get("SABT_BENCH_WEB_SECONDS", "40"))
USERS = (10, 50)
LOCUSTFILE = Path(__file__).with_name("web_locustfile.py")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _memory_mb(pid: int) -> dict[str, float]:
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return {
        name: round(int(fields[key].split()[0]) / 1024, 1)
        for name, key in (("rss_mb", "VmRSS"), ("peak_rss_mb", "VmHWM"))
    }


def _figures(row: dict[str, str]) -> dict[str, Any]:
    return {
        "requests": int(row["Request Count"]),
        "errors": int(row["Failure Count"]),
        "requests_per_second": round(float(row["Requests/s"]), 1),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
    }


def _load(base: str, users: int, env: dict[str, str], out: Path) -> dict[str, Any]:
    prefix = out / f"locust-{users}"
    command = [
        *(sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless"),
        *("-u", str(users), "-r", str(users), "-t", f"{SECONDS}s", "--host", base),
        *("--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"),
    ]
    subprocess.run(command, env=env, check=False, capture_output=True, timeout=SECONDS + 120)
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    overall = rows.pop("Aggregated")
    return {
        "users": users,
        **_figures(overall),
        "by_request": {name: _figures(row) for name, row in sorted(rows.items())},
    }


def run(work_dir: Path) -> dict[str, Any]:
    from benchmarks.web_case import build_case
    from sabt.security import accounts

    started = time.perf_counter()
    case, ingested = build_case(work_dir, DOCUMENTS)
    with case.session() as session:
        accounts.create_user(session, "bench", role="viewer", case_id=case.case_id)
        token = accounts.create_token(session, "bench", "load benchmark")
    build_seconds = time.perf_counter() - started
    case.close()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "SABT_DATABASE_URL"}
    server = subprocess.Popen(
        [sys.executable, "-m", "sabt", "serve", "--case", str(case.path), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/login", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        bulk = [1, DOCUMENTS // 2, DOCUMENTS]
        env |= {
            "SABT_BENCH_TOKEN": token,
            "SABT_BENCH_SOURCE_IDS": ",".join(str(i) for i in [*ingested, *bulk]),
            "SABT_BENCH_LIST_PAGES": str(DOCUMENTS // 100),
        }
        loads = [_load(base, users, env, work_dir) for users in USERS]
        memory = _memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    return {
        "documents": DOCUMENTS,
        "build_seconds": round(build_seconds, 1),
        "seconds_per_load": SECONDS,
        "loads": loads,
        "server_memory": memory,
    }
