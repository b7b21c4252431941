"""`sabt import bundle`: bring a verified bundle's sources and claims into this case.

Nothing is imported from a bundle that does not verify. Each new source keeps where it came from:
its `metadata_json["imported_from"]` holds the origin case, its key fingerprint, the bundle id, the
signed checkpoint and the original custody events with their inclusion proofs, so anyone can
later re-check them against the origin case's key. Its "ingested" event in this case's ledger
names the bundle and the checkpoint root. Importing the same bundle again adds nothing but one
event saying so.
"""

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import IntegrityFailure
from sabt.exchange import bundle_verify as layout
from sabt.exchange.events import record_bundle
from sabt.model import Blob, Claim, Source
from sabt.store.casefolder import CaseFolder
from sabt.store.search import index_source
from sabt.text.normalise import normalise_for_search


@dataclass
class ImportSummary:
    bundle_id: str
    origin_case: str
    new_sources: list[int] = field(default_factory=list)
    present_sources: list[int] = field(default_factory=list)
    new_claims: int = 0
    present_claims: int = 0

    @property
    def added_anything(self) -> bool:
        return bool(self.new_sources or self.new_claims)


@dataclass(frozen=True)
class _Contents:
    bundle_id: str
    about: dict[str, Any]
    sources: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    custody: list[dict[str, Any]]
    checkpoint: dict[str, Any]


def _read(path: Path) -> _Contents:
    with zipfile.ZipFile(path) as archive:

        def load(name: str) -> Any:
            return json.loads(archive.read(name))

        manifest = archive.read(layout.MANIFEST)
        return _Contents(
            bundle_id=hashlib.sha256(manifest).hexdigest(),
            about=load(layout.ABOUT),
            sources=load(layout.SOURCES),
            claims=load(layout.CLAIMS),
            custody=load(layout.CUSTODY),
            checkpoint=load(layout.CHECKPOINT),
        )


def import_bundle(case: CaseFolder, path: Path, *, actor: str) -> ImportSummary:
    """Verify the bundle, then import it; raises IntegrityFailure (nothing imported) if it fails."""
    report = layout.verify_bundle(path)
    if not report.ok:
        raise IntegrityFailure(
            f"the bundle does not verify, nothing was imported ({len(report.problems)} problems; "
            f"first: {report.problems[0]})",
            remedy="run `sabt verify-bundle FILE` to see every problem",
        )
    contents = _read(path)
    with zipfile.ZipFile(path) as archive:
        for source in contents.sources:  # originals first: a crash leaves only unused blobs
            case.blobs.put_bytes(archive.read(layout.ORIGINALS + source["sha256"]))
    origin = {
        "bundle": contents.bundle_id,
        "case": contents.about["case"]["slug"],
        "ledger_id": contents.about["case"]["ledger_id"],
        "key_fingerprint": report.key_fingerprint,
        "checkpoint": contents.checkpoint,
    }
    summary = ImportSummary(contents.bundle_id, origin["case"])
    with case.session() as session:
        ids = {
            row["source_id"]: _import_source(case, session, row, contents, origin, actor, summary)
            for row in contents.sources
        }
        _import_claims(case, session, contents.claims, ids, origin, summary)
        _record(case, session, summary, contents, actor)
    case.checkpoint()
    return summary


