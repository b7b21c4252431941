"""`sabt export bundle`: selected originals with their metadata, claims and custody, signed.

The bundle is a zip (layout in `bundle_verify`): the originals byte for byte, `sources.json`,
`claims.json`, the custody events of each source with an RFC 6962 inclusion proof against the
latest signed checkpoint, that checkpoint, the case public key, and a manifest of the SHA-256 of
every file, signed with the case key. The export itself is a custody event and an audit entry.
"""

import base64
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, IntegrityFailure
from sabt.exchange import bundle_verify as layout
from sabt.exchange.events import record_bundle
from sabt.exchange.records import EVERYTHING, Scope, blob_sizes, claim_rows, source_row
from sabt.exchange.selection import choose
from sabt.model import CustodyEvent, Source
from sabt.store.canonical import canonical_json
from sabt.store.casefolder import CaseFolder
from sabt.store.ledger import Checkpoint
from sabt.store.proof_tree import ProofTree
from sabt.store.signing import public_key_bytes


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    bundle_id: str  # SHA-256 of the manifest
    sources: list[int]
    withheld: list[int]
    claims: int
    events: int
    checkpoint_size: int
    checkpoint_root: str
    key_fingerprint: str


def _json(value: Any) -> bytes:
    return (canonical_json(value) + "\n").encode("utf-8")


def _custody(
    session: Session, case: CaseFolder, sources: list[Source], checkpoint: Checkpoint
) -> list[dict[str, Any]]:
    """Every custody event of the sources that the checkpoint covers, with its inclusion proof."""
    tree = ProofTree(case.ledger.leaf_hashes(session)[: checkpoint.size])
    if tree.root() != checkpoint.root:
        raise IntegrityFailure(
            "the custody log does not match its latest checkpoint", remedy="run `sabt verify`"
        )
    events = session.scalars(
        select(CustodyEvent)
        .where(
            CustodyEvent.case_id == case.case_id,
            CustodyEvent.object_type == "source",
            CustodyEvent.object_id.in_([str(s.id) for s in sources]),
            CustodyEvent.seq < checkpoint.size,
        )
        .order_by(CustodyEvent.seq)
    )
    return [
        {
            "source_id": int(event.object_id),
            "seq": event.seq,
            "entry": event.entry,
            "leaf_hash": event.leaf_hash,
            "tree_size": checkpoint.size,
            "proof": [node.hex() for node in tree.inclusion_proof(event.seq)],
        }
        for event in events
    ]


def _checkpoint(case: CaseFolder) -> Checkpoint:
    case.checkpoint()  # cover every event so far, so each source's custody can be proved
    latest = case.ledger.latest_checkpoint()
    if latest is None:
        raise IntegrityFailure("the case ledger has no checkpoint", remedy="run `sabt verify`")
    return latest


def write_bundle(
    case: CaseFolder,
    out: Path,
    *,
    select_terms: list[str],
    actor: str,
    scope: Scope = EVERYTHING,
    progress: Callable[[int], None] | None = None,
) -> BundleSummary:
    """Write the bundle to `out` (atomically) and record the export in the ledger and audit."""
    out = out.resolve()
    if not out.parent.is_dir():
        raise BadInput(f"the folder {out.parent} does not exist", remedy="create it first")
    checkpoint = _checkpoint(case)
    key = case.signing_key()
    with case.session() as session:
        chosen = choose(session, case.case_id, select_terms, scope)
        sizes = blob_sizes(session, [s.blob_sha256 for s in chosen.sources])
        sources = []
        for source in chosen.sources:
            row = source_row(source, sizes.get(source.blob_sha256))
            sources.append({**row, "text": source.text_raw})
        claims = claim_rows(session, case.case_id, scope, [s.id for s in chosen.sources])
        custody = _custody(session, case, chosen.sources, checkpoint)
    public = key.public_key()
    fingerprint = layout.key_fingerprint(public)
    about = {
        "format": layout.FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "created_by": actor,
        "case": {"slug": case.slug, "ledger_id": case.case_id},
        "key_fingerprint": fingerprint,
        "selection": select_terms,
        "counts": {"sources": len(sources), "claims": len(claims), "events": len(custody)},
    }
    files: dict[str, bytes] = {
        layout.ABOUT: _json(about),
        layout.SOURCES: _json(sources),
        layout.CLAIMS: _json(claims),
        layout.CUSTODY: _json(custody),
        layout.CHECKPOINT: _json(
            {
                "case": case.case_id,
                "size": checkpoint.size,
                "root": checkpoint.root.hex(),
                "time": checkpoint.time,
                "signature": base64.b64encode(checkpoint.signature).decode(),
            }
        ),
        layout.PUBLIC_KEY: public_key_bytes(public),
    }
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    for source in chosen.sources:  # the original's name is its hash: `sabt verify` vouches for it
        hashes[layout.ORIGINALS + source.blob_sha256] = source.blob_sha256
    manifest = _json({"format": layout.FORMAT, "algorithm": "sha256", "files": hashes})
    signature = key.sign(layout.manifest_message(manifest))
    files[layout.MANIFEST] = manifest
    files[layout.SIGNATURE] = base64.b64encode(signature) + b"\n"
    _write_zip(case, out, files, chosen.sources, progress)
    bundle_id = hashlib.sha256(manifest).hexdigest()
    summary = BundleSummary(
        out,
        bundle_id,
        [s.id for s in chosen.sources],
        chosen.withheld,
        len(claims),
        len(custody),
        checkpoint.size,
        checkpoint.root.hex(),
        fingerprint,
    )
    _record(case, summary, actor)
    return summary


def _write_zip(
    case: CaseFolder,
    out: Path,
    files: dict[str, bytes],
    sources: list[Source],
    progress: Callable[[int], None] | None,
) -> None:
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=".sabt-bundle-")
    os.close(fd)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
            for source in sources:
                path = case.blobs.path_of(source.blob_sha256)
                if case.blobs.rehash(source.blob_sha256) != source.blob_sha256:
                    raise IntegrityFailure(
                        f"the original of source {source.id} is missing or altered",
                        remedy="run `sabt verify`; nothing was exported",
                    )
                archive.write(path, layout.ORIGINALS + source.blob_sha256)
                if progress:
                    progress(1)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)


def _record(case: CaseFolder, summary: BundleSummary, actor: str) -> None:
    detail = {
        "file": summary.path.name,
        "sources": summary.sources,
        "withheld": len(summary.withheld),
        "claims": summary.claims,
        "checkpoint_size": summary.checkpoint_size,
        "checkpoint_root": summary.checkpoint_root,
    }
    with case.session() as session:
        record_bundle(
            case,
            session,
            actor=actor,
            event="bundle-exported",
            permission="case.export",
            bundle_id=summary.bundle_id,
            detail={**detail, "rows": len(summary.sources)},
        )
    case.checkpoint()
