"""More SIGKILL trials than CI runs: the crash-safety test with `SABT_CRASH_TRIALS` raised."""

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TRIALS = int(os.environ.get("SABT_BENCH_CRASH_TRIALS", "150"))


def run(work_dir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/store/test_crash.py",
            "--basetemp",
            str(work_dir / "pytest"),
        ],
        env={**os.environ, "SABT_CRASH_TRIALS": str(TRIALS)},
        capture_output=True,
        text=True,
    )
    return {
        "trials": TRIALS,
        "passed": result.returncode == 0,
        "seconds": round(time.perf_counter() - started, 1),
        "summary": result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "",
    }
