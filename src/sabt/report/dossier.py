"""The dossier on one suspect: what a lawyer reads, with every statement footnoted to its source.

Built as plain data (like the web pages' contexts), then rendered to HTML by a Jinja2 template and
to PDF from that HTML. Its parts: summary; positions held; the acts (violations) with dates and
places; the case matrix, crime by crime and element by element, gaps first; conflicting claims
with both sides; and the sources with grades, affiliations, SHA-256 and ledger inclusion proofs.

Testimonies appear under their pseudonym. Identities are shown only when the reader asks for it
AND the policy allows `witness.unseal` AND the sealing key is at hand; each reveal is unsealed
through `sabt.security.witnesses`, so it is a custody event with the reader's reason.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sabt.extract.conflicts import claim_views, find_conflicts
from sabt.ingest.grading import grade_label
from sabt.legal.matrix import find_suspect
from sabt.legal.matrix_view import suspect_matrix
from sabt.legal.person_view import person_context
from sabt.model import Case, Claim, Entity, Source, Violation, ViolationParty
from sabt.model.witness import SealedIdentity
from sabt.report.footnotes import Footnotes
from sabt.report.proofs import ingestion_proofs
from sabt.security.keys import SealingKey
from sabt.security.policy import Actor, Resource, allowed
from sabt.store.casefolder import CaseFolder


@dataclass(frozen=True)
class Reveal:
    """A reader's request to see protected identities, with the reason the ledger will keep."""

    reason: str
    key: SealingKey | None = None  # default: the configured sealing key


# Claims and posts an analyst has let stand; suggestions still pending are not evidence.
_STANDING = ("accepted", "corrected")


def _period(start: Any, end: Any) -> str:
    low, high = (_iso(d) or "…" for d in (start, end))
    return low if low == high else f"{low} – {high}"


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _name(session: Session, entity_id: int | None) -> str:
    entity = session.get(Entity, entity_id) if entity_id else None
    return entity.canonical_name if entity else ""


def _positions(session: Session, suspect: Entity, notes: Footnotes) -> list[dict[str, Any]]:
    """Posts as the person view has them: before, during or after the acts, in their chain."""
    found = []
    for post in person_context(session, suspect)["posts"]:
        if post["status"] not in _STANDING:
            continue
        organisation = " ⊂ ".join(link["name"] for link in post["chain"])
        found.append(
            {
                "position": post["position"],
                "organisation": organisation,
                "when": _period(post["from"], post["to"]),
                "precision": post["precision"],
                "phase": post["phase"],
                "fn": notes.cite(
                    session.get(Source, post["source"]),
                    post["excerpt"] or f"{post['position']}, {organisation}",
                ),
            }
        )
    return found


def _acts(
    session: Session, case_id: int, suspect: Entity, linked: set[int], notes: Footnotes
) -> list[dict[str, Any]]:
    involved = select(ViolationParty.violation_id).where(
        ViolationParty.entity_id == suspect.id, ViolationParty.role == "perpetrator"
    )
    acts = session.scalars(
        select(Violation)
        .where(
            Violation.case_id == case_id, or_(Violation.id.in_(involved), Violation.id.in_(linked))
        )
        .order_by(Violation.date_earliest, Violation.id)
    )
    found = []
    for act in acts:
        source = session.get(Source, act.source_id) if act.source_id else None
        victims = (
            ""
            if act.victims_low is None
            else f"{act.victims_low:,}"
            + (f"–{act.victims_high:,}" if act.victims_high not in (None, act.victims_low) else "")
        )
        found.append(
            {
                "id": act.id,
                "type": act.type.replace("_", " "),
                "when": _period(act.date_earliest, act.date_latest),
                "precision": act.date_precision,
                "place": _name(session, act.place_id) or "unknown place",
                "victims": victims,
                "description": act.description,
                "fn": notes.cite(source, act.description),
            }
        )
    return found


