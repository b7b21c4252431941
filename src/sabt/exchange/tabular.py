"""Writers for the tabular export formats: JSON lines, CSV and Parquet.

JSON lines keeps nested values (an entity's names, a violation's parties) as JSON; CSV and Parquet
are flat, so a nested value becomes one column holding its JSON text, which any reader can parse
back. Files are written next to their destination and renamed into place, so a failed export never
leaves half a file where a previous export was.
"""

import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sabt.errors import BadInput
from sabt.exchange.records import Row

FORMATS = ("jsonl", "csv", "parquet")


def format_for(out: Path, given: str | None) -> str:
    """The format named, else the one the file's suffix names."""
    chosen = given or out.suffix.lstrip(".").lower()
    if chosen not in FORMATS:
        raise BadInput(
            f"unknown export format {chosen!r}",
            remedy=f"use --format {'|'.join(FORMATS)} or a file ending in one of them",
        )
    return chosen


def _flat(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _columns(rows: Sequence[Row], columns: Sequence[str]) -> list[str]:
    return list(columns) or (list(rows[0]) if rows else [])


def jsonl_bytes(rows: Sequence[Row]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def csv_bytes(rows: Sequence[Row], columns: Sequence[str] = ()) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheets open Persian and Arabic text correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_columns(rows, columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def _write_parquet(rows: Sequence[Row], columns: Sequence[str], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = _columns(rows, columns)
    arrays = {name: [_flat(row.get(name)) for row in rows] for name in names}
    table = pa.table(
        {name: pa.array(values, type=_arrow_type(values)) for name, values in arrays.items()}
    )
    pq.write_table(table, path)


def _arrow_type(values: list[Any]) -> Any:
    """A column's type from its values; all-empty columns become strings, not nulls."""
    import pyarrow as pa

    present = [v for v in values if v is not None]
    if not present:
        return pa.string()
    if all(isinstance(v, bool) for v in present):
        return pa.bool_()
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.int64()
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pa.float64()
    return pa.string()


def write_rows(rows: Sequence[Row], fmt: str, out: Path, columns: Sequence[str] = ()) -> int:
    """Write `rows` to `out` in `fmt`; returns the number of bytes written."""
    out = out.resolve()
    if out.is_dir():
        raise BadInput(f"{out} is a folder", remedy="give a file name with --out")
    if not out.parent.is_dir():
        raise BadInput(f"the folder {out.parent} does not exist", remedy="create it first")
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=".sabt-export-")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if fmt == "jsonl":
                handle.write(jsonl_bytes(rows))
            elif fmt == "csv":
                handle.write(csv_bytes(rows, columns))
        if fmt == "parquet":
            _write_parquet(rows, columns, temp)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out.stat().st_size
