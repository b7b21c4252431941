"""Importing a victim list: every row kept verbatim, parsed in either calendar, problems marked."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sabt.errors import BadInput, Conflict
from sabt.ingest.victim_lists import guess_mapping, import_list
from sabt.model import CustodyEvent, ListRecord, Source
from sabt.store.casefolder import CaseFolder

PERSIAN_LIST = (  # synthetic rows
    "شماره,نام,نام خانوادگی,نام پدر,تاریخ اعدام,سن,جنسیت\n"
    "1,علی,رضایی‌نژاد,حسن,۱۳۶۷/۰۵/۲۴,۲۵,مرد\n"
    "2,,,,هنوز نه,200,\n"
    "1,مریم,احمدی‌پور,,۱۳۶۷,,زن\n"
)


def _records(case: CaseFolder) -> list[ListRecord]:
    with case.session() as session:
        return list(session.scalars(select(ListRecord).order_by(ListRecord.row_number)))


def test_persian_headers_and_solar_hijri_dates(case: CaseFolder, tmp_path: Path) -> None:
    path = tmp_path / "committee.csv"
    path.write_text(PERSIAN_LIST, "utf-8")
    report = import_list(case, path, name="committee", actor="tester")
    assert report.mapping["نام خانوادگی"] == "family_name"
    assert report.mapping["تاریخ اعدام"] == "event"
    first, bad, second = _records(case)
    assert (first.family_name, first.father_name, first.sex, first.age) == (
        "رضایی‌نژاد",
        "حسن",
        "male",
        25,
    )
    assert (first.event_earliest, first.event_latest) == (date(1988, 8, 15), date(1988, 8, 15))
    assert second.event_earliest == date(1988, 3, 21) and second.event_latest == date(1989, 3, 20)
    assert first.raw["تاریخ اعدام"] == "۱۳۶۷/۰۵/۲۴"
    assert set(bad.problems) >= {"no name", "age not understood: '200'"}
    assert any("not understood" in p and "event" in p for p in bad.problems)
    assert second.problems == ["id '1' also on row 2"]
    assert report.rows == 3 and {n for n, _ in report.problems} == {3, 4}
    with case.session() as session:
        assert session.scalar(select(Source.kind)) == "list"
        assert "list-imported" in set(session.scalars(select(CustodyEvent.action)))


def test_an_unreadable_file_stores_nothing(case: CaseFolder, tmp_path: Path) -> None:
    path = tmp_path / "cp1256.csv"
    path.write_bytes(PERSIAN_LIST.encode("cp1256", errors="replace"))  # a legacy Windows export
    with pytest.raises(BadInput, match="UTF-8"):
        import_list(case, path, name="legacy", actor="tester")
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 0
        assert session.scalar(select(func.count()).select_from(ListRecord)) == 0


def test_the_same_file_is_not_imported_twice(case: CaseFolder, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("id,given_name,family_name\nA1,Reza,Karimi\n")
    import_list(case, path, name="a", actor="tester")
    with pytest.raises(Conflict, match="already imported"):
        import_list(case, path, name="again", actor="tester")
    assert len(_records(case)) == 1


def test_the_mapping_can_be_corrected() -> None:
    columns = ["Nom", "Prénom", "Naissance"]
    assert guess_mapping(columns) == {}
    mapping = guess_mapping(columns, {"Nom": "family_name", "Prénom": "given_name"})
    assert mapping == {"Nom": "family_name", "Prénom": "given_name"}
    with pytest.raises(BadInput, match="unknown field"):
        guess_mapping(columns, {"Nom": "surname"})
    with pytest.raises(BadInput, match="no column"):
        guess_mapping(columns, {"Name": "given_name"})


def test_the_command_prints_each_problem(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SABT_DATABASE_URL"}
    case = tmp_path / "case"
    subprocess.run(
        [sys.executable, "-m", "sabt", "init", str(case)], check=True, env=env, capture_output=True
    )
    path = tmp_path / "committee.csv"
    path.write_text(PERSIAN_LIST, "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sabt",
            "lists",
            "import",
            str(path),
            "--name",
            "committee",
            "--case",
            str(case),
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["rows"] == 3
    assert {"row": 4, "problem": "id '1' also on row 2"} in payload["problems"]
