"""Crash safety: an ingest killed with SIGKILL at random moments loses nothing it acknowledged.

Each trial starts `sabt ingest --json` on a folder, kills it after a random delay, then checks
that the case verifies, that every source the process acknowledged is there, and that a later
ingest completes the work without duplicates. `SABT_CRASH_TRIALS` sets the number of trials.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sabt.model import Source
from sabt.store.casefolder import init_case, open_case
from sabt.store.verify import verify_case

TRIALS = int(os.environ.get("SABT_CRASH_TRIALS", "50"))
FILES = 60


def _ingest_command(docs: Path, case: Path) -> list[str]:
    return [sys.executable, "-m", "sabt", "ingest", str(docs), "--case", str(case), "--json"]


def _acknowledged(stdout: bytes) -> dict[str, str]:
    """Source sha256 → status for every complete JSON line the process printed before dying."""
    acknowledged = {}
    for line in stdout.decode(errors="replace").splitlines():
        try:
            outcome = json.loads(line)
        except ValueError:
            continue  # the line the kill cut short
        if outcome["status"] in {"new", "known"}:
            acknowledged[outcome["sha256"]] = outcome["status"]
    return acknowledged


@pytest.mark.slow
def test_ingest_survives_sigkill_at_random_moments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(FILES):
        (docs / f"report-{number:03}.md").write_text(
            f"# Synthetic report {number}\n\n" + f"Paragraph {number}. " * (50 + number)
        )
    case_dir = tmp_path / "case"
    init_case(case_dir).close()

    started = time.perf_counter()
    subprocess.run(_ingest_command(docs, tmp_path / "not-a-case"), capture_output=True)
    startup = time.perf_counter() - started
    rng = random.Random(1988)
    partial_trials = 0
    for trial in range(TRIALS):
        if trial and trial % 2 == 0:  # every other trial resumes the case the last one left
            case_dir = tmp_path / f"case{trial}"
            init_case(case_dir).close()
        process = subprocess.Popen(
            _ingest_command(docs, case_dir), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert process.stdout is not None
        if rng.random() < 0.2:  # killed while starting up or opening the case
            time.sleep(rng.uniform(0, startup))
            first = b""
        else:  # killed after a random number of files, somewhere inside the next one
            first = b"".join(process.stdout.readline() for _ in range(rng.randrange(FILES)))
            time.sleep(rng.uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate()
        stdout = first + rest

        case = open_case(case_dir)
        report = verify_case(case)
        assert report.ok, f"trial {trial}: {report.problems}"
        with case.session() as session:
            stored_list = list(session.scalars(select(Source.blob_sha256)))
        stored = set(stored_list)
        assert len(stored) == len(stored_list), f"trial {trial}: duplicate sources"
        acknowledged = _acknowledged(stdout)
        partial_trials += 0 < len(acknowledged) < FILES
        missing = set(acknowledged) - stored
        assert not missing, f"trial {trial}: acknowledged sources lost: {missing}"
        case.close()

    assert partial_trials >= TRIALS // 5, "too few kills landed in the middle of an ingest"
    finished = subprocess.run(_ingest_command(docs, case_dir), capture_output=True)
    assert finished.returncode == 0, finished.stderr.decode()
    case = open_case(case_dir)
    assert verify_case(case).ok
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == FILES
        assert session.scalar(select(func.count(func.distinct(Source.blob_sha256)))) == FILES
    case.close()
