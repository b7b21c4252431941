"""`sabt import ftm FILE`: a FollowTheMoney file (a sanctions-list export a user brings) kept as a
source and turned into suggestions for the review queue.

The file is ingested like any document (hashed, stored, a custody event) so every sanction and
post taken from it can cite it. Each person or body of the file is matched to the case's
entities by the cross-script name keys of `sabt.text.names`: a match becomes an `entity_match`
suggestion; an unmatched person an `entity_new` one when asked (`--propose-new`: a whole
sanctions list would otherwise flood the queue with strangers). Nothing is attached to an
entity until an analyst accepts (see `sabt.legal.ftm_apply`); a suggestion already in the
queue, or already decided, is not proposed again when the same file comes back.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sabt.errors import BadInput
from sabt.ingest.service import Provenance, ingest_file
from sabt.legal.ftm_read import FtmFile, Party, read_ftm
from sabt.legal.lookup import NameIndex, case_index
from sabt.model import Suggestion
from sabt.security.policy import audit
from sabt.store.casefolder import CaseFolder

ANNOTATOR = "ftm-import"
MATCH, NEW = "entity_match", "entity_new"


@dataclass
class FtmImport:
    """What an import did: the source, the lines read and refused, the suggestions stored."""

    source_id: int
    lines: int
    schemata: dict[str, int]
    problems: list[tuple[int, str]]
    matches: int = 0
    new: int = 0
    already_known: int = 0


def _fingerprint(kind: str, ftm_id: str, entity_id: int | None) -> str:
    return hashlib.sha256(f"{kind}:{ftm_id}:{entity_id or ''}".encode()).hexdigest()


def _proposals(
    parties: list[Party], people: NameIndex, bodies: NameIndex, *, propose_new: bool
) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for party in parties:
        index = people if party.sabt_type == "person" else bodies
        best: dict[int, tuple[float, str]] = {}
        for name in party.names:
            for candidate in index.match(name):
                held = best.get(candidate.entity.id)
                if held is None or candidate.score > held[0]:
                    best[candidate.entity.id] = (candidate.score, name)
        for entity_id, (score, name) in best.items():
            out.append(
                (
                    MATCH,
                    {**party.payload(), "entity": entity_id, "matched_name": name, "score": score},
                )
            )
        if propose_new and not best and party.sabt_type == "person":
            out.append((NEW, party.payload()))
    return out


def import_ftm(case: CaseFolder, path: Path, *, actor: str, propose_new: bool = False) -> FtmImport:
    """Keep `path` as a source and queue its name matches (and, with `propose_new`, each
    unmatched person as a new entity); BadInput when no line is usable."""
    from followthemoney import __version__ as ftm_version

    parsed: FtmFile = read_ftm(path)
    if not parsed.parties and parsed.problems:
        raise BadInput(
            f"{path.name}: no line could be read ({len(parsed.problems)} refused; first: "
            f"line {parsed.problems[0][0]}: {parsed.problems[0][1]}); nothing was imported"
        )
    if not parsed.lines:
        raise BadInput(f"{path.name} holds no entities; nothing was imported")
    outcome = ingest_file(
        case, path, Provenance(actor, origin=str(path), kind="ftm"), title=f"FtM: {path.name}"
    )
    if outcome.source_id is None:
        raise BadInput(f"{path.name} could not be kept as a source: {outcome.message}")
    report = FtmImport(outcome.source_id, parsed.lines, parsed.schemata, parsed.problems)
    with case.session() as session:
        people = case_index(session, case.case_id, ("person",))
        bodies = case_index(session, case.case_id, ("organization",))
        known = set(
            session.scalars(
                select(Suggestion.fingerprint).where(
                    Suggestion.case_id == case.case_id, Suggestion.annotator == ANNOTATOR
                )
            )
        )
        for kind, payload in _proposals(parsed.parties, people, bodies, propose_new=propose_new):
            fingerprint = _fingerprint(kind, payload["ftm_id"], payload.get("entity"))
            if fingerprint in known:
                report.already_known += 1
                continue
            known.add(fingerprint)
            session.add(
                Suggestion(
                    case_id=case.case_id,
                    source_id=report.source_id,
                    kind=kind,
                    payload=payload,
                    fingerprint=fingerprint,
                    annotator=ANNOTATOR,
                    annotator_version=ftm_version,
                )
            )
            if kind == MATCH:
                report.matches += 1
            else:
                report.new += 1
        audit(
            session,
            actor=actor,
            action="source.import_ftm",
            resource=f"case:{case.case_id}/source:{report.source_id}",
            case_id=case.case_id,
            detail={
                "lines": report.lines,
                "refused": [{"line": n, "why": why} for n, why in report.problems],
                "matches": report.matches,
                "new": report.new,
                "already_known": report.already_known,
            },
        )
    return report
