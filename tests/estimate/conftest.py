"""Shared fixtures: the reference tables from R live in shared/ beside the checkout."""

from pathlib import Path

import pandas as pd
import pytest

from sabt.estimate.histories import CaptureTable, from_frame

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "reference" / "lcmcr"


def reference_table(name: str) -> CaptureTable:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"reference table not found at {path} (expected shared/ beside the checkout)")
    return from_frame(pd.read_csv(path))
