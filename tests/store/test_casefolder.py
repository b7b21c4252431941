import json
import stat
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sabt.errors import Conflict, NotFound
from sabt.store.casefolder import CaseFolder, init_case, open_case


def test_init_creates_a_self_contained_folder(case: CaseFolder) -> None:
    for name in (
        "case.json",
        "blobs",
        "ledger",
        "keys/case_ed25519.pem",
        "ledger/case_ed25519.pub",
    ):
        assert (case.path / name).exists(), name
    assert json.loads((case.path / "case.json").read_text())["slug"] == case.slug
    assert stat.S_IMODE((case.path / "keys").stat().st_mode) == 0o700
    assert stat.S_IMODE((case.path / "keys" / "case_ed25519.pem").stat().st_mode) == 0o600


def test_sqlite_runs_in_wal_with_full_sync(sqlite_case: CaseFolder) -> None:
    with sqlite_case.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (sqlite_case.path / "sabt.db").exists()


def test_open_finds_the_same_case(case: CaseFolder) -> None:
    reopened = open_case(case.path)
    assert (reopened.case_id, reopened.slug) == (case.case_id, case.slug)
    reopened.close()


def test_init_refuses_an_existing_case_or_a_non_empty_folder(
    case: CaseFolder, tmp_path: Path
) -> None:
    with pytest.raises(Conflict, match="already a case folder"):
        init_case(case.path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    with pytest.raises(Conflict, match="not empty"):
        init_case(busy)
    assert (busy / "notes.txt").read_text() == "keep me"


def test_open_names_the_remedy_for_a_folder_that_is_not_a_case(tmp_path: Path) -> None:
    with pytest.raises(NotFound) as error:
        open_case(tmp_path)
    assert "sabt init" in str(error.value)


def test_two_cases_share_a_database_without_mixing(case: CaseFolder, tmp_path: Path) -> None:
    """On PostgreSQL several case folders share one database; each sees and verifies its own."""
    from sabt.ingest.service import Provenance, ingest_paths
    from sabt.store.search import search
    from sabt.store.verify import verify_case

    other = init_case(tmp_path / "other", title="Another case")
    (tmp_path / "mine.txt").write_text("Evidence only the first case holds.")
    (tmp_path / "theirs.txt").write_text("Evidence only the second case holds.")
    ingest_paths(case, [tmp_path / "mine.txt"], Provenance("tester"))
    ingest_paths(other, [tmp_path / "theirs.txt"], Provenance("tester"))
    assert verify_case(case).ok and verify_case(other).ok
    with case.session() as session:
        assert [hit.title for hit in search(session, case.case_id, "evidence")] == ["mine"]
    other.close()


def test_reading_refuses_a_write_and_keeps_nothing(case: CaseFolder) -> None:
    with pytest.raises(DBAPIError), case.reading() as session:
        session.execute(text("UPDATE cases SET title = 'changed'"))
    with case.reading() as session:
        assert session.scalar(text("SELECT title FROM cases")) != "changed"


def test_reading_does_not_wait_for_an_open_write(sqlite_case: CaseFolder) -> None:
    with sqlite_case.session() as writing:
        writing.execute(text("UPDATE cases SET title = 'not yet committed'"))
        started = time.perf_counter()
        with sqlite_case.reading() as reading:
            seen = reading.scalar(text("SELECT title FROM cases"))
        waited = time.perf_counter() - started
    assert seen != "not yet committed"  # the reader sees the last committed state
    assert waited < 5  # a writer's lock would hold a second writer for the 30 s busy timeout


def test_a_session_without_fsync_commits_in_normal_sync_and_the_next_is_full(
    sqlite_case: CaseFolder,
) -> None:
    with sqlite_case.session(fsync=False) as session:
        assert session.scalar(text("PRAGMA synchronous")) == 1  # NORMAL: in the WAL, no fsync
        session.execute(text("UPDATE cases SET title = 'kept'"))
    with sqlite_case.session() as session:
        assert session.scalar(text("PRAGMA synchronous")) == 2  # FULL again on the next
    with sqlite_case.reading() as session:
        assert session.scalar(text("SELECT title FROM cases")) == "kept"
