"""`sabt link` / `sabt dedupe`: the CSV contract other tools rely on, and one-line refusals."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.resolve.defaults import DEFAULT_THRESHOLD
from sabt.resolve.errors import ListUnreadable, NoNameColumns

_register_all()


def _sabt(*args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from sabt.cli import main; sys.argv = ['sabt', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)


def test_link_writes_pairs_and_every_record_in_clusters(
    lists: dict[str, Path], tmp_path: Path
) -> None:
    pairs_csv, clusters_csv = tmp_path / "pairs.csv", tmp_path / "clusters.csv"
    args = ["link", str(lists["amnesty"]), str(lists["hrw"]), "--out", str(pairs_csv)]
    result = CliRunner().invoke(app, [*args, "--clusters", str(clusters_csv)])
    assert result.exit_code == 0, result.output
    pairs = pd.read_csv(pairs_csv, dtype=str)
    clusters = pd.read_csv(clusters_csv, dtype=str)
    assert list(pairs.columns) == [
        "left_list",
        "left_id",
        "right_list",
        "right_id",
        "match_probability",
    ]
    assert list(clusters.columns) == ["list", "record_id", "cluster_id"]
    assert sorted(zip(clusters["list"], clusters["record_id"], strict=True)) == sorted(
        [("amnesty", f"a{i}") for i in range(1, 5)] + [("hrw", f"h{i}") for i in range(1, 5)]
    )
    linked = set(zip(pairs["left_id"], pairs["right_id"], strict=True))
    assert {("a1", "h1"), ("a2", "h2"), ("a3", "h3")} <= linked
    assert set(pairs["left_list"]) | set(pairs["right_list"]) <= {"amnesty", "hrw"}
    assert (pairs["match_probability"].astype(float) >= DEFAULT_THRESHOLD).all()


def test_map_renames_columns(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("code,prenom,nom\n1,Ali,Rezaei\n2,Reza,Ahmadi\n")
    (tmp_path / "b.csv").write_text("code,prenom,nom\nx,Ali,Rezaei\n")
    out = tmp_path / "p.csv"
    args = ["link", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--out", str(out)]
    maps = ["--map", "code=id", "--map", "prenom=given_name", "--map", "nom=family_name"]
    result = CliRunner().invoke(app, [*args, *maps])
    assert result.exit_code == 0, result.output
    pairs = pd.read_csv(out, dtype=str)
    assert list(zip(pairs["left_id"], pairs["right_id"], strict=True)) == [("1", "x")]


def test_dedupe_gives_every_record_a_cluster(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text(
        "id,given_name,family_name,father_name,birth_year\n"
        "1,Ali,Rezaei,Karim,1955\n2,Ali,Rezaei,Karim,1955\n3,Reza,Ahmadi,Hassan,1970\n"
    )
    out = tmp_path / "c.csv"
    result = CliRunner().invoke(app, ["dedupe", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    clusters = pd.read_csv(out, dtype=str)
    assert list(clusters.columns) == ["list", "record_id", "cluster_id"]
    assert set(clusters["list"]) == {"one"}
    by_id = dict(zip(clusters["record_id"], clusters["cluster_id"], strict=True))
    assert by_id["1"] == by_id["2"] != by_id["3"]


def test_missing_file_is_one_line_error(lists: dict[str, Path], tmp_path: Path) -> None:
    done = _sabt("link", str(lists["amnesty"]), str(tmp_path / "nope.csv"), "--out", "x.csv")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "not found: nope.csv" in done.stderr


def test_unknown_backend_refused_clearly(lists: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    done = _sabt("dedupe", str(lists["amnesty"]), "--out", str(out), "--backend", "oracle")
    assert done.returncode == 1
    assert "unknown backend 'oracle'" in done.stderr
    assert "use duckdb or spark" in done.stderr
    assert not out.exists()


def test_no_name_columns_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,age\n1,30\n")
    result = CliRunner().invoke(app, ["dedupe", str(path), "--out", str(tmp_path / "c.csv")])
    assert isinstance(result.exception, NoNameColumns)
    assert "no name column" in str(result.exception)


def test_unreadable_encoding_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,given_name\n1,Al\xee\n".encode("utf-16"))
    result = CliRunner().invoke(app, ["dedupe", str(path), "--out", str(tmp_path / "c.csv")])
    assert isinstance(result.exception, ListUnreadable)
    assert "not UTF-8" in str(result.exception)
