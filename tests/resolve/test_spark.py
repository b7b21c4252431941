"""`--backend spark`: Splink on a local Spark session gives what DuckDB gives, or a clear refusal.

The comparison runs the real command line twice on the same lists, once per backend, and needs
pyspark and a Java runtime (the `spark` extra; CI installs both). It skips without them.
"""

import shutil
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from splink.internals.database_api import DatabaseAPI
from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.resolve import model
from sabt.resolve.api import link_lists
from sabt.resolve.backends import database_api
from sabt.resolve.errors import BackendUnavailable

_register_all()


def _link(lists: dict[str, Path], out_dir: Path, backend: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    pairs, clusters = out_dir / f"pairs-{backend}.csv", out_dir / f"clusters-{backend}.csv"
    files = [str(lists[name]) for name in ("amnesty", "hrw", "persian")]
    args = ["link", *files, "--out", str(pairs), "--clusters", str(clusters)]
    result = CliRunner().invoke(app, [*args, "--backend", backend])
    assert result.exit_code == 0, result.output
    return pd.read_csv(pairs, dtype=str), pd.read_csv(clusters, dtype=str)


def test_spark_gives_the_pairs_and_clusters_duckdb_gives(
    lists: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    engines: list[str] = []

    def recorded(backend: str) -> DatabaseAPI[Any]:
        api = database_api(backend)
        engines.append(type(api).__name__)
        return api

    monkeypatch.setattr(model, "database_api", recorded)
    duck_pairs, duck_clusters = _link(lists, tmp_path, "duckdb")
    assert set(engines) == {"DuckDBAPI"}
    engines.clear()
    spark_pairs, spark_clusters = _link(lists, tmp_path, "spark")
    assert set(engines) == {"SparkAPI"}  # the second run went through Spark, not DuckDB again
    ids = ["left_list", "left_id", "right_list", "right_id"]
    assert len(duck_pairs) >= 5  # the lists hold five cross-list twins and a Persian triple
    pd.testing.assert_frame_equal(spark_pairs[ids], duck_pairs[ids])
    assert spark_pairs["match_probability"].astype(float).to_numpy() == pytest.approx(
        duck_pairs["match_probability"].astype(float).to_numpy(), abs=1e-4
    )
    pd.testing.assert_frame_equal(spark_clusters, duck_clusters)


def test_missing_pyspark_is_refused_with_the_remedy(monkeypatch: pytest.MonkeyPatch) -> None:
    # As if pyspark were not installed: importing it, or any module in it, raises ImportError.
    for name in ["pyspark", *(m for m in sys.modules if m.startswith("pyspark."))]:
        monkeypatch.setitem(sys.modules, name, None)
    one = pd.DataFrame({"id": ["1", "2"], "given_name": ["Ali", "Ali"], "family_name": ["R", "R"]})
    with pytest.raises(BackendUnavailable) as refused:
        link_lists({"one": one}, backend="spark")
    assert "pyspark is not installed" in str(refused.value)
    assert "sabt[spark]" in refused.value.remedy
