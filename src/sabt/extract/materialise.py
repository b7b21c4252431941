"""An accepted suggestion becomes a row of the case: a Mention, a Claim or an Occupancy.

The row is built from the suggestion's payload with the reviewer's corrected fields laid over
it. Names are looked up among the case's entities by their transliteration-aware key
(`sabt.text.names.name_key`), so "Ebrahim Raisi" in a Persian text meets the entity registered
as ابراهیم رئیسی; a name the case does not know yet becomes a new Entity whose first
EntityName is written in the script it was found in. Dates are not reviewed alone: accepting a
date suggestion creates nothing, and a claim takes the dates written in its own excerpt.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sabt.errors import BadInput
from sabt.legal.lookup import case_index, new_entity
from sabt.model import Claim, Entity, Mention, Occupancy, Source, Suggestion
from sabt.text.dates import find_dates
from sabt.text.names import name_key

# An appointment verb says when a post began; otherwise the post was held during the date.
_APPOINTED = re.compile(
    r"\b(?:appointed|named|became|promoted|elected|nominated|installed)\b|منصوب|انتصاب|برگزیده",
    re.I,
)


@dataclass
class Created:
    """What a decision added to the case: the row (kind and id) and any new entities."""

    kind: str = ""
    id: int | None = None
    new_entities: list[int] = field(default_factory=list)


def materialise(
    session: Session, suggestion: Suggestion, fields: dict[str, Any], *, actor: str
) -> Created:
    """Add the row `suggestion` stands for, with `fields` (payload + correction), to the session."""
    created = Created()
    if suggestion.kind == "mention":
        row: Mention | Claim | Occupancy = _mention(session, suggestion, fields, actor, created)
    elif suggestion.kind == "claim":
        row = _claim(session, suggestion, fields, actor, created)
    elif suggestion.kind == "occupancy":
        row = _occupancy(session, suggestion, fields, actor, created)
    else:
        return created
    session.add(row)
    session.flush()
    created.kind, created.id = suggestion.kind, row.id
    return created


def _source(session: Session, suggestion: Suggestion) -> Source:
    source = session.get(Source, suggestion.source_id) if suggestion.source_id else None
    if source is None:
        raise BadInput(f"suggestion {suggestion.id} belongs to no source", remedy="reject it")
    return source


def find_entity(session: Session, case_id: int, name: str, types: tuple[str, ...]) -> Entity | None:
    """The case's entity of one of `types` known under a spelling of `name`, if any."""
    same = case_index(session, case_id, types).by_key.get(name_key(name), [])
    return same[0] if same else None


def _entity(
    session: Session,
    case_id: int,
    name: str,
    kind: str,
    created: Created,
    *,
    also: tuple[str, ...] = (),
) -> Entity:
    """The entity named `name`, found in the case or created with its name in its own script."""
    found = find_entity(session, case_id, name, (kind, *also))
    if found is not None:
        return found
    entity = new_entity(session, case_id, [name], kind)
    created.new_entities.append(entity.id)
    return entity


def _mention(
    session: Session, suggestion: Suggestion, fields: dict[str, Any], actor: str, created: Created
) -> Mention:
    source = _source(session, suggestion)
    start = _offset(fields, "start", suggestion.start_offset)
    end = _offset(fields, "end", suggestion.end_offset)
    if not 0 <= start < end <= len(source.text_raw):
        raise BadInput(f"offsets {start}..{end} are outside the source's text")
    entity: Entity | None = None
    if isinstance(fields.get("entity"), int):
        entity = session.get(Entity, fields["entity"])
        if entity is not None and entity.case_id != suggestion.case_id:
            entity = None
    if entity is None:
        kind = str(fields.get("type") or "person")
        if kind not in ("person", "organization", "place", "event"):
            raise BadInput(
                f"unknown entity type {kind!r}", remedy="person, organization, place, event"
            )
        name = str(fields.get("name") or source.text_raw[start:end]).strip()
        entity = _entity(session, suggestion.case_id, name, kind, created)
    return Mention(
        source_id=source.id,
        entity_id=entity.id,
        text=source.text_raw[start:end],
        start_offset=start,
        end_offset=end,
        annotator=suggestion.annotator,
        annotator_version=suggestion.annotator_version,
        created_by=actor,
    )


