"""The demo's case matrix: a few evidence links for one suspect, so that `sabt matrix show`, the
/matrix page and `sabt report dossier` have something to show.

The suspect is a public figure named in the demo's sample documents, which summarise publicly
reported facts in the project's own words; the links are an illustration of the method, marked
as such in every note, not an assessment of anyone's responsibility. Some elements are left
without evidence on purpose: the gaps are the point of the matrix.
"""

from sqlalchemy import select

from sabt.demo.testimony import DEMO_PSEUDONYM
from sabt.legal.matrix import LinkRequest, link_evidence
from sabt.model import Claim, Entity, Occupancy, Source, Violation
from sabt.store.casefolder import CaseFolder

DEMO_SUSPECT = "Ebrahim Raisi"
_NOTE = " (demo link: an illustration of the method, not an assessment)"


def add_demo_matrix(case: CaseFolder, actor: str) -> int:
    """Link the demo findings to elements of murder (a crime against humanity); how many made."""
    with case.session() as session:
        suspect = session.scalar(select(Entity).where(Entity.canonical_name == DEMO_SUSPECT))
        if suspect is None:
            return 0
        evin = session.scalar(
            select(Violation.id)
            .join(Entity, Entity.id == Violation.place_id)
            .where(Entity.canonical_name == "Evin Prison")
        )
        tolls = dict(session.execute(select(Claim.attributed_to, Claim.id)).tuples().all())
        seat = session.scalar(
            select(Occupancy.id).where(
                Occupancy.person_id == suspect.id, Occupancy.position == "Member"
            )
        )
        background = session.scalar(select(Source.id).where(Source.filename.like("01%")))
        persian = session.scalar(select(Source.id).where(Source.filename.like("07%")))
    planned = [
        ("cah.murder.killed", "", "violation", evin,
         "executions at Evin during the commission's sittings"),
        ("cah.murder.killed", "", "testimony", DEMO_PSEUDONYM,
         "the synthetic witness describes men called out in groups who did not come back"),
        ("cah.context.attack", "", "claim", tolls.get("Amnesty International"),
         "thousands killed across prisons in weeks: scale of the attack"),
        ("cah.context.attack", "", "claim", tolls.get("PMOI/NCRI"),
         "a party's much higher figure; same direction, weaker source"),
        ("cah.context.civilian_population", "", "source", background,
         "the victims were prisoners, many serving sentences or held past them"),
        ("art25_3_a.contribution", "art25_3_a", "occupancy", seat,
         "sat on the commission that decided who was executed"),
        ("art25_3_a.contribution", "art25_3_a", "source", persian,
         "a party-aligned outlet names the same four members"),
    ]  # fmt: skip
    made = 0
    for element, mode, kind, ref, note in planned:
        if ref is None:
            continue
        request = LinkRequest(
            str(suspect.id), "cah.murder", element, kind, str(ref), note + _NOTE, mode
        )
        link_evidence(case, request, actor=actor)
        made += 1
    return made
