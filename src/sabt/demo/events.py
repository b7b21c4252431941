"""Synthetic findings for the demo case, so that every analysis page has something to show.

The demo documents are real text written by the project, but nobody has reviewed them into
findings yet. This module adds clearly marked stand-ins: the built-in registry's entities with
their Latin and Persian names (places with coordinates), a few occupancies and conflicting
death-toll claims as the sample documents state them, synthetic violations at the prisons, and
mentions found by plain name search. Every row says it is synthetic (`created_by`, a claim
qualifier, or the description), so none can be mistaken for a reviewed finding.
"""

from dataclasses import dataclass
from datetime import date
from importlib import resources

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.extract.review import propose
from sabt.model import (
    Claim,
    Entity,
    EntityName,
    Mention,
    Occupancy,
    OrganisationLink,
    Source,
    Violation,
    ViolationParty,
)
from sabt.store.casefolder import CaseFolder
from sabt.text.dates import parse_date
from sabt.text.normalise import script_of

SYNTHETIC = "demo-builder (synthetic)"
REVIEWED_LATER = ("03", "07")  # sources whose suggestions wait in the review queue
MENTIONS_PER_SOURCE = 5  # per entity: enough to show mentions across sources, not every one

# Approximate coordinates of the registry's places (decimal degrees).
PLACES = {
    "evin": (35.797, 51.387),
    "gohardasht": (35.842, 50.946),
    "khavaran": (35.595, 51.566),
    "tehran": (35.689, 51.389),
    "iran": (32.4, 53.7),
}

# (person, position, organisation, start, end, precision, source file)
OCCUPANCIES = (
    ("raisi", "Deputy prosecutor of Tehran", "judiciary", "1985", "1988", "year", "06"),
    ("raisi", "Member", "death-commission", "1988-07", "1988-09", "month", "03"),
    ("nayyeri", "Religious judge", "death-commission", "1988-07", "1988-09", "month", "03"),
    ("eshraghi", "Prosecutor", "death-commission", "1988-07", "1988-09", "month", "03"),
    ("pourmohammadi", "Intelligence ministry representative", "death-commission", "1988-07",
     "1988-09", "month", "07"),
)  # fmt: skip

# Conflicting counts of the same thing, each as a source states it: (attributed to, low, high).
DEATH_TOLLS = (
    ("Amnesty International (named victims)", 4482, 4482, "02"),
    ("Amnesty International", 5000, None, "02"),
    ("PMOI/NCRI", 30000, 30000, "08"),
)

# (type, place, start, end, precision, victims low, high, perpetrators)
VIOLATIONS = (
    ("extrajudicial_execution", "evin", "1988-07", "1988-09", "month", 100, 1000,
     ("death-commission", "raisi")),
    ("extrajudicial_execution", "gohardasht", "1988-07", "1988-09", "month", 100, 1000,
     ("death-commission", "nayyeri")),
    ("destruction_of_graves", "khavaran", "1988-08", "1988-12", "month", None, None, ()),
    ("harassment_of_families", "khavaran", "1989", "2009", "year", None, None, ()),
)  # fmt: skip


@dataclass(frozen=True)
class DemoFindings:
    entities: int
    mentions: int
    violations: int


def _bounds(text: str) -> tuple[date, date]:
    """The first and last day of a year ("1988") or month ("1988-07")."""
    found = parse_date(text)
    assert found is not None, text
    return found.earliest, found.latest


def _add_entities(session: Session, case_id: int) -> dict[str, Entity]:
    text = (resources.files("sabt.extract") / "registry.yaml").read_text("utf-8")
    added: dict[str, Entity] = {}
    for item in yaml.safe_load(text)["entities"]:
        latitude, longitude = PLACES.get(item["id"], (None, None))
        entity = Entity(
            case_id=case_id,
            type=item["type"],
            canonical_name=item["name"],
            description="demo entity from the built-in registry",
            latitude=latitude,
            longitude=longitude,
        )
        for name in [item["name"], *item.get("aliases", [])]:
            script = script_of(str(name))
            entity.names.append(
                EntityName(
                    name=str(name),
                    script=script,
                    language="fa" if script == "Arab" else "en",
                    is_primary=name == item["name"],
                )
            )
        session.add(entity)
        added[item["id"]] = entity
    session.flush()
    return added


