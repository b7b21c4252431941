"""A small case with something in every exported table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Claim, Entity, EntityName, ListRecord, Occupancy, Violation, ViolationParty
from sabt.security.keys import SealingKey
from sabt.security.witnesses import add_testimony
from sabt.store.casefolder import CaseFolder

# Synthetic sample documents written for these tests; no real person or event.
REPORT = "The commission met in August. About 3,000 prisoners were executed, the report says."
LETTER = "A letter from a family in Tabriz: our brother did not come back from the prison."
TRANSCRIPT = "They read names from a list. The commission asked each of us about prayer."


@dataclass(frozen=True)
class Populated:
    report: int
    letter: int
    testimony: int
    withheld_testimony: int
    claim: int
    person: int


def _ingest(case: CaseFolder, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, "utf-8")
    outcome = ingest_file(case, path, Provenance("ana", "field notes"), title=name)
    assert outcome.source_id is not None
    return outcome.source_id


def populate(case: CaseFolder, folder: Path, key: SealingKey, **identity: str) -> Populated:
    """Two documents, two testimonies (one consented to sharing), and a row in every table."""
    folder.mkdir(parents=True, exist_ok=True)
    report = _ingest(case, folder, "report.txt", REPORT)
    letter = _ingest(case, folder, "letter.txt", LETTER)
    transcript = folder / "statement.txt"
    transcript.write_text(TRANSCRIPT, "utf-8")
    shared = add_testimony(
        case,
        transcript,
        pseudonym="W-017",
        identity=identity or {"name": "Witness Example", "phone": "+00-000"},
        actor="ana",
        interview_place="Erbil",
        consent={"share": True, "share_with": "UN inquiry", "court_use": True},
        key=key,
    )
    second = folder / "second.txt"
    second.write_text("We were taken to the hall in groups of six.", "utf-8")
    private = add_testimony(
        case, second, pseudonym="W-018", identity={"name": "Other Example"}, actor="ana", key=key
    )
    with case.session() as session:
        person = Entity(case_id=case.case_id, type="person", canonical_name="Example Prosecutor")
        person.names = [
            EntityName(name="Example Prosecutor", script="Latn", is_primary=True),
            EntityName(name="دادستان نمونه", script="Arab", language="fa"),
        ]
        org = Entity(case_id=case.case_id, type="organization", canonical_name="The Commission")
        session.add_all([person, org])
        session.flush()
        claim = Claim(
            case_id=case.case_id,
            subject_text="prisoners",
            property="executed",
            value_low=3000,
            value_high=3000,
            qualifier="about",
            source_id=report,
            excerpt="About 3,000 prisoners were executed",
            start_offset=29,
            end_offset=64,
            attributed_to="the report",
            review_status="accepted",
            created_by="ana",
        )
        testimony_claim = Claim(
            case_id=case.case_id,
            subject_entity_id=org.id,
            property="asked_about",
            value_text="prayer",
            source_id=shared.id,
            excerpt="The commission asked each of us about prayer.",
            attributed_to="W-017",
            created_by="ana",
        )
        session.add_all([claim, testimony_claim])
        session.add(
            Occupancy(
                case_id=case.case_id,
                person_id=person.id,
                position="deputy prosecutor",
                organization_id=org.id,
                start_earliest=date(1988, 1, 1),
                source_id=report,
                created_by="ana",
            )
        )
        violation = Violation(
            case_id=case.case_id, type="execution", victims_low=3000, source_id=report,
            created_by="ana",
        )  # fmt: skip
        session.add(violation)
        session.flush()
        session.add(
            ViolationParty(violation_id=violation.id, entity_id=person.id, role="perpetrator")
        )
        session.add(
            ListRecord(
                case_id=case.case_id, source_id=letter, list_name="families", row_number=1,
                raw={"name": "Example Brother"}, given_name="Example", family_name="Brother",
            )
        )  # fmt: skip
        session.flush()
        ids = Populated(report, letter, shared.id, private.id, claim.id, person.id)
    case.checkpoint()
    return ids
