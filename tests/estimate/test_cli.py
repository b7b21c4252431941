"""`sabt estimate` end to end: JSON shape, strata, plots, refusals and storage in a case."""

import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from sabt import cli
from sabt.model.analysis import Estimate

from .conftest import REFERENCE

cli._register_all()
runner = CliRunner()
KEYS = {"method", "lists", "observed", "estimate", "interval", "level", "diagnostics", "settings"}


def kosovo() -> Path:
    path = REFERENCE / "kosovo_1999.csv"
    if not path.exists():
        pytest.skip(f"reference table not found at {path}")
    return path


def test_loglinear_json_and_plot(tmp_path: Path) -> None:
    png = tmp_path / "profile.png"
    out = runner.invoke(
        cli.app, ["estimate", str(kosovo()), "--method", "loglinear", "--json", "--plot", str(png)]
    )
    assert out.exit_code == 0, out.output
    payload = json.loads(out.stdout)
    assert payload.keys() >= KEYS
    assert payload["observed"] == 4400 and payload["level"] == 0.95
    assert payload["interval"][0] < payload["estimate"] < payload["interval"][1]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_strata_print_one_object_each(tmp_path: Path) -> None:
    rows = [{"A": 1, "B": 1, "region": "north"}] * 30 + [{"A": 1, "B": 0, "region": "north"}] * 20
    rows += [{"A": 0, "B": 1, "region": "north"}] * 25 + [{"A": 1, "B": 1, "region": "south"}] * 10
    rows += [{"A": 1, "B": 0, "region": "south"}] * 5 + [{"A": 0, "B": 1, "region": "south"}] * 8
    table = tmp_path / "people.csv"
    pd.DataFrame(rows).to_csv(table, index=False)
    out = runner.invoke(
        cli.app, ["estimate", str(table), "--method", "chapman", "--json", "--strata", "region"]
    )
    assert out.exit_code == 0, out.output
    payload = json.loads(out.stdout)
    assert [p["stratum"] for p in payload] == ["north", "south"]
    assert [p["observed"] for p in payload] == [75, 23]


def test_clusters_input(tmp_path: Path) -> None:
    clusters = tmp_path / "CLUSTERS.csv"
    rows = []
    for i in range(60):
        lists = ["X", "Y"] if i < 20 else (["X"] if i < 45 else ["Y"])
        rows += [{"list": name, "record_id": f"{name}{i}", "cluster_id": f"c{i}"} for name in lists]
    pd.DataFrame(rows).to_csv(clusters, index=False)
    out = runner.invoke(
        cli.app, ["estimate", "--clusters", str(clusters), "--method", "chapman", "--json"]
    )
    assert out.exit_code == 0, out.output
    payload = json.loads(out.stdout)
    assert payload["lists"] == ["X", "Y"] and payload["observed"] == 60


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("A,B,count\n1,2,3\n", "only 0 or 1"),
        ("A,B,count\n1,0,-3\n0,1,2\n", "negative"),
        ("A,B,count\n0,0,3\n1,1,2\n", "every list 0"),
        ("count\n3\n", "no list columns"),
        ("A,count\n1,3\n", "at least 2 lists"),
        ("A,B,C,count\n1,0,0,3\n0,1,1,2\n", "exactly 2 lists"),
    ],
)
def test_bad_input_exits_1_with_one_line(tmp_path: Path, content: str, message: str) -> None:
    table = tmp_path / "bad.csv"
    table.write_text(content)
    out = runner.invoke(cli.app, ["estimate", str(table), "--method", "chapman"])
    assert out.exit_code == 1
    assert message in str(out.exception)


def test_run_is_stored_in_the_case(tmp_path: Path) -> None:
    from sabt.store.casefolder import init_case, open_case

    init_case(tmp_path / "case").close()
    out = runner.invoke(
        cli.app,
        [
            "estimate",
            str(kosovo()),
            "--method",
            "loglinear",
            "--json",
            "--case",
            str(tmp_path / "case"),
        ],
    )
    assert out.exit_code == 0, out.output
    case = open_case(tmp_path / "case")
    with case.session() as session:
        rows = session.scalars(select(Estimate)).all()
        assert len(rows) == 1
        assert rows[0].method == "loglinear" and rows[0].observed == 4400
        assert len(rows[0].input_table) == 15
    case.close()
