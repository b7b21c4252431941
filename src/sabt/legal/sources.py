"""The source a sourced statement of the legal layer rests on, looked up once for all of them."""

from sqlalchemy.orm import Session

from sabt.ingest.grading import find_source
from sabt.model import Source


def source_for(session: Session, case_id: int, reference: str | None) -> Source | None:
    """The source `reference` (id or SHA-256 prefix) names, None when no reference is given."""
    if reference is None or not str(reference).strip():
        return None
    return find_source(session, case_id, str(reference).strip())