def _linked(matrix: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every piece of evidence linked in the matrix, element by element."""
    for crime in matrix["crimes"]:
        for section in crime["sections"]:
            for row in section["elements"]:
                yield from row["evidence"]


def _footnote_matrix(session: Session, matrix: dict[str, Any], notes: Footnotes) -> None:
    for item in _linked(matrix):
        # the matrix resolved each piece already; its sources are in this session's identity map
        sources = [session.get(Source, s["id"]) for s in item["sources"]]
        excerpt = item["excerpt"] or item["label"]
        item["fns"] = [notes.cite(s, excerpt) for s in sources] or [notes.cite(None, item["label"])]


def _claim_side(session: Session, claim: Claim, notes: Footnotes) -> dict[str, Any]:
    source = session.get(Source, claim.source_id)
    value = claim.value_text or (f"{claim.value_low:,.0f}" if claim.value_low is not None else "")
    return {
        "claim_id": claim.id,
        "value": value,
        "qualifier": claim.qualifier,
        "attributed_to": claim.attributed_to or (source.title if source else ""),
        "grade": grade_label(source, "?") if source else "",
        "fn": notes.cite(source, claim.excerpt),
    }


def _conflicts(
    session: Session, case_id: int, suspect: Entity, matrix: dict[str, Any], notes: Footnotes
) -> list[dict[str, Any]]:
    linked_claims = [item["id"] for item in _linked(matrix) if item["type"] == "claim"]
    subjects = {suspect.id} | {
        s
        for s in session.scalars(select(Claim.subject_entity_id).where(Claim.id.in_(linked_claims)))
        if s is not None
    }
    about = [
        view
        for view in claim_views(session, case_id)
        if view.subject_entity_id in subjects and view.review_status in _STANDING
    ]
    return [
        {
            "subject": _name(session, conflict.claims[0].subject_entity_id),
            "property": conflict.property,
            "kind": conflict.kind,
            "sides": [_claim_side(session, _claim(session, v.id), notes) for v in conflict.claims],
        }
        for conflict in find_conflicts(about)
    ]


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    assert claim is not None  # listed by claim_views in this session
    return claim


def _sources(case: CaseFolder, session: Session, notes: Footnotes) -> list[dict[str, Any]]:
    ids = sorted({n["source_id"] for n in notes.notes if n["source_id"] is not None})
    proofs = ingestion_proofs(case, session, ids)
    listed = []
    for source_id in ids:
        source = session.get(Source, source_id)
        assert source is not None  # cited from this case's rows
        listed.append(
            {
                "id": source.id,
                "title": source.title,
                "kind": source.kind,
                "origin": source.origin,
                "grade": grade_label(source, "?"),
                "evaluation": source.evaluation_note,
                "affiliation": source.affiliation_note or "not recorded",
                "sha256": source.blob_sha256,
                "acquired_at": source.acquired_at.isoformat(),
                "pseudonym": (source.metadata_json.get("testimony") or {}).get("pseudonym", ""),
                "proof": proofs[source_id],
            }
        )
    return listed


def build_dossier(case: CaseFolder, suspect_ref: str, actor: Actor) -> dict[str, Any]:
    """The dossier's content for `suspect_ref`, with identities pseudonymised."""
    case.checkpoint()  # so that every source's ingestion is covered by a signed tree head
    notes = Footnotes()
    with case.session() as session:
        suspect = find_suspect(session, case.case_id, suspect_ref)
        matrix = suspect_matrix(session, case.case_id, suspect)
        _footnote_matrix(session, matrix, notes)
        linked_acts = {item["id"] for item in _linked(matrix) if item["type"] == "violation"}
        posts = _positions(session, suspect, notes)
        acts = _acts(session, case.case_id, suspect, linked_acts, notes)
        conflicts = _conflicts(session, case.case_id, suspect, matrix, notes)
        sources = _sources(case, session, notes)
        title = session.scalar(select(Case.title).where(Case.id == case.case_id)) or case.slug
        names = sorted({n.name for n in suspect.names} - {suspect.canonical_name})
        pseudonyms = sorted(
            session.scalars(
                select(SealedIdentity.pseudonym).where(
                    SealedIdentity.case_id == case.case_id,
                    SealedIdentity.source_id.in_([s["id"] for s in sources]),
                )
            )
        )
    return {
        "case": {"title": title, "slug": case.slug},
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generated_by": actor.username,
        "suspect": {"id": suspect.id, "name": suspect.canonical_name, "other_names": names},
        "summary": {
            "positions": len(posts),
            "acts": len(acts),
            "crimes": [c["label"] for c in matrix["crimes"]],
            "links": matrix["links"],
            "gaps": len(matrix["gaps"]),
            "conflicts": len(conflicts),
            "sources": len(sources),
        },
        "positions": posts,
        "acts": acts,
        "matrix": matrix,
        "conflicts": conflicts,
        "sources": sources,
        "footnotes": notes.notes,
        "witnesses": [{"pseudonym": p, "identity": None} for p in pseudonyms],
        "identities": "pseudonymised",
    }


def reveal_identities(
    case: CaseFolder, dossier: dict[str, Any], actor: Actor, reveal: Reveal
) -> None:
    """Unseal each witness the dossier cites; each is a custody event (refusals too)."""
    from sabt.security.witnesses import unseal_identity

    for witness in dossier["witnesses"]:
        pseudonym = witness["pseudonym"]
        witness["identity"] = unseal_identity(
            case,
            pseudonym,
            actor=actor.username,
            reason=f"dossier on {dossier['suspect']['name']}: {reveal.reason}",
            allowed=allowed(actor, "witness.unseal", Resource(case.case_id, "witness", pseudonym)),
            key=reveal.key,
        )
    dossier["identities"] = "revealed"
