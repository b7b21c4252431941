"""Violations and events on a timeline: date ranges drawn as bars, as precise as the sources are.

Every date in sabt is a range [earliest, latest] with a precision, so a bar is that range and
not a point: "summer 1988" is drawn as a season, not as 1 July. `bars` places any dated rows on
one shared axis (in percent of its width) for the server-rendered pages; the entity page uses it
for occupancies too.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import Claim, Entity, Source, Violation, ViolationParty
from sabt.store.casefolder import CaseFolder
from sabt.web.context import Params, _case

MIN_WIDTH = 0.6  # percent: a one-day range stays visible


def span(earliest: date | None, latest: date | None, precision: str) -> dict[str, Any]:
    """A date range as JSON, with a label such as "1988-07-01 – 1988-09-30 (month)"."""
    low, high = (d.isoformat() if d else None for d in (earliest, latest))
    label = low if low == high else f"{low or '…'} – {high or '…'}"
    return {
        "earliest": low,
        "latest": high,
        "precision": precision,
        "label": f"{label} ({precision})" if precision and (low or high) else (label or "undated"),
    }


def bars(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Axis (years) and, for each row with a `when` span, its bar's `left` and `width` in percent.

    Rows without a date are left without a bar; the axis covers whole years.
    """
    dated = [r for r in rows if r["when"]["earliest"] or r["when"]["latest"]]
    if not dated:
        return {"from": None, "to": None, "years": []}
    ends = [date.fromisoformat(r["when"][k] or r["when"]["earliest"] or r["when"]["latest"])
            for r in dated for k in ("earliest", "latest")]  # fmt: skip
    first, last = date(min(ends).year, 1, 1), date(max(ends).year, 12, 31)
    days = (last - first).days + 1
    for row in dated:
        low = date.fromisoformat(row["when"]["earliest"] or row["when"]["latest"])
        high = date.fromisoformat(row["when"]["latest"] or row["when"]["earliest"])
        left = 100 * (low - first).days / days
        width = max(MIN_WIDTH, 100 * ((high - low).days + 1) / days)
        row["bar"] = {"left": round(left, 2), "width": round(min(width, 100 - left), 2)}
    step = max(1, (last.year - first.year + 1) // 12)
    years = [
        {"year": y, "left": round(100 * (date(y, 1, 1) - first).days / days, 2)}
        for y in range(first.year, last.year + 1, step)
    ]
    return {"from": first.isoformat(), "to": last.isoformat(), "years": years}


def entity_names(session: Session, ids: set[int]) -> dict[int, str]:
    """Canonical names of these entities, by id."""
    if not ids:
        return {}
    rows = session.execute(select(Entity.id, Entity.canonical_name).where(Entity.id.in_(ids)))
    return {entity_id: name for entity_id, name in rows}


def _violations(session: Session, case_id: int) -> list[dict[str, Any]]:
    found = session.scalars(
        select(Violation)
        .where(Violation.case_id == case_id)
        .order_by(Violation.date_earliest, Violation.id)
    ).all()
    parties = session.execute(
        select(ViolationParty).where(ViolationParty.violation_id.in_([v.id for v in found]))
    ).scalars()
    by_violation: dict[int, list[ViolationParty]] = {}
    for party in parties:
        by_violation.setdefault(party.violation_id, []).append(party)
    names = entity_names(
        session,
        {v.place_id for v in found if v.place_id}
        | {p.entity_id for ps in by_violation.values() for p in ps},
    )
    titles = dict(
        session.execute(select(Source.id, Source.title).where(Source.case_id == case_id)).all()
    )
    return [
        {
            "kind": "violation",
            "id": v.id,
            "type": v.type,
            "label": v.description or v.type,
            "when": span(v.date_earliest, v.date_latest, v.date_precision),
            "place": {"id": v.place_id, "name": names[v.place_id]} if v.place_id else None,
            "victims": {"low": v.victims_low, "high": v.victims_high},
            "source": {"id": v.source_id, "title": titles.get(v.source_id)}
            if v.source_id
            else None,
            "parties": [
                {"id": p.entity_id, "name": names[p.entity_id], "role": p.role, "mode": p.mode}
                for p in by_violation.get(v.id, [])
            ],
        }
        for v in found
    ]


def _events(session: Session, case_id: int) -> list[dict[str, Any]]:
    """Event entities, dated by the widest range their claims give."""
    rows = session.execute(
        select(Entity.id, Entity.canonical_name, Claim.date_earliest, Claim.date_latest)
        .outerjoin(Claim, Claim.subject_entity_id == Entity.id)
        .where(Entity.case_id == case_id, Entity.type == "event")
        .order_by(Entity.id)
    ).all()
    dates: dict[int, tuple[str, list[date], list[date]]] = {}
    for entity_id, name, earliest, latest in rows:
        _, lows, highs = dates.setdefault(entity_id, (name, [], []))
        lows.extend([earliest] if earliest else [])
        highs.extend([latest] if latest else [])
    return [
        {
            "kind": "event",
            "id": entity_id,
            "label": name,
            "when": span(min(lows, default=None), max(highs, default=None), "range"),
        }
        for entity_id, (name, lows, highs) in dates.items()
    ]


def timeline_context(case: CaseFolder, session: Session, params: Params) -> dict[str, Any]:
    """Violations and events by date range, on one axis; undated ones listed after."""
    rows = _events(session, case.case_id) + _violations(session, case.case_id)
    rows.sort(key=lambda r: (r["when"]["earliest"] or "9999", r["kind"], r["id"]))
    return {"case": _case(case, session), "axis": bars(rows), "rows": rows}
