"""The rows an export writes: each table of the case, every row carrying its provenance.

One function per table returns plain dictionaries (JSON-ready values, dates as ISO strings), so the
JSON lines, CSV and Parquet writers and the bundle all say the same thing about a row. Protected
witnesses appear only by pseudonym: a testimony's row carries the unsealed fields of its metadata
(pseudonym, interview date, coarse place, consent) and nothing from `sealed_identities`, which no
function here reads.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Blob, Claim, Entity, ListRecord, Occupancy, Source, Violation, ViolationParty

Row = dict[str, Any]

# The unsealed fields of a testimony's metadata that may leave the case (see security/witnesses.py).
TESTIMONY_FIELDS = ("pseudonym", "role", "interview_date", "interview_place", "language", "consent")


@dataclass(frozen=True)
class Scope:
    """What an export may contain: everything (None), or only what was shared with an external."""

    source_ids: frozenset[int] | None = None
    entity_ids: frozenset[int] | None = None

    def has_source(self, source_id: int | None) -> bool:
        return self.source_ids is None or (source_id is not None and source_id in self.source_ids)

    def has_entity(self, entity_id: int) -> bool:
        return self.entity_ids is None or entity_id in self.entity_ids


EVERYTHING = Scope()


def plain(value: Any) -> Any:
    """A value as JSON has it: dates and times in ISO 8601, the rest unchanged."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def grade(source: Source) -> str:
    """The Admiralty grade, e.g. "B2"; empty until the source is evaluated.

    Unlike `sabt.ingest.grading.grade_label`, which shows a half-given grade ("B"), an exported
    row carries a grade only when both parts are given: a recipient reads it as a finished one.
    """
    if source.reliability is None or source.credibility is None:
        return ""
    return f"{source.reliability}{source.credibility}"


def testimony_of(source: Source) -> Row:
    """The shareable part of a testimony's metadata; empty for other sources."""
    meta = source.metadata_json.get("testimony")
    if not isinstance(meta, dict):
        return {}
    return {name: meta[name] for name in TESTIMONY_FIELDS if name in meta}


def pseudonym_of(source: Source) -> str:
    return str(testimony_of(source).get("pseudonym", ""))


def source_row(source: Source, size: int | None = None) -> Row:
    """A source's metadata and grading (not its text, not its bytes)."""
    extra = {k: v for k, v in source.metadata_json.items() if k != "testimony"}
    return {
        "source_id": source.id,
        "kind": source.kind,
        "title": source.title,
        "sha256": source.blob_sha256,
        "size": size,
        "filename": source.filename,
        "media_type": source.media_type,
        "origin": source.origin,
        "acquired_at": plain(source.acquired_at),
        "acquired_by": source.acquired_by,
        "language": source.language,
        "reliability": source.reliability,
        "credibility": source.credibility,
        "grade": grade(source),
        "evaluation_note": source.evaluation_note,
        "affiliation_note": source.affiliation_note,
        "extraction_note": source.extraction_note,
        "pseudonym": pseudonym_of(source),
        "testimony": testimony_of(source),
        "metadata": extra,
    }


def _sources(session: Session, case_id: int, scope: Scope) -> dict[int, Source]:
    rows = session.scalars(select(Source).where(Source.case_id == case_id).order_by(Source.id))
    return {s.id: s for s in rows if scope.has_source(s.id)}


def _names(session: Session, case_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Entity.id, Entity.canonical_name).where(Entity.case_id == case_id)
    )
    return {entity_id: name for entity_id, name in rows}


def _provenance(source: Source) -> Row:
    return {
        "source_id": source.id,
        "source_title": source.title,
        "source_kind": source.kind,
        "source_sha256": source.blob_sha256,
        "source_grade": grade(source),
        "source_pseudonym": pseudonym_of(source),
    }


def blob_sizes(session: Session, hashes: list[str]) -> dict[str, int]:
    query = select(Blob.sha256, Blob.size).where(Blob.sha256.in_(hashes))
    return {sha256: size for sha256, size in session.execute(query)}


def source_rows(session: Session, case_id: int, scope: Scope = EVERYTHING) -> list[Row]:
    sources = _sources(session, case_id, scope)
    sizes = blob_sizes(session, [s.blob_sha256 for s in sources.values()])
    return [source_row(s, sizes.get(s.blob_sha256)) for s in sources.values()]


def claim_row(claim: Claim, source: Source, names: dict[int, str]) -> Row:
    def name(entity_id: int | None) -> str:
        return names.get(entity_id, "") if entity_id is not None else ""

    return {
        "claim_id": claim.id,
        "subject": claim.subject_text or name(claim.subject_entity_id),
        "subject_entity_id": claim.subject_entity_id,
        "property": claim.property,
        "value_text": claim.value_text,
        "value_entity": name(claim.value_entity_id),
        "value_entity_id": claim.value_entity_id,
        "value_low": claim.value_low,
        "value_high": claim.value_high,
        "qualifier": claim.qualifier,
        "date_earliest": plain(claim.date_earliest),
        "date_latest": plain(claim.date_latest),
        "date_precision": claim.date_precision,
        **_provenance(source),
        "excerpt": claim.excerpt,
        "start_offset": claim.start_offset,
        "end_offset": claim.end_offset,
        "attributed_to": claim.attributed_to or name(claim.attributed_entity_id),
        "attributed_entity_id": claim.attributed_entity_id,
        "evaluation": claim.evaluation,
        "review_status": claim.review_status,
        "created_by": claim.created_by,
        "created_at": plain(claim.created_at),
        "qualifiers": claim.qualifiers,
    }


