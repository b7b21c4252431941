"""`sabt verify` must catch every kind of tampering, each tried many times at random places."""

import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from sabt.ingest.grading import evaluate_source
from sabt.ingest.service import Provenance, ingest_paths
from sabt.store.casefolder import CaseFolder, open_case
from sabt.store.verify import verify_case

TRIALS = 12


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One case with sources, re-ingests and grades, copied afresh for every trial."""
    from sabt.store.casefolder import init_case

    root = tmp_path_factory.mktemp("pristine")
    docs = root / "docs"
    docs.mkdir()
    for number in range(8):
        (docs / f"doc{number}.txt").write_text(
            f"Synthetic test report {number}: " + "word " * number
        )
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SABT_DATABASE_URL", raising=False)
        case = init_case(root / "case")
        ingest_paths(case, [docs], Provenance("tester"))
        ingest_paths(case, [docs / "doc1.txt"], Provenance("tester"))
        evaluate_source(case, "2", actor="tester", reliability="C", credibility=3)
        case.close()
    yield root / "case"


def _trial(pristine: Path, tmp_path: Path, number: int) -> CaseFolder:
    target = tmp_path / f"trial{number}"
    shutil.copytree(pristine, target)
    return open_case(target)


def _problems(case: CaseFolder) -> list[str]:
    try:
        return verify_case(case).problems
    finally:
        case.close()


def test_an_untouched_case_verifies(
    pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
    report = verify_case(_trial(pristine, tmp_path, 0))
    assert report.ok, report.problems
    assert (report.blobs_checked, report.events_checked) == (8, 10)


def _flip_blob_byte(case: CaseFolder, rng: random.Random) -> None:
    sha = rng.choice(sorted(case.blobs.all_hashes()))
    path = case.blobs.path_of(sha)
    data = bytearray(path.read_bytes())
    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.chmod(0o644)
    path.write_bytes(bytes(data))


def _swap_blobs(case: CaseFolder, rng: random.Random) -> None:
    first, second = rng.sample(sorted(case.blobs.all_hashes()), 2)
    a, b = case.blobs.path_of(first), case.blobs.path_of(second)
    a.chmod(0o644)
    b.chmod(0o644)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)


def _flip_event_byte(case: CaseFolder, rng: random.Random) -> None:
    column = rng.choice(["entry", "actor", "action", "object_id", "object_hash", "leaf_hash"])
    with case.engine.begin() as connection:
        rows = connection.execute(text(f"SELECT id, {column} FROM custody_events")).all()
        row_id, value = rng.choice([row for row in rows if row[1]])
        position = rng.randrange(len(value))
        replacement = chr(ord(value[position]) ^ (1 << rng.randrange(5)))
        changed = value[:position] + replacement + value[position + 1 :]
        connection.execute(
            text(f"UPDATE custody_events SET {column} = :v WHERE id = :id"),
            {"v": changed, "id": row_id},
        )


def _flip_checkpoint_byte(case: CaseFolder, rng: random.Random) -> None:
    path = case.ledger.checkpoints_path
    data = bytearray(path.read_bytes())
    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _delete_event(case: CaseFolder, rng: random.Random) -> None:
    with case.engine.begin() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM custody_events"))]
        connection.execute(
            text("DELETE FROM custody_events WHERE id = :id"), {"id": rng.choice(ids)}
        )


def _insert_event(case: CaseFolder, rng: random.Random) -> None:
    """A forged event slipped into the history, later events renumbered to make room."""
    with case.engine.begin() as connection:
        count = connection.execute(text("SELECT count(*) FROM custody_events")).scalar_one()
        at = rng.randrange(count)
        connection.execute(
            text("UPDATE custody_events SET seq = seq + 1000 WHERE seq >= :at"), {"at": at}
        )
        connection.execute(text("UPDATE custody_events SET seq = seq - 999 WHERE seq >= 1000"))
        connection.execute(
            text(
                "INSERT INTO custody_events (case_id, seq, at, actor, action, object_type,"
                " object_id, object_hash, entry, leaf_hash)"
                " SELECT case_id, :at, at, 'forger', action, object_type, object_id,"
                " object_hash, entry, leaf_hash FROM custody_events"
                " WHERE seq = :next"
            ),
            {"at": at, "next": at + 1},
        )


def _reorder_events(case: CaseFolder, rng: random.Random) -> None:
    with case.engine.begin() as connection:
        count = connection.execute(text("SELECT count(*) FROM custody_events")).scalar_one()
        first, second = rng.sample(range(count), 2)
        connection.execute(text("UPDATE custody_events SET seq = -1 WHERE seq = :a"), {"a": first})
        connection.execute(
            text("UPDATE custody_events SET seq = :a WHERE seq = :b"), {"a": first, "b": second}
        )
        connection.execute(text("UPDATE custody_events SET seq = :b WHERE seq = -1"), {"b": second})


TAMPERINGS: dict[str, Callable[[CaseFolder, random.Random], None]] = {
    "blob byte flipped": _flip_blob_byte,
    "blobs swapped": _swap_blobs,
    "event byte flipped": _flip_event_byte,
    "checkpoint byte flipped": _flip_checkpoint_byte,
    "event deleted": _delete_event,
    "event inserted": _insert_event,
    "events reordered": _reorder_events,
}


@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_every_tampering_is_detected(
    name: str, pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
    rng = random.Random(name)
    for number in range(TRIALS):
        case = _trial(pristine, tmp_path, number)
        TAMPERINGS[name](case, rng)
        assert _problems(case), f"{name}: trial {number} went unnoticed"
