"""Full-text search over sources: SQLite FTS5 or PostgreSQL full-text, on normalised text.

Both the indexed text and the query pass through `normalise_for_search`, so Arabic and Persian
letter forms, zero-width non-joiners, diacritics and Persian digits all meet: a query typed either
way finds the text. Snippets are cut from the original text (see `snippets`).
"""

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.model import Source
from sabt.store.snippets import raw_snippet
from sabt.text.normalise import normalise_for_search


@dataclass(frozen=True)
class SearchHit:
    source_id: int
    title: str
    snippet: str
    language: str
    sha256: str


def index_source(session: Session, source: Source) -> None:
    session.execute(
        text(
            "INSERT INTO search_index (source_id, case_id, title, body) "
            "VALUES (:id, :case_id, :title, :body)"
        ),
        {
            "id": source.id,
            "case_id": source.case_id,
            "title": normalise_for_search(source.title),
            "body": source.text_normalised,
        },
    )


def _terms(query: str) -> list[str]:
    terms = [term for term in normalise_for_search(query).split() if any(c.isalnum() for c in term)]
    if not terms:
        raise BadInput("the search query has no words to look for", remedy="type a word or name")
    return terms


def search(session: Session, case_id: int, query: str, *, limit: int = 20) -> list[SearchHit]:
    terms = _terms(query)
    if session.get_bind().dialect.name == "sqlite":
        match = " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)
        rows = session.execute(
            text(
                "SELECT s.id, s.title, s.text_raw, s.language, s.blob_sha256 FROM search_index "
                "JOIN sources s ON s.id = search_index.source_id "
                "WHERE search_index MATCH :match AND search_index.case_id = :case_id "
                "ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "case_id": case_id, "limit": limit},
        )
    else:
        rows = session.execute(
            text(
                "SELECT s.id, s.title, s.text_raw, s.language, s.blob_sha256 "
                "FROM search_index i JOIN sources s ON s.id = i.source_id, "
                "plainto_tsquery('simple', :query) q "
                "WHERE i.document @@ q AND i.case_id = :case_id "
                "ORDER BY ts_rank(i.document, q) DESC, s.id LIMIT :limit"
            ),
            {"query": " ".join(terms), "case_id": case_id, "limit": limit},
        )
    return [
        SearchHit(int(r[0]), str(r[1]), raw_snippet(str(r[2]), terms), str(r[3]), str(r[4]))
        for r in rows
    ]
