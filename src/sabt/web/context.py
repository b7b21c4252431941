"""Page contexts: one function per page, rendered as HTML or served as JSON by its API twin.

Each takes the case, an open database session and the request's parameters, and returns plain
JSON-ready data; the HTML templates see exactly what the API returns, so the two cannot drift.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.ingest.grading import find_source, grade_label
from sabt.model import (
    Case,
    Claim,
    CustodyEvent,
    Entity,
    Estimate,
    ListRecord,
    SealedIdentity,
    Source,
    Suggestion,
)
from sabt.store.casefolder import CaseFolder
from sabt.store.ledger import proof_as_base64
from sabt.store.search import search
from sabt.web.linkage_queue import pairs_waiting

Params = Mapping[str, str]
TEXT_LIMIT = 200_000  # characters of extracted text shown on a source page
PAGE_SIZE = 100  # sources listed per page


def _case(case: CaseFolder, session: Session) -> dict[str, Any]:
    title = session.scalar(select(Case.title).where(Case.id == case.case_id)) or case.slug
    return {"slug": case.slug, "title": title}


def _summary(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "language": source.language,
        "media_type": source.media_type,
        "sha256": source.blob_sha256,
        "grade": grade_label(source),
        "affiliation": source.affiliation_note,
    }


def _event(event: CustodyEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "object": f"{event.object_type}:{event.object_id}",
        "leaf_hash": event.leaf_hash,
    }


# What the dashboard counts: each noun of the case, by the table that holds it.
_COUNTED: dict[str, Any] = {
    "sources": Source,
    "entities": Entity,
    "claims": Claim,
    "list_records": ListRecord,
    "estimates": Estimate,
    "witnesses": SealedIdentity,
}


def _count(session: Session, model: Any, case_id: int) -> int:
    return session.scalar(select(func.count()).where(model.case_id == case_id)) or 0


def dashboard_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """How big the case is, what waits for review, and what changed last."""
    events = session.scalars(
        select(CustodyEvent)
        .where(CustodyEvent.case_id == case.case_id)
        .order_by(CustodyEvent.seq.desc())
        .limit(10)
    ).all()
    pending = session.execute(
        select(Suggestion.kind, func.count())
        .where(Suggestion.case_id == case.case_id, Suggestion.status == "pending")
        .group_by(Suggestion.kind)
        .order_by(Suggestion.kind)
    ).all()
    counts = {name: _count(session, model, case.case_id) for name, model in _COUNTED.items()}
    return {
        "case": _case(case, session),
        "counts": {**counts, "events": events[0].seq + 1 if events else 0},
        "waiting_for_review": {kind: n for kind, n in pending},
        "pairs_waiting_for_review": pairs_waiting(case, session),
        "last_changes": [_event(event) for event in events],
    }


def _page_number(params: Params) -> int:
    value = params.get("page", "1")
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 10**9):
        raise BadInput(f"page {value!r} is not a page number", remedy="use 1, 2, 3 …")
    return int(value)


def sources_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """The case's sources, a page at a time, filtered by language and by grade (B or B2)."""
    where = [Source.case_id == case.case_id]
    language, grade = params.get("language", ""), params.get("grade", "").upper()
    if language:
        where.append(Source.language == language)
    if grade:
        where.append(Source.reliability == grade[0])
    if grade[1:]:
        if not (grade[1:].isascii() and grade[1:].isdigit() and len(grade) == 2):
            raise BadInput(f"grade {grade!r} is not a letter and a digit", remedy="e.g. B or B2")
        where.append(Source.credibility == int(grade[1:]))
    number = _page_number(params)
    total = session.scalar(select(func.count()).select_from(Source).where(*where)) or 0
    page = session.scalars(
        select(Source)
        .where(*where)
        .order_by(Source.id)
        .limit(PAGE_SIZE)
        .offset((number - 1) * PAGE_SIZE)
    )
    return {
        "case": _case(case, session),
        "filters": {"language": language, "grade": grade},
        "page": {
            "number": number,
            "size": PAGE_SIZE,
            "total": total,
            "last": max(1, -(-total // PAGE_SIZE)),
        },
        "sources": [_summary(s) for s in page],
    }


def _history(case: CaseFolder, session: Session, source: Source) -> list[dict[str, Any]]:
    events = session.scalars(
        select(CustodyEvent)
        .where(
            CustodyEvent.case_id == case.case_id,
            CustodyEvent.object_type == "source",
            CustodyEvent.object_id == str(source.id),
        )
        .order_by(CustodyEvent.seq)
    ).all()
    checkpoint, proofs = case.ledger.inclusion_proofs(session, [e.seq for e in events])
    history = []
    for event in events:
        described = _event(event)
        proof = proofs.get(event.seq)
        # an event logged after the latest checkpoint has no proof yet; it is proven at the next
        described["proof"] = (
            None
            if checkpoint is None or proof is None
            else {
                "tree_size": checkpoint.size,
                "root": checkpoint.root.hex(),
                "checkpoint_time": checkpoint.time,
                "path": proof_as_base64(proof),
            }
        )
        history.append(described)
    return history


def _marked_span(params: Params, length: int) -> dict[str, int] | None:
    """The span `mark=START-END` asks to highlight, when it lies inside the shown text."""
    start, _, end = params.get("mark", "").partition("-")
    if not (start.isdigit() and end.isdigit()) or not int(start) < int(end) <= length:
        return None
    return {"start": int(start), "end": int(end)}


def source_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """One source: metadata, grade, custody history with proofs, and its text (`mark` a span)."""
    source = find_source(session, case.case_id, params["source_id"])
    text = source.text_raw[:TEXT_LIMIT]
    return {
        "case": _case(case, session),
        "source": {
            **_summary(source),
            "filename": source.filename,
            "origin": source.origin,
            "acquired_at": source.acquired_at.isoformat(),
            "acquired_by": source.acquired_by,
            "evaluation_note": source.evaluation_note,
            "extraction_note": source.extraction_note,
            "text": text,
            "mark": _marked_span(params, len(text)),
            "text_truncated": len(source.text_raw) > TEXT_LIMIT,
            "original_url": f"/sources/{source.id}/original",
        },
        "custody": _history(case, session, source),
    }


def search_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Sources whose text matches `q`, in either script, with snippets."""
    query = params.get("q", "").strip()
    hits = search(session, case.case_id, query) if query else []
    return {
        "case": _case(case, session),
        "query": query,
        "hits": [
            {"id": h.source_id, "title": h.title, "language": h.language, "snippet": h.snippet}
            for h in hits
        ],
    }


def upload_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """What the upload form needs: the case and where files go."""
    return {"case": _case(case, session), "post_to": "/api/v1/sources"}
