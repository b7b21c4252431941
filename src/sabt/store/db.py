"""Database engines for a case: SQLite in the case folder by default, PostgreSQL when configured.

SQLite runs in WAL mode with `synchronous=FULL`, so an acknowledged write survives a power cut;
writes take the lock up front (`BEGIN IMMEDIATE`) so two writers queue instead of failing halfway.
A connection opened with the `READING` execution option begins a plain deferred transaction
instead, with `query_only` set: in WAL mode it neither waits for the writer nor blocks it, and a
write attempted through it fails instead of slipping through. One opened with `NO_FSYNC` commits
with `synchronous=NORMAL`: the commit is in the WAL file, safe if the process dies, but not yet
fsync'd, so a power cut can lose it; it is never lost while a later write is kept, since the
next fsync'd commit or checkpoint makes the WAL file durable up to its own frames.
"""

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DATABASE_URL_ENV = "SABT_DATABASE_URL"
_ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
READING = "sabt_reading"  # execution option: this connection only reads (see CaseFolder.reading)
NO_FSYNC = "sabt_no_fsync"  # execution option: commit without waiting for the disk (see above)


def database_url(case_dir: Path) -> str:
    """The case's database: `SABT_DATABASE_URL` if set, else `sabt.db` inside the folder."""
    configured = os.environ.get(DATABASE_URL_ENV)
    if configured:
        return configured
    return f"sqlite:///{(case_dir / 'sabt.db').resolve()}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below take effect
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        reading = bool(options.get(READING))
        connection.exec_driver_sql(f"PRAGMA query_only={int(reading)}")
        connection.exec_driver_sql(
            f"PRAGMA synchronous={'NORMAL' if options.get(NO_FSYNC) else 'FULL'}"
        )
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if make_url(url).get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    config = Config(str(_ALEMBIC_INI))
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
