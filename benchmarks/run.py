"""Run every `benchmarks/bench_*.py` module and write each one's figures as JSON.

A benchmark module exposes `run(work_dir: Path) -> dict[str, Any]`; it measures on data it makes
itself (inside `work_dir`) and returns the figures to report. `--only NAME` runs one of them.
"""

import argparse
import json
import tempfile
import time
from importlib import import_module
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    for name in names:
        if args.only and name.removeprefix("bench_") not in args.only and name not in args.only:
            continue
        module = import_module(f"benchmarks.{name}")
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"sabt-{name}-") as work:
            figures = module.run(Path(work))
        figures["wall_seconds_total"] = round(time.perf_counter() - started, 2)
        path = args.out / f"{name}.json"
        path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        print(f"{name}: {json.dumps(figures, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
