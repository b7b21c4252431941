"""Shared fixtures: real case folders on a real SQLite file and, when configured, PostgreSQL.

`SABT_TEST_DATABASE_URL` names a PostgreSQL server (CI sets it); each test that uses it gets a
database of its own, created for the test and dropped after, so tests can run in parallel.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

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
