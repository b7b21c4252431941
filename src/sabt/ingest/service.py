"""Ingest: originals into the blob store, Sources into the database, events into the ledger.

Each file is one unit of work: its bytes are made durable first, then its Source, search entry and
custody event are committed together. A crash at any moment leaves either a complete source or
none (at worst an unused blob, which re-running the ingest takes up), and re-ingesting the same
bytes adds a custody event, never a second source.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from sabt.errors import SabtError
from sabt.ingest.errors import TooLarge
from sabt.ingest.files import Candidate, collect
from sabt.ingest.formats import DEFAULT_MAX_BYTES, extract_text
from sabt.ingest.language import detect_language
from sabt.model import Blob, Source
from sabt.store.casefolder import CaseFolder
from sabt.store.search import index_source
from sabt.text.normalise import normalise_for_search

Status = Literal["new", "known", "failed"]


@dataclass(frozen=True)
class IngestOutcome:
    path: str
    status: Status
    source_id: int | None = None
    sha256: str | None = None
    message: str = ""


@dataclass
class IngestSummary:
    outcomes: list[IngestOutcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)


@dataclass(frozen=True)
class Provenance:
    """Who acquired the files, and from where (a path, or the URL given with --origin)."""

    actor: str
    origin: str | None = None
    kind: str = "document"


def ingest_paths(
    case: CaseFolder,
    paths: Sequence[Path],
    provenance: Provenance,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    try:
        for candidate in collect(paths):
            outcome = _ingest_candidate(case, candidate, provenance, max_bytes)
            summary.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    finally:
        case.checkpoint()
    return summary


def _ingest_candidate(
    case: CaseFolder, candidate: Candidate, provenance: Provenance, max_bytes: int
) -> IngestOutcome:
    if candidate.refusal is not None:
        return IngestOutcome(candidate.display, "failed", message=str(candidate.refusal))
    try:
        return ingest_file(
            case, candidate.path, provenance, max_bytes=max_bytes, display=candidate.display
        )
    except SabtError as error:
        return IngestOutcome(candidate.display, "failed", message=str(error))
    except OSError as error:
        return IngestOutcome(candidate.display, "failed", message=f"cannot read: {error.strerror}")


def ingest_file(
    case: CaseFolder,
    path: Path,
    provenance: Provenance,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    display: str | None = None,
    filename: str | None = None,
    title: str | None = None,
) -> IngestOutcome:
    """Ingest one file; raises SabtError if it is refused (nothing is stored then)."""
    display = display or str(path)
    filename = filename or path.name
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(size, max_bytes)
    data = path.read_bytes()
    extracted = extract_text(data, filename, max_bytes=max_bytes)
    stored = case.blobs.put_bytes(data)
    origin = provenance.origin or str(path.resolve())
    with case.session() as session:
        existing = session.scalar(
            select(Source).where(
                Source.case_id == case.case_id, Source.blob_sha256 == stored.sha256
            )
        )
        if existing is not None:
            case.record_event(
                session,
                actor=provenance.actor,
                action="re-ingested",
                object_type="source",
                object_id=str(existing.id),
                object_hash=stored.sha256,
                detail={"origin": origin, "filename": filename},
            )
            return IngestOutcome(display, "known", existing.id, stored.sha256)
        if session.get(Blob, stored.sha256) is None:
            session.add(Blob(sha256=stored.sha256, size=stored.size))
        source = Source(
            case_id=case.case_id,
            kind=provenance.kind,
            title=title or extracted.title or Path(filename).stem,
            blob_sha256=stored.sha256,
            filename=filename,
            media_type=extracted.media_type,
            origin=origin,
            acquired_by=provenance.actor,
            language=detect_language(extracted.text) if extracted.text else "und",
            text_raw=extracted.text,
            text_normalised=normalise_for_search(extracted.text),
            extraction_note=extracted.note,
        )
        session.add(source)
        session.flush()
        index_source(session, source)
        case.record_event(
            session,
            actor=provenance.actor,
            action="ingested",
            object_type="source",
            object_id=str(source.id),
            object_hash=stored.sha256,
            detail={"origin": origin, "filename": filename, "size": stored.size},
        )
        return IngestOutcome(display, "new", source.id, stored.sha256)
