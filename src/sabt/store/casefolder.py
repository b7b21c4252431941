"""A case folder: `case.json`, `sabt.db`, `blobs/`, `ledger/` and `keys/`, self-contained.

Backing a case up is copying its folder; `sabt verify` proves the copy is whole. With
`SABT_DATABASE_URL` set, the rows live on a shared PostgreSQL server while originals, ledger
checkpoints and keys stay in the folder.
"""

import json
import re
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from sabt.errors import Conflict, NotFound
from sabt.model import Case, CustodyEvent
from sabt.store.blobs import BlobStore
from sabt.store.db import NO_FSYNC, READING, database_url, make_engine, migrate
from sabt.store.durable import write_atomically
from sabt.store.ledger import Checkpoint, Ledger
from sabt.store.signing import create_signing_key, load_signing_key

CASE_FILE = "case.json"


@dataclass
class CaseFolder:
    path: Path
    engine: Engine
    case_id: int
    slug: str
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _unsynced: sessionmaker[Session] = field(init=False, repr=False)
    _readers: sessionmaker[Session] = field(init=False, repr=False)
    _writer: AbstractContextManager[Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._unsynced = sessionmaker(
            self.engine.execution_options(**{NO_FSYNC: True}), expire_on_commit=False
        )
        sqlite = self.engine.dialect.name == "sqlite"
        # SQLite admits one writer: this process's threads queue for it here, served in turn,
        # rather than in SQLite's busy handler, which polls with sleeps of up to 100 ms.
        self._writer = threading.RLock() if sqlite else nullcontext()
        reading: dict[str, Any] = {READING: True}
        if not sqlite:
            reading["postgresql_readonly"] = True
        self._readers = sessionmaker(
            self.engine.execution_options(**reading), expire_on_commit=False
        )

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.path / "blobs")

    @property
    def ledger(self) -> Ledger:
        return Ledger(self.path / "ledger", self.case_id)

    def signing_key(self) -> Ed25519PrivateKey:
        return load_signing_key(self.path / "keys")

    @contextmanager
    def session(self, *, fsync: bool = True) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        Its commit waits until the disk has it (survives a power cut). With `fsync=False` it is
        safe when the process dies, but a power or system crash may lose it, though never while
        keeping anything committed after it (SQLite `synchronous=NORMAL` in WAL, PostgreSQL
        `synchronous_commit=off`): for records written on every request, such as audited reads.
        """
        with self._writer, (self._sessions if fsync else self._unsynced).begin() as session:
            if not fsync and self.engine.dialect.name == "postgresql":
                session.execute(text("SET LOCAL synchronous_commit TO OFF"))
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: sees one snapshot, never waits for a writer, writes nothing.

        For what only reads (page contexts, sign-in checks); a write attempted in it raises.
        """
        with self._readers.begin() as session:
            yield session

    def record_event(self, session: Session, **fields: Any) -> CustodyEvent:
        return self.ledger.append(session, **fields)

    def checkpoint(self) -> Checkpoint | None:
        with self.session() as session:
            return self.ledger.checkpoint(session, self.signing_key())

    def close(self) -> None:
        self.engine.dispose()


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "case"


def init_case(path: Path, *, title: str | None = None) -> CaseFolder:
    """Create a new case folder (refusing to overwrite one) and its database."""
    path = path.resolve()
    if (path / CASE_FILE).exists():
        raise Conflict(f"{path} is already a case folder", remedy="choose another folder")
    if path.exists() and any(path.iterdir()):
        raise Conflict(f"{path} is not empty", remedy="choose an empty or new folder")
    title = title or path.name
    for name in ("blobs", "ledger"):
        (path / name).mkdir(parents=True, exist_ok=True)
    create_signing_key(path / "keys", path / "ledger")
    engine = make_engine(database_url(path))
    migrate(engine)
    slug = _slug(title)
    with engine.begin() as connection:
        session = Session(bind=connection)
        taken = {row for row in session.scalars(select(Case.slug))}
        unique = slug
        suffix = 1
        while unique in taken:
            suffix += 1
            unique = f"{slug}-{suffix}"
        case = Case(slug=unique, title=title)
        session.add(case)
        session.flush()
        case_id = case.id
    write_atomically(
        path / CASE_FILE,
        (json.dumps({"slug": unique, "title": title, "format": 1}, indent=2) + "\n").encode(),
    )
    folder = CaseFolder(path, engine, case_id, unique)
    folder.checkpoint()
    return folder


def open_case(path: Path) -> CaseFolder:
    """Open an existing case folder, bringing its schema up to date."""
    path = path.resolve()
    try:
        meta = json.loads((path / CASE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise NotFound(
            f"{path} is not a sabt case folder",
            remedy="run `sabt init DIR` or pass --case DIR (or set SABT_CASE)",
        ) from error
    engine = make_engine(database_url(path))
    migrate(engine)
    with Session(engine) as session:
        case_id = session.scalar(select(Case.id).where(Case.slug == meta["slug"]))
    if case_id is None:
        raise NotFound(
            f"the database has no case {meta['slug']!r}",
            remedy="check SABT_DATABASE_URL points at this case's database",
        )
    return CaseFolder(path, engine, case_id, meta["slug"])