def _import_source(
    case: CaseFolder,
    session: Session,
    row: dict[str, Any],
    contents: _Contents,
    origin: dict[str, Any],
    actor: str,
    summary: ImportSummary,
) -> int:
    sha256 = row["sha256"]
    existing = session.scalar(
        select(Source).where(Source.case_id == case.case_id, Source.blob_sha256 == sha256)
    )
    if existing is not None:
        summary.present_sources.append(existing.id)
        return existing.id
    if session.get(Blob, sha256) is None:
        session.add(Blob(sha256=sha256, size=case.blobs.path_of(sha256).stat().st_size))
    custody = [e for e in contents.custody if e["source_id"] == row["source_id"]]
    metadata = dict(row.get("metadata") or {})
    if row.get("testimony"):
        metadata["testimony"] = row["testimony"]
    metadata["imported_from"] = {
        **origin,
        "source_id": row["source_id"],
        "origin": row["origin"],
        "acquired_at": row["acquired_at"],
        "acquired_by": row["acquired_by"],
        "custody_events": custody,
    }
    text = str(row.get("text", ""))
    source = Source(
        case_id=case.case_id,
        kind=row["kind"],
        title=row["title"],
        blob_sha256=sha256,
        filename=row["filename"],
        media_type=row["media_type"],
        origin=f"bundle {contents.bundle_id[:16]} from case {origin['case']}",
        acquired_by=actor,
        language=row["language"],
        text_raw=text,
        text_normalised=normalise_for_search(text),
        extraction_note=row.get("extraction_note", ""),
        reliability=row.get("reliability"),
        credibility=row.get("credibility"),
        evaluation_note=row.get("evaluation_note", ""),
        affiliation_note=row.get("affiliation_note", ""),
        metadata_json=metadata,
    )
    session.add(source)
    session.flush()
    index_source(session, source)
    case.record_event(
        session,
        actor=actor,
        action="ingested",
        object_type="source",
        object_id=str(source.id),
        object_hash=sha256,
        detail={
            "origin": source.origin,
            "filename": source.filename,
            "bundle": contents.bundle_id,
            "origin_case": origin["case"],
            "origin_key": origin["key_fingerprint"],
            "origin_source_id": row["source_id"],
            "checkpoint_size": contents.checkpoint["size"],
            "checkpoint_root": contents.checkpoint["root"],
        },
    )
    summary.new_sources.append(source.id)
    return source.id


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _import_claims(
    case: CaseFolder,
    session: Session,
    claims: list[dict[str, Any]],
    ids: dict[int, int],
    origin: dict[str, Any],
    summary: ImportSummary,
) -> None:
    """Claims with their text, attribution and review; an origin claim is imported only once."""
    known = {
        (q.get("key_fingerprint"), q.get("claim_id"))
        for q in (
            c.qualifiers.get("imported_from")
            for c in session.scalars(
                select(Claim).where(
                    Claim.case_id == case.case_id, Claim.source_id.in_(set(ids.values()))
                )
            )
        )
        if isinstance(q, dict)
    }
    for row in claims:
        if (origin["key_fingerprint"], row["claim_id"]) in known:
            summary.present_claims += 1
            continue
        qualifiers = dict(row.get("qualifiers") or {})
        qualifiers["imported_from"] = {
            "bundle": origin["bundle"],
            "case": origin["case"],
            "key_fingerprint": origin["key_fingerprint"],
            "claim_id": row["claim_id"],
            "source_id": row["source_id"],
            "subject_entity_id": row.get("subject_entity_id"),
            "value_entity": row.get("value_entity", ""),
            "attributed_entity_id": row.get("attributed_entity_id"),
            "created_at": row.get("created_at"),
        }
        session.add(
            Claim(
                case_id=case.case_id,
                subject_text=row.get("subject", ""),
                property=row["property"],
                value_text=row.get("value_text", ""),
                value_low=row.get("value_low"),
                value_high=row.get("value_high"),
                qualifier=row.get("qualifier", ""),
                date_earliest=_day(row.get("date_earliest")),
                date_latest=_day(row.get("date_latest")),
                date_precision=row.get("date_precision", ""),
                source_id=ids[row["source_id"]],
                excerpt=row.get("excerpt", ""),
                start_offset=row.get("start_offset"),
                end_offset=row.get("end_offset"),
                attributed_to=row.get("attributed_to", ""),
                evaluation=row.get("evaluation", ""),
                review_status=row.get("review_status", "accepted"),
                qualifiers=qualifiers,
                created_by=row.get("created_by", ""),
            )
        )
        summary.new_claims += 1


def _record(
    case: CaseFolder, session: Session, summary: ImportSummary, contents: _Contents, actor: str
) -> None:
    detail = {
        "origin_case": summary.origin_case,
        "origin_key": contents.about["key_fingerprint"],
        "checkpoint_size": contents.checkpoint["size"],
        "checkpoint_root": contents.checkpoint["root"],
        "new_sources": summary.new_sources,
        "present_sources": summary.present_sources,
        "new_claims": summary.new_claims,
        "present_claims": summary.present_claims,
    }
    record_bundle(
        case,
        session,
        actor=actor,
        event="bundle-imported" if summary.added_anything else "bundle-reimported",
        permission="source.create",
        bundle_id=summary.bundle_id,
        detail=detail,
    )
