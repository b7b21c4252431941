"""Where Splink runs its SQL: DuckDB in this process (default) or Spark.

The model (`model.py`) is written once, in SQL both engines read; only the database API differs,
as in Splink itself (`splink.internals.database_api`). DuckDB needs nothing beyond sabt's core
dependencies. Spark is the optional `spark` extra (pyspark and a Java runtime): it is imported only
when asked for, and its absence is a clear error with the remedy, never an import failure of sabt.

The Spark session is local and made cheap for the lists sabt links on one machine: two cores, two
shuffle partitions instead of 200, no web UI, bound to the loopback address (no network), and
intermediate tables kept in memory (`persist`) rather than written to a checkpoint folder. Splink's
bundled similarity JAR gives Spark the same Jaro-Winkler as DuckDB. A cluster is used instead by
starting a session first (`SparkSession.builder.master(...)`): `getOrCreate` then reuses it.
"""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING, Any

from sabt.resolve.errors import BackendUnavailable, BadOption

if TYPE_CHECKING:
    from splink.internals.database_api import DatabaseAPI

BACKENDS = ("duckdb", "spark")

# Settings of the local session; a session already running (a cluster's) keeps its own.
SPARK_LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
}


def check_backend(backend: str) -> None:
    """Refuse a backend name sabt does not know, before any work starts."""
    if backend not in BACKENDS:
        raise BadOption(f"unknown backend {backend!r}", remedy="use duckdb or spark")


def _spark_session() -> Any:
    """The running Spark session, or a cheap local one with Splink's similarity functions."""
    try:
        from pyspark.sql import SparkSession
        from splink.backends.spark import similarity_jar_location
    except ImportError as missing:
        raise BackendUnavailable(f"pyspark is not installed ({missing.name})") from missing
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    if shutil.which("java") is None:
        raise BackendUnavailable("no Java runtime (java) on the PATH")
    # Spark looks up the machine's network address before reading any setting; local work needs
    # only the loopback one (and a hostname that resolves elsewhere would cost a DNS wait).
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.master("local[2]").appName("sabt-linkage")
    for key, value in {**SPARK_LOCAL_CONF, "spark.jars": similarity_jar_location()}.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def database_api(backend: str) -> DatabaseAPI[Any]:
    """A fresh Splink database API on `backend` ("duckdb" or "spark")."""
    check_backend(backend)
    if backend == "duckdb":
        from splink import DuckDBAPI

        return DuckDBAPI()
    session = _spark_session()
    from splink.backends.spark import SparkAPI

    return SparkAPI(spark_session=session, break_lineage_method="persist")  # type: ignore[no-untyped-call]
