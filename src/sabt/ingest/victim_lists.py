"""Import a victim list into a case: the file kept as a Source, every row kept as a ListRecord.

Each row is stored verbatim beside the fields parsed from it. A row that cannot be parsed well
(no name, a date that is not a date, an id used twice, text that looks mis-encoded) is kept with
its problems marked, never dropped: the list as the collector gave it is evidence too.
"""

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select

from sabt.errors import BadInput, Conflict
from sabt.ingest.service import Provenance, ingest_file
from sabt.ingest.tables import read_table
from sabt.model import ListRecord, Source
from sabt.store.casefolder import CaseFolder
from sabt.text.dates import parse_date

FIELDS = (
    "id",
    "given_name",
    "family_name",
    "father_name",
    "sex",
    "birth",
    "event",
    "place",
    "age",
    "affiliation",
)
_SEXES = {
    "m": "male",
    "male": "male",
    "man": "male",
    "مرد": "male",
    "f": "female",
    "female": "female",
    "woman": "female",
    "زن": "female",
}
# Latin-1 read of UTF-8 Persian leaves runs of Ø and Ù; U+FFFD marks bytes a reader gave up on.
_MOJIBAKE = re.compile("[ØÙÛ][\u0080-\u00bf]|\ufffd")


@dataclass
class ImportReport:
    list_name: str
    source_id: int
    mapping: dict[str, str]
    rows: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)


def _key(header: str) -> str:
    return re.sub(r"[\s_\-\u200c']+", "", header).casefold()


@cache
def _synonyms() -> dict[str, str]:
    text = (resources.files("sabt.ingest") / "list_columns.yaml").read_text("utf-8")
    return {_key(h): name for name, headers in yaml.safe_load(text).items() for h in headers}


def guess_mapping(columns: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Column → field, from the headers (English or Persian), then the user's `--map` choices."""
    mapping: dict[str, str] = {}
    for column in columns:
        guessed = _synonyms().get(_key(column))
        if guessed and guessed not in mapping.values():
            mapping[column] = guessed
    for column, target in (overrides or {}).items():
        if target not in FIELDS:
            raise BadInput(
                f"unknown field {target!r} in --map", remedy="use one of: " + ", ".join(FIELDS)
            )
        if column not in columns:
            raise BadInput(f"the list has no column {column!r}", remedy="check the header row")
        mapping = {c: f for c, f in mapping.items() if f != target and c != column}
        mapping[column] = target
    return mapping


def _parse_row(raw: dict[str, str], mapping: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    cells = {target: raw.get(column, "").strip() for column, target in mapping.items()}
    parsed: dict[str, Any] = {
        "record_key": cells.get("id", ""),
        "given_name": cells.get("given_name", ""),
        "family_name": cells.get("family_name", ""),
        "father_name": cells.get("father_name", ""),
        "place": cells.get("place", ""),
        "affiliation": cells.get("affiliation", ""),
        "sex": _SEXES.get(cells.get("sex", "").casefold(), ""),
    }
    problems = []
    if not parsed["given_name"] and not parsed["family_name"]:
        problems.append("no name")
    for target, prefix in (("birth", "birth"), ("event", "event")):
        value = cells.get(target, "")
        if value:
            found = parse_date(value)
            if found is None:
                problems.append(f"{target} date not understood: {value!r}")
            else:
                parsed[f"{prefix}_earliest"], parsed[f"{prefix}_latest"] = (
                    found.earliest,
                    found.latest,
                )
    age = cells.get("age", "")
    if age:
        digits = age.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        if digits.isdigit() and 0 < int(digits) < 120:
            parsed["age"] = int(digits)
        else:
            problems.append(f"age not understood: {age!r}")
    if parsed["sex"] == "" and cells.get("sex"):
        problems.append(f"sex not understood: {cells['sex']!r}")
    if any(_MOJIBAKE.search(value) for value in raw.values()):
        problems.append("text looks mis-encoded (check the file's encoding)")
    return parsed, problems


def _refuse_reimport(case: CaseFolder, path: Path) -> None:
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    with case.session() as session:
        rows = session.scalar(
            select(func.count())
            .select_from(ListRecord)
            .join(Source, Source.id == ListRecord.source_id)
            .where(Source.case_id == case.case_id, Source.blob_sha256 == sha256)
        )
    if rows:
        raise Conflict(
            f"{path.name} is already imported ({rows} rows)",
            remedy="see `sabt sources`; import a corrected file as a new list",
        )


def import_list(
    case: CaseFolder,
    path: Path,
    *,
    name: str,
    actor: str,
    overrides: dict[str, str] | None = None,
) -> ImportReport:
    table = read_table(path)  # refuses an unreadable file before anything is stored
    columns = [str(c) for c in table.columns]
    mapping = guess_mapping(columns, overrides)
    if not {"given_name", "family_name"} & set(mapping.values()):
        raise BadInput(
            f"no name column recognised among: {', '.join(columns)}",
            remedy="name it with --map COLUMN=given_name or COLUMN=family_name",
        )
    _refuse_reimport(case, path)
    outcome = ingest_file(case, path, Provenance(actor, kind="list"), title=f"List: {name}")
    assert outcome.source_id is not None
    report = ImportReport(name, outcome.source_id, mapping)
    seen_ids: dict[str, int] = {}
    with case.session() as session:
        for number, row in enumerate(table.to_dict(orient="records"), start=2):
            raw = {str(k): str(v) for k, v in row.items()}
            parsed, problems = _parse_row(raw, mapping)
            key = parsed["record_key"]
            if key and key in seen_ids:
                problems.append(f"id {key!r} also on row {seen_ids[key]}")
            seen_ids.setdefault(key, number)
            report.problems += [(number, problem) for problem in problems]
            session.add(
                ListRecord(
                    case_id=case.case_id,
                    source_id=outcome.source_id,
                    list_name=name,
                    row_number=number,
                    raw=raw,
                    problems=problems,
                    **parsed,
                )
            )
            report.rows += 1
        case.record_event(
            session,
            actor=actor,
            action="list-imported",
            object_type="source",
            object_id=str(outcome.source_id),
            object_hash=outcome.sha256 or "",
            detail={
                "list": name,
                "rows": report.rows,
                "rows_with_problems": len({n for n, _ in report.problems}),
                "mapping": mapping,
            },
        )
    case.checkpoint()
    return report
