"""`sabt verify`: prove that a case folder is whole, or name every way in which it is not.

It re-hashes every original, rebuilds every leaf of the custody log from its event, recomputes the
Merkle tree, checks each signed checkpoint against it and against the one before, and checks that
every source has the custody events that account for it.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from sabt.errors import SabtError
from sabt.model import Blob, CustodyEvent, Source
from sabt.store import merkle
from sabt.store.canonical import canonical_json
from sabt.store.casefolder import CaseFolder
from sabt.store.ledger import Checkpoint, event_entry
from sabt.store.signing import load_public_key, load_signing_key, public_key_bytes

Progress = Callable[[int], None]


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blobs_checked: int = 0
    events_checked: int = 0
    checkpoints_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_case(case: CaseFolder, progress: Progress | None = None) -> VerifyReport:
    report = VerifyReport()
    with case.session() as session:
        blobs = list(  # on a shared server, only the originals of this case's sources
            session.scalars(
                select(Blob)
                .where(
                    Blob.sha256.in_(
                        select(Source.blob_sha256).where(Source.case_id == case.case_id)
                    )
                )
                .order_by(Blob.sha256)
            )
        )
        events = list(
            session.scalars(
                select(CustodyEvent)
                .where(CustodyEvent.case_id == case.case_id)
                .order_by(CustodyEvent.seq, CustodyEvent.id)
            )
        )
        sources = list(session.scalars(select(Source).where(Source.case_id == case.case_id)))
    _check_blobs(case, blobs, report, progress)
    leaves = _check_events(events, report)
    _check_checkpoints(case, leaves, report)
    _check_objects(sources, events, {blob.sha256 for blob in blobs}, report)
    return report


def _check_blobs(
    case: CaseFolder, blobs: list[Blob], report: VerifyReport, progress: Progress | None
) -> None:
    known = set()
    for blob in blobs:
        known.add(blob.sha256)
        actual = case.blobs.rehash(blob.sha256)
        if actual is None:
            report.problems.append(f"blob {blob.sha256}: the original is missing")
        elif actual != blob.sha256:
            report.problems.append(f"blob {blob.sha256}: its bytes no longer match its SHA-256")
        report.blobs_checked += 1
        if progress:
            progress(1)
    for name in case.blobs.all_hashes():
        if name not in known:
            report.notes.append(
                f"blob {name} is stored but no source uses it (interrupted ingest?)"
            )


def _check_events(events: list[CustodyEvent], report: VerifyReport) -> list[bytes]:
    """Rebuild each leaf from its event; the leaves returned are the recomputed ones."""
    leaves: list[bytes] = []
    for position, event in enumerate(events):
        report.events_checked += 1
        label = f"custody event #{event.seq}"
        if event.seq != position:
            report.problems.append(
                f"{label}: found at position {position} (events deleted, inserted or reordered)"
            )
        try:
            entry = json.loads(event.entry)
            expected = canonical_json(event_entry(event, entry.get("detail", {})))
        except (ValueError, AttributeError, TypeError):
            report.problems.append(f"{label}: its recorded entry is not valid JSON")
            leaves.append(merkle.leaf_hash(event.entry.encode(errors="replace")))
            continue
        if expected != event.entry:
            report.problems.append(f"{label}: its fields differ from the entry it was logged with")
        leaf = merkle.leaf_hash(event.entry.encode())
        if leaf.hex() != event.leaf_hash:
            report.problems.append(f"{label}: its leaf hash does not match its entry")
        leaves.append(leaf)
    return leaves


def _check_checkpoints(case: CaseFolder, leaves: list[bytes], report: VerifyReport) -> None:
    try:
        public = load_public_key(case.path / "ledger")
    except (OSError, ValueError, SabtError):
        report.problems.append("ledger: the case public key is missing or unreadable")
        return
    try:
        if public_key_bytes(load_signing_key(case.path / "keys").public_key()) != public_key_bytes(
            public
        ):
            report.problems.append("ledger: the public key does not belong to the case key")
    except (SabtError, ValueError):
        report.notes.append("keys/: the private key is not here; checked with the public key")
    previous: Checkpoint | None = None
    for number, line in enumerate(case.ledger.read_checkpoints(), start=1):
        label = f"checkpoint {number}"
        try:
            checkpoint = Checkpoint.from_line(line)
        except (ValueError, KeyError, TypeError):
            report.problems.append(f"{label}: unreadable")
            continue
        if checkpoint.to_line() != line:
            report.problems.append(f"{label}: not in the form it was written in")
        report.checkpoints_checked += 1
        if not checkpoint.signed_by(public, case.case_id):
            report.problems.append(f"{label}: the signature does not verify")
        if checkpoint.size > len(leaves):
            report.problems.append(
                f"{label}: covers {checkpoint.size} events but the log has {len(leaves)}"
            )
            continue
        if merkle.root_hash(leaves[: checkpoint.size]) != checkpoint.root:
            report.problems.append(f"{label}: the log's root at size {checkpoint.size} differs")
        if previous is not None:
            _check_succession(previous, checkpoint, leaves, label, report)
        previous = checkpoint
    if previous is None:
        report.problems.append("ledger: no checkpoint found")
    elif previous.size < len(leaves):
        report.notes.append(
            f"{len(leaves) - previous.size} events after the last checkpoint (signed next time)"
        )


def _check_succession(
    previous: Checkpoint, current: Checkpoint, leaves: list[bytes], label: str, report: VerifyReport
) -> None:
    if current.size < previous.size or current.time < previous.time:
        report.problems.append(f"{label}: goes back in size or time from the one before")
        return
    proof = merkle.consistency_proof(previous.size, leaves[: current.size])
    try:
        merkle.verify_consistency(previous.size, current.size, previous.root, current.root, proof)
    except SabtError:
        report.problems.append(f"{label}: not consistent with the checkpoint before it")


def _check_objects(
    sources: list[Source], events: list[CustodyEvent], blobs: set[str], report: VerifyReport
) -> None:
    ingested = {
        event.object_id: event.object_hash
        for event in events
        if event.object_type == "source" and event.action == "ingested"
    }
    for source in sources:
        if source.blob_sha256 not in blobs:
            report.problems.append(f"source {source.id}: its original is not in the blob table")
        logged = ingested.get(str(source.id))
        if logged is None:
            report.problems.append(f"source {source.id}: no custody event records its ingestion")
        elif logged != source.blob_sha256:
            report.problems.append(
                f"source {source.id}: its original differs from the one logged at ingestion"
            )
