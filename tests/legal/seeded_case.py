"""A small fictional case for the matrix and dossier tests: three sources of different origins,
a fictional suspect with Latin and Persian names, a post, an act, two conflicting claims and a
protected witness whose canary name must never leak.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sabt.ingest.grading import evaluate_source
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Claim, Entity, EntityName, Occupancy, Violation, ViolationParty
from sabt.security.keys import SealingKey
from sabt.security.witnesses import add_testimony
from sabt.store.casefolder import CaseFolder

CANARY_NAME = "Canarina Zelmovaar"  # the protected witness's real name in this fictional case
CANARY_PHONE = "+00 999 555 0142"
PSEUDONYM = "W-017"
# (file, text, origin, reliability, credibility, affiliation)
SOURCES = (
    ("ngo.txt", "NGO report: the fictional Colonel Varnak ordered the camp executions in 1990.",
     "fictional NGO report", "B", 2, "independent NGO (fictional)"),
    ("party.txt", "Party bulletin: some 9,000 were executed at the camp.",
     "fictional party bulletin", "D", 3, "Party X (fictional)"),
    ("party2.txt", "Party radio: Varnak chaired the camp tribunal.",
     "fictional party radio", "D", 3, "Party X (fictional)"),
)  # fmt: skip


@dataclass(frozen=True)
class Seeded:
    suspect: int
    sources: tuple[int, ...]
    occupancy: int
    violation: int
    claims: tuple[int, int]
    testimony: int


def seed(case: CaseFolder, folder: Path, key: SealingKey) -> Seeded:
    source_ids = []
    for name, text, origin, reliability, credibility, affiliation in SOURCES:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        outcome = ingest_file(case, path, Provenance("tester", origin), title=origin)
        assert outcome.source_id is not None
        evaluate_source(
            case, str(outcome.source_id), actor="tester", reliability=reliability,
            credibility=credibility, affiliation=affiliation,
        )  # fmt: skip
        source_ids.append(outcome.source_id)
    statement = folder / "statement.txt"
    statement.write_text(f"Statement of {PSEUDONYM}: I saw the colonel at the camp gate.", "utf-8")
    testimony = add_testimony(
        case, statement, pseudonym=PSEUDONYM,
        identity={"name": CANARY_NAME, "phone": CANARY_PHONE}, actor="tester", key=key,
    )  # fmt: skip
    with case.session() as session:
        suspect = Entity(case_id=case.case_id, type="person", canonical_name="Colonel Varnak")
        suspect.names.append(EntityName(name="Colonel Varnak", is_primary=True))
        suspect.names.append(EntityName(name="سرهنگ وارناک", script="Arab", language="fa"))
        camp = Entity(case_id=case.case_id, type="place", canonical_name="Camp Nine")
        event = Entity(case_id=case.case_id, type="event", canonical_name="Camp executions")
        unit = Entity(case_id=case.case_id, type="organization", canonical_name="Tribunal Unit")
        session.add_all([suspect, camp, event, unit])
        session.flush()
        post = Occupancy(
            case_id=case.case_id, person_id=suspect.id, position="Chair", organization_id=unit.id,
            start_earliest=date(1989, 1, 1), end_latest=date(1991, 12, 31), precision="year",
            source_id=source_ids[2], excerpt="Varnak chaired the camp tribunal.",
            created_by="tester",
        )  # fmt: skip
        act = Violation(
            case_id=case.case_id, type="extrajudicial_execution",
            description="Executions at Camp Nine", date_earliest=date(1990, 6, 1),
            date_latest=date(1990, 8, 31), date_precision="month", place_id=camp.id,
            victims_low=100, victims_high=900, source_id=source_ids[0], created_by="tester",
        )  # fmt: skip
        low = Claim(
            case_id=case.case_id, subject_entity_id=event.id, property="killed",
            value_text="800", value_low=800, value_high=800, qualifier="exact",
            source_id=source_ids[0], excerpt="about 800 were executed", attributed_to="NGO",
            created_by="tester",
        )  # fmt: skip
        high = Claim(
            case_id=case.case_id, subject_entity_id=event.id, property="killed",
            value_text="9,000", value_low=9000, value_high=9000, qualifier="exact",
            source_id=source_ids[1], excerpt="some 9,000 were executed", attributed_to="Party X",
            created_by="tester",
        )  # fmt: skip
        session.add_all([post, act, low, high])
        session.flush()
        session.add(ViolationParty(violation_id=act.id, entity_id=suspect.id, role="perpetrator"))
        seeded = Seeded(
            suspect.id, tuple(source_ids), post.id, act.id, (low.id, high.id), testimony.id
        )
    case.checkpoint()
    return seeded
