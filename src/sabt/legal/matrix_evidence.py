"""What a linked piece of evidence is, which sources stand behind it, and which are independent.

Every kind of evidence resolves to the sources it rests on: a claim or occupancy to its source, a
violation to the source that records it, a source or testimony to itself. Testimonies appear only
under their pseudonym: the sealed identity is never read here.

Independence, honestly: sabt cannot know who copied whom. Two sources are counted as ONE origin
when they share an origin description or a recorded affiliation (case-folded, trimmed), directly
or through a chain of other sources; corroboration is the number of such groups. A source with
neither recorded counts as its own origin, which overstates independence — the matrix says so by
listing sources whose affiliation is unrecorded.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.model import Claim, Entity, Occupancy, Source, Violation
from sabt.model.witness import SealedIdentity


@dataclass(frozen=True)
class Evidence:
    """A linked piece of evidence as a reader sees it: what it is, its excerpt, its sources."""

    type: str
    id: int
    label: str
    excerpt: str
    sources: tuple[Source, ...]


def evidence_exists(session: Session, case_id: int, kind: str, ref: str) -> int:
    """The id of the evidence `ref` of this kind in this case (a testimony also by pseudonym)."""
    ref = ref.strip()
    if kind == "testimony" and not ref.isdigit():
        sealed = session.scalar(
            select(SealedIdentity).where(
                SealedIdentity.case_id == case_id, SealedIdentity.pseudonym == ref
            )
        )
        if sealed is None or sealed.source_id is None:
            raise NotFound(f"no testimony {ref} in this case", remedy="see `sabt testimony list`")
        return sealed.source_id
    if not ref.isdigit():
        raise BadInput(f"{kind} ids are numbers, not {ref!r}")
    if resolve_evidence(session, case_id, kind, int(ref)) is None:
        raise NotFound(f"no {kind} {ref} in this case")
    return int(ref)


def resolve_evidence(
    session: Session, case_id: int, kind: str, evidence_id: int
) -> Evidence | None:
    """The evidence with its sources, or None if it is not (or no longer) in this case."""
    if kind == "claim":
        claim = session.get(Claim, evidence_id)
        if claim is None or claim.case_id != case_id:
            return None
        source = session.get(Source, claim.source_id)
        value = claim.value_text or _number(claim)
        subject = claim.subject_text or _name(session, claim.subject_entity_id)
        label = f"{subject} — {claim.property}: {value}" + (
            f" (according to {claim.attributed_to})" if claim.attributed_to else ""
        )
        return Evidence(kind, claim.id, label, claim.excerpt, (source,) if source else ())
    if kind == "occupancy":
        post = session.get(Occupancy, evidence_id)
        if post is None or post.case_id != case_id:
            return None
        source = session.get(Source, post.source_id)
        where = _name(session, post.organization_id)
        label = f"{_name(session, post.person_id)}: {post.position}" + (
            f", {where}" if where else ""
        )
        when = _period(post.start_earliest, post.end_latest)
        return Evidence(
            kind, post.id, f"{label} ({when})", post.excerpt, (source,) if source else ()
        )
    if kind == "violation":
        act = session.get(Violation, evidence_id)
        if act is None or act.case_id != case_id:
            return None
        source = session.get(Source, act.source_id) if act.source_id else None
        label = f"{act.type.replace('_', ' ')} at {_name(session, act.place_id) or 'unknown place'}"
        label += f" ({_period(act.date_earliest, act.date_latest)})"
        return Evidence(kind, act.id, label, act.description, (source,) if source else ())
    source = session.get(Source, evidence_id)
    if source is None or source.case_id != case_id:
        return None
    if kind == "testimony" and source.kind != "testimony":
        raise BadInput(f"source {evidence_id} is not a testimony", remedy="link it as --source")
    return Evidence(kind, source.id, source.title, source.text_raw[:300], (source,))


def _number(claim: Claim) -> str:
    if claim.value_low is None:
        return ""
    if claim.value_high is None or claim.value_high == claim.value_low:
        return f"{claim.value_low:,.0f}"
    return f"{claim.value_low:,.0f}–{claim.value_high:,.0f}"


def _name(session: Session, entity_id: int | None) -> str:
    entity = session.get(Entity, entity_id) if entity_id else None
    return entity.canonical_name if entity else ""


def _period(start: Any, end: Any) -> str:
    low, high = (d.isoformat() if d else "…" for d in (start, end))
    return low if low == high else f"{low} – {high}"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def independent_groups(sources: list[Source]) -> list[list[Source]]:
    """Sources grouped so that any two sharing an origin or affiliation are in one group."""
    parent = list(range(len(sources)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, source in enumerate(sources):
        for key in (
            f"origin:{_key(source.origin)}",
            f"affiliation:{_key(source.affiliation_note)}",
        ):
            if key.endswith(":"):
                continue
            if key in first_with:
                parent[root(i)] = root(first_with[key])
            else:
                first_with[key] = i
    groups: dict[int, list[Source]] = {}
    for i, source in enumerate(sources):
        groups.setdefault(root(i), []).append(source)
    return list(groups.values())