def _sources(session: Session, case_id: int) -> list[Source]:
    return list(
        session.scalars(select(Source).where(Source.case_id == case_id).order_by(Source.id))
    )


def _add_mentions(session: Session, entities: dict[str, Entity], sources: list[Source]) -> int:
    added = 0
    for source in sources:
        for entity in entities.values():
            found = 0
            for name in sorted({n.name for n in entity.names}, key=len, reverse=True):
                start = source.text_raw.find(name)
                if start < 0 or found >= MENTIONS_PER_SOURCE:
                    continue
                session.add(
                    Mention(
                        source_id=source.id,
                        entity_id=entity.id,
                        text=name,
                        start_offset=start,
                        end_offset=start + len(name),
                        annotator="demo-name-search",
                        annotator_version="1",
                        created_by=SYNTHETIC,
                    )
                )
                found += 1
            added += found
    return added


def add_demo_findings(case: CaseFolder, actor: str) -> DemoFindings:
    """Entities, occupancies, claims, violations and mentions over the case's sources.

    Each row cites the demo document it comes from (by file-name prefix, "06"), or the case's
    first source where that document is absent; then the annotators propose suggestions for
    two documents so that the review queue is not empty.
    """
    with case.session() as session:
        entities = _add_entities(session, case.case_id)
        sources = _sources(session, case.case_id)
        by_prefix = {s.filename[:2]: s for s in sources}

        def cite(prefix: str) -> Source:
            return by_prefix.get(prefix, sources[0])

        for person, position, org, start, end, precision, file in OCCUPANCIES:
            session.add(
                Occupancy(
                    case_id=case.case_id,
                    person_id=entities[person].id,
                    position=position,
                    organization_id=entities[org].id,
                    start_earliest=_bounds(start)[0],
                    start_latest=_bounds(start)[1],
                    end_earliest=_bounds(end)[0],
                    end_latest=_bounds(end)[1],
                    precision=precision,
                    source_id=cite(file).id,
                    created_by=SYNTHETIC,
                )
            )
        for attributed, low, high, file in DEATH_TOLLS:
            qualifier = "at_least" if high is None else "exact"
            session.add(
                Claim(
                    case_id=case.case_id,
                    subject_entity_id=entities["massacre-1988"].id,
                    property="killed",
                    value_text=f"{low:,}" + ("+" if high is None else ""),
                    value_low=low,
                    value_high=high,
                    qualifier=qualifier,
                    date_earliest=date(1988, 7, 1),
                    date_latest=date(1988, 12, 31),
                    date_precision="range",
                    source_id=cite(file).id,
                    excerpt=f"{attributed}: {low:,}",
                    attributed_to=attributed,
                    qualifiers={"synthetic": True},
                    created_by=SYNTHETIC,
                )
            )
        violations = _add_violations(session, case.case_id, entities, cite("01"))
        mentions = _add_mentions(session, entities, sources)
        session.add(
            OrganisationLink(
                case_id=case.case_id,
                child_id=entities["death-commission"].id,
                parent_id=entities["judiciary"].id,
                relation="drawn_from",
                start_earliest=date(1988, 7, 1),
                end_latest=date(1988, 9, 30),
                precision="month",
                source_id=cite("03").id,
                excerpt="synthetic demo link",
                created_by=SYNTHETIC,
            )
        )
        found = DemoFindings(len(entities), mentions, violations)
    for prefix in REVIEWED_LATER:
        if prefix in by_prefix:
            propose(case, str(by_prefix[prefix].id), actor=actor)
    return found


def _add_violations(
    session: Session, case_id: int, entities: dict[str, Entity], source: Source
) -> int:
    for kind, place, start, end, precision, low, high, perpetrators in VIOLATIONS:
        violation = Violation(
            case_id=case_id,
            type=kind,
            description=f"Synthetic demo event: {kind.replace('_', ' ')} at "
            f"{entities[place].canonical_name}",
            date_earliest=_bounds(start)[0],
            date_latest=_bounds(end)[1],
            date_precision=precision,
            place_id=entities[place].id,
            victims_low=low,
            victims_high=high,
            source_id=source.id,
            created_by=SYNTHETIC,
        )
        session.add(violation)
        session.flush()
        session.add_all(
            ViolationParty(
                violation_id=violation.id,
                entity_id=entities[who].id,
                role="perpetrator",
                mode="decided",
            )
            for who in perpetrators
        )
    return len(VIOLATIONS)
