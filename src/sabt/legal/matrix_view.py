"""The case matrix for one suspect: crime → element → evidence, with strength and gaps first.

For every crime the suspect has evidence linked to, every element of that crime (and of each mode
of liability the links name) is listed, whether or not anything supports it: an element without
evidence is the most useful line in the matrix. Strength is shown, never scored: the grades of
the sources (reliability A–F, credibility 1–6) and the number of independent origins agreeing.
The same dictionary feeds `sabt matrix show --json`, the web page, its API twin and the dossier.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.ingest.grading import grade_label
from sabt.legal.matrix_evidence import Evidence, independent_groups, resolve_evidence
from sabt.legal.matrix_vocab import Element, crime_vocabulary
from sabt.model import Entity, Source
from sabt.model.legal import EvidenceLink


def source_ref(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "kind": source.kind,
        "reliability": source.reliability,
        "credibility": source.credibility,
        "grade": grade_label(source, "?"),
        "affiliation": source.affiliation_note,
        "origin": source.origin,
    }


def _evidence(link: EvidenceLink, evidence: Evidence | None) -> dict[str, Any]:
    return {
        "link_id": link.id,
        "type": link.evidence_type,
        "id": link.evidence_id,
        "label": evidence.label if evidence else "(no longer in the case)",
        "excerpt": evidence.excerpt if evidence else "",
        "note": link.note,
        "mode": link.mode,
        "linked_by": link.created_by,
        "linked_at": link.created_at.isoformat(),
        "sources": [source_ref(s) for s in evidence.sources] if evidence else [],
    }


def gap_reasons(sources: list[Source], linked: int) -> list[str]:
    """Why an element is weak: nothing, a single source, one origin, or one party only."""
    if not linked:
        return ["no evidence linked"]
    if not sources:
        return ["the linked evidence cites no source"]
    reasons = []
    groups = independent_groups(sources)
    if len(sources) == 1:
        reasons.append("only one source")
    elif len(groups) == 1:
        reasons.append("several sources, but all of one origin")
    parties = {" ".join(s.affiliation_note.casefold().split()) for s in sources}
    if len(sources) > 1 and len(parties) == 1 and "" not in parties:
        reasons.append(f"only sources affiliated with one party: {sources[0].affiliation_note}")
    return reasons


def _element(
    element: Element, links: list[dict[str, Any]], sources: list[Source]
) -> dict[str, Any]:
    unique = list({s.id: s for s in sources}.values())
    return {
        "code": element.code,
        "label": element.label,
        "summary": element.summary,
        "contextual": element.contextual,
        "evidence": links,
        "sources": [source_ref(s) for s in unique],
        "corroboration": len(independent_groups(unique)),
        "unrecorded_affiliation": [s.id for s in unique if not s.affiliation_note.strip()],
        "gaps": gap_reasons(unique, len(links)),
    }


def _section(
    kind: str,
    code: str,
    label: str,
    article: str,
    elements: tuple[Element, ...],
    links: list[EvidenceLink],
    resolved: dict[int, Evidence | None],
) -> dict[str, Any]:
    """One crime's (or mode's) elements, each with the links made to it."""
    rows = []
    for element in elements:
        mine = [link for link in links if link.element == element.code]
        found = [resolved[link.id] for link in mine]
        rows.append(
            _element(
                element,
                [_evidence(link, resolved[link.id]) for link in mine],
                [source for e in found if e for source in e.sources],
            )
        )
    return {"kind": kind, "code": code, "label": label, "article": article, "elements": rows}


def suspect_matrix(session: Session, case_id: int, suspect: Entity) -> dict[str, Any]:
    """The matrix for `suspect`: gaps first, then each crime's elements with their evidence."""
    vocabulary = crime_vocabulary()
    links = list(
        session.scalars(
            select(EvidenceLink)
            .where(EvidenceLink.case_id == case_id, EvidenceLink.suspect_id == suspect.id)
            .order_by(EvidenceLink.id)
        )
    )
    active = [link for link in links if link.withdrawn_at is None]
    resolved = {
        link.id: resolve_evidence(session, case_id, link.evidence_type, link.evidence_id)
        for link in active
    }
    crimes: list[dict[str, Any]] = []
    for code in sorted({link.crime for link in active}, key=list(vocabulary.crimes).index):
        crime = vocabulary.crimes[code]
        mine = [link for link in active if link.crime == code]
        sections = [_section("crime", crime.code, crime.label, crime.article, crime.elements,
                             mine, resolved)]  # fmt: skip
        for mode in sorted({link.mode for link in mine if link.mode}):
            m = vocabulary.modes[mode]
            sections.append(
                _section("mode", m.code, m.label, m.article, m.elements, mine, resolved)
            )
        crimes.append({"code": crime.code, "label": crime.label, "article": crime.article,
                       "family": crime.family_label, "sections": sections})  # fmt: skip
    gaps = [
        {"crime": crime["code"], "section": section["code"], "element": row["code"],
         "label": row["label"], "reasons": row["gaps"]}
        for crime in crimes for section in crime["sections"] for row in section["elements"]
        if row["gaps"]
    ]  # fmt: skip
    return {
        "suspect": {"id": suspect.id, "name": suspect.canonical_name},
        "gaps": gaps,
        "crimes": crimes,
        "withdrawn": [
            {
                "link_id": link.id,
                "crime": link.crime,
                "element": link.element,
                "evidence": f"{link.evidence_type}:{link.evidence_id}",
                "withdrawn_by": link.withdrawn_by,
                "withdrawn_at": link.withdrawn_at.isoformat() if link.withdrawn_at else None,
                "reason": link.withdrawn_reason,
            }
            for link in links
            if link.withdrawn_at is not None
        ],
        "links": len(active),
    }
