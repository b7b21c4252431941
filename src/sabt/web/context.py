"""Page contexts: one function per page, rendered as HTML or served as JSON by its API twin."""

from typing import Any

from sqlalchemy import select

from sabt.model import Case, Source
from sabt.store.casefolder import CaseFolder
from sabt.store.search import search


def sources_context(case: CaseFolder, query: str | None = None) -> dict[str, Any]:
    """The case's sources, or the sources whose text matches `query`, with snippets."""
    with case.session() as session:
        title = session.scalar(select(Case.title).where(Case.id == case.case_id)) or case.slug
        rows = {
            s.id: s
            for s in session.scalars(
                select(Source).where(Source.case_id == case.case_id).order_by(Source.id)
            )
        }
        hits = search(session, case.case_id, query) if query else None

    def describe(source: Source, snippet: str = "") -> dict[str, Any]:
        return {
            "id": source.id,
            "title": source.title,
            "language": source.language,
            "media_type": source.media_type,
            "sha256": source.blob_sha256,
            "reliability": source.reliability,
            "credibility": source.credibility,
            "affiliation": source.affiliation_note,
            "origin": source.origin,
            "snippet": snippet,
        }

    if hits is None:
        listed = [describe(source) for source in rows.values()]
    else:
        listed = [describe(rows[hit.source_id], hit.snippet) for hit in hits]
    return {"case": {"slug": case.slug, "title": title}, "query": query or "", "sources": listed}
