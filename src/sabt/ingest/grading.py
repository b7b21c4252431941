"""Finding a source by reference, and grading it on the Admiralty scale.

A grade is an analyst's evaluation, not a property of the bytes: it is stored on the Source and
logged as a custody event, so every change of grade is part of the case's history.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.model import Source
from sabt.model.vocab import vocabulary
from sabt.store.casefolder import CaseFolder


def grade_label(source: Source, missing: str = "") -> str:
    """The Admiralty grade as shown, e.g. "B2"; `missing` stands in for a part not yet given."""
    return f"{source.reliability or missing}{source.credibility or missing}"


def find_source(session: Session, case_id: int, reference: str) -> Source:
    """A source by numeric id or by a SHA-256 prefix of at least 8 hex digits."""
    query = select(Source).where(Source.case_id == case_id)
    if reference.isascii() and reference.isdigit() and len(reference) <= 18:
        source = session.scalar(query.where(Source.id == int(reference)))
    elif len(reference) >= 8 and all(c in "0123456789abcdef" for c in reference.lower()):
        matches = list(
            session.scalars(query.where(Source.blob_sha256.startswith(reference.lower())))
        )
        if len(matches) > 1:
            raise BadInput(
                f"SHA-256 prefix {reference!r} matches several sources", remedy="give more digits"
            )
        source = matches[0] if matches else None
    else:
        raise BadInput(
            f"{reference!r} is not a source id or SHA-256 prefix",
            remedy="see `sabt sources` for ids",
        )
    if source is None:
        raise NotFound(f"no source {reference!r} in this case", remedy="see `sabt sources`")
    return source


def evaluate_source(
    case: CaseFolder,
    reference: str,
    *,
    actor: str,
    reliability: str | None = None,
    credibility: int | None = None,
    note: str | None = None,
    affiliation: str | None = None,
) -> Source:
    if reliability is not None:
        reliability = vocabulary("reliability").get(reliability.upper()).code
    if credibility is not None:
        vocabulary("credibility").get(str(credibility))
    if reliability is None and credibility is None and note is None and affiliation is None:
        raise BadInput(
            "nothing to evaluate",
            remedy="give --reliability, --credibility, --note or --affiliation",
        )
    with case.session() as session:
        source = find_source(session, case.case_id, reference)
        if reliability is not None:
            source.reliability = reliability
        if credibility is not None:
            source.credibility = credibility
        if note is not None:
            source.evaluation_note = note
        if affiliation is not None:
            source.affiliation_note = affiliation
        case.record_event(
            session,
            actor=actor,
            action="evaluated",
            object_type="source",
            object_id=str(source.id),
            object_hash=source.blob_sha256,
            detail={
                "reliability": source.reliability,
                "credibility": source.credibility,
                "note": source.evaluation_note,
                "affiliation": source.affiliation_note,
            },
        )
    case.checkpoint()
    return source