def claim_rows(
    session: Session, case_id: int, scope: Scope = EVERYTHING, source_ids: Iterable[int] = ()
) -> list[Row]:
    """Every claim with its provenance; only those of `source_ids` when any are given."""
    sources = _sources(session, case_id, scope)
    wanted = set(source_ids)
    query = select(Claim).where(Claim.case_id == case_id).order_by(Claim.id)
    names = _names(session, case_id)
    return [
        claim_row(claim, sources[claim.source_id], names)
        for claim in session.scalars(query)
        if claim.source_id in sources and (not wanted or claim.source_id in wanted)
    ]


def entity_rows(session: Session, case_id: int, scope: Scope = EVERYTHING) -> list[Row]:
    """Entities with every spelling of their name, in every script."""
    query = select(Entity).where(Entity.case_id == case_id).order_by(Entity.id)
    return [
        {
            "entity_id": entity.id,
            "type": entity.type,
            "canonical_name": entity.canonical_name,
            "names": [
                {
                    "name": n.name,
                    "script": n.script,
                    "language": n.language,
                    "is_primary": n.is_primary,
                }
                for n in sorted(entity.names, key=lambda n: (not n.is_primary, n.id))
            ],
            "description": entity.description,
            "latitude": entity.latitude,
            "longitude": entity.longitude,
            "parent_id": entity.parent_id,
            "created_at": plain(entity.created_at),
        }
        for entity in session.scalars(query)
        if scope.has_entity(entity.id)
    ]


def occupancy_rows(session: Session, case_id: int, scope: Scope = EVERYTHING) -> list[Row]:
    sources = _sources(session, case_id, scope)
    names = _names(session, case_id)
    query = select(Occupancy).where(Occupancy.case_id == case_id).order_by(Occupancy.id)
    return [
        {
            "occupancy_id": o.id,
            "person": names.get(o.person_id, ""),
            "person_id": o.person_id,
            "position": o.position,
            "organization": names.get(o.organization_id, "") if o.organization_id else "",
            "organization_id": o.organization_id,
            "start_earliest": plain(o.start_earliest),
            "start_latest": plain(o.start_latest),
            "end_earliest": plain(o.end_earliest),
            "end_latest": plain(o.end_latest),
            "precision": o.precision,
            **_provenance(sources[o.source_id]),
            "excerpt": o.excerpt,
            "review_status": o.review_status,
            "created_by": o.created_by,
            "created_at": plain(o.created_at),
        }
        for o in session.scalars(query)
        if o.source_id in sources
    ]


def violation_rows(session: Session, case_id: int, scope: Scope = EVERYTHING) -> list[Row]:
    sources = _sources(session, case_id, scope)
    names = _names(session, case_id)
    query = select(Violation).where(Violation.case_id == case_id).order_by(Violation.id)
    rows = []
    for v in session.scalars(query):
        if not scope.has_source(v.source_id):
            continue
        parties = session.scalars(
            select(ViolationParty)
            .where(ViolationParty.violation_id == v.id)
            .order_by(ViolationParty.id)
        )
        source = sources.get(v.source_id) if v.source_id is not None else None
        rows.append(
            {
                "violation_id": v.id,
                "type": v.type,
                "description": v.description,
                "date_earliest": plain(v.date_earliest),
                "date_latest": plain(v.date_latest),
                "date_precision": v.date_precision,
                "place": names.get(v.place_id, "") if v.place_id else "",
                "place_id": v.place_id,
                "victims_low": v.victims_low,
                "victims_high": v.victims_high,
                "parties": [
                    {
                        "entity_id": p.entity_id,
                        "name": names.get(p.entity_id, ""),
                        "role": p.role,
                        "mode": p.mode,
                    }
                    for p in parties
                ],
                "source_id": v.source_id,
                "source_title": source.title if source else "",
                "source_sha256": source.blob_sha256 if source else "",
                "source_grade": grade(source) if source else "",
                "created_by": v.created_by,
                "created_at": plain(v.created_at),
            }
        )
    return rows


def list_rows(session: Session, case_id: int, scope: Scope = EVERYTHING) -> list[Row]:
    """Imported list records: the parsed fields beside the row as it was read (`raw`)."""
    sources = _sources(session, case_id, scope)
    query = select(ListRecord).where(ListRecord.case_id == case_id).order_by(ListRecord.id)
    return [
        {
            "record_id": r.id,
            "list_name": r.list_name,
            "row_number": r.row_number,
            "record_key": r.record_key,
            "given_name": r.given_name,
            "family_name": r.family_name,
            "father_name": r.father_name,
            "sex": r.sex,
            "birth_earliest": plain(r.birth_earliest),
            "birth_latest": plain(r.birth_latest),
            "event_earliest": plain(r.event_earliest),
            "event_latest": plain(r.event_latest),
            "place": r.place,
            "age": r.age,
            "affiliation": r.affiliation,
            "problems": r.problems,
            "victim_id": r.victim_id,
            "raw": r.raw,
            **_provenance(sources[r.source_id]),
        }
        for r in session.scalars(query)
        if r.source_id in sources
    ]


TableReader = Callable[[Session, int, Scope], list[Row]]

TABLES: dict[str, tuple[TableReader, str]] = {
    "claims": (claim_rows, "every claim with its source, grade, attribution, excerpt and review"),
    "sources": (source_rows, "every source's metadata, SHA-256 and grade (not its bytes)"),
    "entities": (entity_rows, "people, organisations, places and events, names in every script"),
    "occupancies": (occupancy_rows, "posts held: person, position, organisation, dates, source"),
    "violations": (violation_rows, "violations with their victims, perpetrators and source"),
    "lists": (list_rows, "imported list records, parsed fields beside the row as read"),
}
