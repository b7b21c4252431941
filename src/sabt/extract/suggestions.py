"""Annotations as review-queue rows: one `Suggestion` per mention, date, claim and occupancy.

A suggestion's fingerprint is a hash of what it proposes (kind, payload, offsets), not of when
or by which run: the same proposal made twice has the same fingerprint, so a rejected one can
be recognised and not offered again.
"""

import hashlib
import json
from typing import Any

from sabt.extract.annotate import (
    CLAIM_KEYS,
    DATE_KEYS,
    MENTION_KEYS,
    OCCUPANCY_KEYS,
    Annotations,
    public_fields,
)
from sabt.model.review import Suggestion


def fingerprint(kind: str, payload: dict[str, Any]) -> str:
    """SHA-256 of the proposal itself, stable across runs."""
    body = json.dumps([kind, payload], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def to_suggestions(
    annotations: Annotations, *, case_id: int, source_id: int | None = None
) -> list[Suggestion]:
    """Unsaved `Suggestion` rows (status "pending") for everything the annotators proposed."""
    rows: list[Suggestion] = []
    groups: tuple[tuple[str, list[Any], tuple[str, ...]], ...] = (
        ("mention", list(annotations.mentions), MENTION_KEYS),
        ("date", list(annotations.dates), DATE_KEYS),
        ("claim", list(annotations.claims), CLAIM_KEYS),
        ("occupancy", list(annotations.occupancies), (*OCCUPANCY_KEYS, "start", "end")),
    )
    for kind, items, keys in groups:
        for item in items:
            payload = public_fields(item, keys)
            rows.append(
                Suggestion(
                    case_id=case_id,
                    source_id=source_id,
                    kind=kind,
                    payload=payload,
                    fingerprint=fingerprint(kind, payload),
                    start_offset=item.start,
                    end_offset=item.end,
                    annotator=item.annotator,
                    annotator_version=item.annotator_version,
                    status="pending",
                )
            )
    return rows
