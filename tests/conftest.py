"""Shared fixtures: real case folders on a real SQLite file and, when configured, PostgreSQL.

`SABT_TEST_DATABASE_URL` names a PostgreSQL server (CI sets it); each test that uses it gets a
database of its own, created for the test and dropped after, so tests can run in parallel.
"""

import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import sabt.cli as entry_point
from sabt.security.keys import KEY_ENV
from sabt.store.casefolder import CaseFolder, init_case

TEST_DATABASE_ENV = "SABT_TEST_DATABASE_URL"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Run the test on SQLite, and on a fresh PostgreSQL database if one is configured."""
    if request.param == "sqlite":
        monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
        yield "sqlite"
        return
    server = os.environ.get(TEST_DATABASE_ENV)
    if not server:
        pytest.skip(f"{TEST_DATABASE_ENV} is not set (no PostgreSQL server for this run)")
    name = f"sabt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    monkeypatch.setenv(
        "SABT_DATABASE_URL",
        make_url(server).set(database=name).render_as_string(hide_password=False),
    )
    try:
        yield "postgresql"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def case(tmp_path: Path, database_backend: str) -> Iterator[CaseFolder]:
    """A new, empty case folder on each backend."""
    folder = init_case(tmp_path / "case", title="Test case")
    yield folder
    folder.close()


@pytest.fixture
def sqlite_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaseFolder]:
    """A new case folder on SQLite only, for tests about files rather than the database."""
    monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
    folder = init_case(tmp_path / "case", title="Test case")
    yield folder
    folder.close()


Sabt = Callable[..., tuple[int, str, str]]
_registered: list[bool] = []


@pytest.fixture
def sabt(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> Sabt:
    """Run `sabt ARGS` through the real entry point in this process: (status, stdout, stderr).

    In-process rather than a subprocess per command only to keep the tests fast; output is
    captured at the file-descriptor level, as a terminal would receive it. The commands are
    registered once per process: `main()` registers them on every call, and a Typer app given the
    same commands again and again grows slower with each run.
    """
    if not _registered:
        entry_point._register_all()
        _registered.append(True)
    monkeypatch.setattr(entry_point, "_register_all", lambda: None)
    monkeypatch.setenv("SABT_ACTOR", "tester")
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    if "database_backend" not in request.fixturenames:  # else the backend's database stays
        monkeypatch.delenv("SABT_DATABASE_URL", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        capfd.readouterr()
        monkeypatch.setattr(sys, "argv", ["sabt", *args])
        try:
            entry_point.main()
            status = 0
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capfd.readouterr()
        return status, out, err

    return run