def _offset(fields: dict[str, Any], key: str, stored: int | None) -> int:
    value: Any = fields.get(key, stored)
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise BadInput(f"{key} must be a character offset, not {value!r}") from error


def _number(fields: dict[str, Any], key: str) -> float | None:
    value = fields.get(key)
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise BadInput(f"{key} must be a number, not {value!r}") from error


def _day(fields: dict[str, Any], key: str) -> date | None:
    value = fields.get(key)
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise BadInput(f"{key} must be a date (YYYY-MM-DD), not {value!r}") from error


def _claim(
    session: Session, suggestion: Suggestion, fields: dict[str, Any], actor: str, created: Created
) -> Claim:
    source = _source(session, suggestion)
    value = _number(fields, "value")
    low, high = _number(fields, "low"), _number(fields, "high")
    if low is None and high is None and value is not None:
        low = high = value
    if low is not None and high is not None and low > high:
        raise BadInput(f"low {low:g} is above high {high:g}")
    excerpt = str(fields.get("excerpt") or "")
    earliest, latest, precision = _day(fields, "earliest"), _day(fields, "latest"), ""
    if earliest is None and latest is None:
        written = find_dates(excerpt)
        if written:
            earliest = min(d.earliest for d in written)
            latest = max(d.latest for d in written)
            precision = written[0].precision if len(written) == 1 else "range"
    elif earliest is not None and latest is not None and earliest > latest:
        raise BadInput("earliest is after latest")
    else:
        precision = str(fields.get("precision") or "range")
    said_by = str(fields.get("attributed_to") or "")
    speaker = (
        find_entity(session, suggestion.case_id, said_by, ("person", "organization"))
        if said_by
        else None
    )
    subject = str(fields.get("about") or "")
    about = find_entity(
        session, suggestion.case_id, subject, ("person", "organization", "place", "event")
    )
    return Claim(
        case_id=suggestion.case_id,
        subject_entity_id=about.id if about else None,
        subject_text=subject,
        property=str(fields.get("property") or ""),
        value_text=fields.get("value_text") or ("" if value is None else f"{value:g}"),
        value_low=low,
        value_high=high,
        qualifier=str(fields.get("qualifier") or ""),
        date_earliest=earliest,
        date_latest=latest,
        date_precision=precision,
        source_id=source.id,
        excerpt=excerpt,
        start_offset=suggestion.start_offset,
        end_offset=suggestion.end_offset,
        attributed_to=said_by,
        attributed_entity_id=speaker.id if speaker else None,
        review_status=suggestion.status,
        qualifiers={"suggestion": suggestion.id, "annotator": suggestion.annotator},
        created_by=actor,
    )


def _occupancy(
    session: Session, suggestion: Suggestion, fields: dict[str, Any], actor: str, created: Created
) -> Occupancy:
    source = _source(session, suggestion)
    person_name = str(fields.get("person") or "").strip()
    position = str(fields.get("position") or "").strip()
    if not person_name or not position:
        raise BadInput("an occupancy needs a person and a position")
    person = _entity(session, suggestion.case_id, person_name, "person", created)
    body = str(fields.get("organization") or "").strip()
    organization = (
        _entity(session, suggestion.case_id, body, "organization", created, also=("place",))
        if body
        else None
    )
    earliest, latest = _day(fields, "earliest"), _day(fields, "latest")
    excerpt = str(fields.get("excerpt") or "")
    began = bool(_APPOINTED.search(excerpt))
    return Occupancy(
        case_id=suggestion.case_id,
        person_id=person.id,
        position=position,
        organization_id=organization.id if organization else None,
        # "named X in 2019": the post began then; "was X in 1988": it was held during 1988,
        # so it began by the end of that date and ended no earlier than its start.
        start_earliest=_day(fields, "start_earliest") or (earliest if began else None),
        start_latest=_day(fields, "start_latest") or latest,
        end_earliest=_day(fields, "end_earliest") or (None if began else earliest),
        end_latest=_day(fields, "end_latest"),
        precision=str(fields.get("precision") or ("range" if earliest else "unknown")),
        source_id=source.id,
        excerpt=excerpt,
        review_status=suggestion.status,
        created_by=actor,
    )
