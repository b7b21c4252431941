"""Evidence links and the matrix: strength, independence, gaps first, withdrawal kept on record."""

import pytest
from sqlalchemy import func, select
from tests.legal.seeded_case import CANARY_NAME, PSEUDONYM, Seeded

from sabt.errors import BadInput, Conflict, NotFound
from sabt.legal.matrix import LinkRequest, find_suspect, link_evidence, withdraw_link
from sabt.legal.matrix_view import suspect_matrix
from sabt.model import CustodyEvent, Entity
from sabt.model.legal import EvidenceLink
from sabt.store.casefolder import CaseFolder


def _link(case: CaseFolder, element: str, kind: str, ref: object, mode: str = "") -> EvidenceLink:
    request = LinkRequest("Colonel Varnak", "cah.murder", element, kind, str(ref), "shows it", mode)
    return link_evidence(case, request, actor="analyst-1")


def _matrix(case: CaseFolder, seeded: Seeded) -> dict[str, object]:
    with case.session() as session:
        suspect = session.get(Entity, seeded.suspect)
        assert suspect is not None
        return suspect_matrix(session, case.case_id, suspect)


def _rows(matrix: dict[str, object]) -> dict[str, dict[str, object]]:
    return {
        row["code"]: row
        for crime in matrix["crimes"]  # type: ignore[attr-defined]
        for section in crime["sections"]
        for row in section["elements"]
    }


def test_the_matrix_shows_grades_independent_origins_and_gaps_first(
    case: CaseFolder, seeded: Seeded
) -> None:
    _link(case, "cah.murder.killed", "violation", seeded.violation)  # NGO
    _link(case, "cah.murder.killed", "claim", seeded.claims[1])  # Party X bulletin
    _link(case, "cah.context.attack", "claim", seeded.claims[1])  # Party X bulletin
    _link(case, "cah.context.attack", "occupancy", seeded.occupancy)  # Party X radio
    _link(case, "cah.context.knowledge", "testimony", PSEUDONYM)
    _link(case, "art25_3_b.instruction", "source", seeded.sources[0], mode="art25_3_b")
    matrix = _matrix(case, seeded)
    assert list(matrix)[:3] == ["suspect", "gaps", "crimes"]  # gaps come before the crimes
    rows = _rows(matrix)
    killed = rows["cah.murder.killed"]
    assert killed["corroboration"] == 2 and killed["gaps"] == []
    assert sorted(s["grade"] for s in killed["sources"]) == ["B2", "D3"]  # type: ignore[attr-defined]
    attack = rows["cah.context.attack"]
    assert attack["corroboration"] == 1  # two sources, one party: not independent
    assert attack["gaps"] == [
        "several sources, but all of one origin",
        "only sources affiliated with one party: Party X (fictional)",
    ]
    knowledge = rows["cah.context.knowledge"]
    assert knowledge["gaps"] == ["only one source"]
    assert knowledge["evidence"][0]["label"] == f"Testimony {PSEUDONYM}"  # type: ignore[index]
    assert rows["cah.context.policy"]["gaps"] == ["no evidence linked"]
    assert rows["art25_3_b.effect"]["gaps"] == ["no evidence linked"]  # the mode's elements too
    gaps = {g["element"] for g in matrix["gaps"]}  # type: ignore[attr-defined]
    assert {"cah.context.attack", "cah.context.policy", "art25_3_b.effect"} <= gaps
    assert "cah.murder.killed" not in gaps
    assert CANARY_NAME not in repr(matrix)


def test_withdrawal_keeps_the_link_with_its_reason_in_the_ledger(
    case: CaseFolder, seeded: Seeded
) -> None:
    made = _link(case, "cah.murder.killed", "violation", seeded.violation)
    withdrawn = withdraw_link(case, made.id, actor="analyst-2", reason="wrong camp")
    assert withdrawn.withdrawn_by == "analyst-2" and withdrawn.withdrawn_at is not None
    matrix = _matrix(case, seeded)
    assert matrix["links"] == 0 and matrix["crimes"] == []
    assert matrix["withdrawn"][0]["reason"] == "wrong camp"  # type: ignore[index]
    with case.session() as session:
        actions = list(
            session.scalars(
                select(CustodyEvent.action).where(CustodyEvent.object_type == "evidence_link")
            )
        )
        assert session.get(EvidenceLink, made.id) is not None
    assert actions == ["evidence-linked", "evidence-link-withdrawn"]
    with pytest.raises(Conflict, match="already withdrawn"):
        withdraw_link(case, made.id, actor="analyst-2", reason="again")
    with pytest.raises(BadInput, match="needs a reason"):
        withdraw_link(case, made.id, actor="analyst-2", reason=" ")


@pytest.mark.parametrize(
    ("element", "kind", "ref", "note", "error", "message"),
    [
        ("cah.torture.pain", "claim", "1", "x", BadInput, "not an element of cah.murder"),
        ("cah.murder.killed", "claim", "999", "x", NotFound, "no claim 999"),
        ("cah.murder.killed", "testimony", "W-999", "x", NotFound, "no testimony W-999"),
        ("cah.murder.killed", "rumour", "1", "x", BadInput, "not a kind of evidence"),
        ("cah.murder.killed", "claim", "abc", "x", BadInput, "ids are numbers"),
        ("cah.murder.killed", "claim", "1", "  ", BadInput, "needs a note"),
    ],
)
def test_bad_links_are_refused_clearly_and_store_nothing(
    case: CaseFolder,
    seeded: Seeded,
    element: str,
    kind: str,
    ref: str,
    note: str,
    error: type[Exception],
    message: str,
) -> None:
    request = LinkRequest("Colonel Varnak", "cah.murder", element, kind, ref, note)
    with pytest.raises(error, match=message):
        link_evidence(case, request, actor="analyst-1")
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(EvidenceLink)) == 0


def test_a_testimony_link_must_point_at_a_testimony_and_duplicates_are_refused(
    case: CaseFolder, seeded: Seeded
) -> None:
    with pytest.raises(BadInput, match="not a testimony"):
        _link(case, "cah.murder.killed", "testimony", seeded.sources[0])
    _link(case, "cah.murder.killed", "testimony", seeded.testimony)
    with pytest.raises(Conflict, match="already linked"):
        _link(case, "cah.murder.killed", "testimony", PSEUDONYM)


def test_suspects_are_found_by_any_name_in_any_script(case: CaseFolder, seeded: Seeded) -> None:
    with case.session() as session:
        assert find_suspect(session, case.case_id, "سرهنگ وارناک").id == seeded.suspect
        assert find_suspect(session, case.case_id, "colonel varnak").id == seeded.suspect
        assert find_suspect(session, case.case_id, str(seeded.suspect)).id == seeded.suspect
        # Not a stored spelling: found through the transliteration-aware name key.
        assert find_suspect(session, case.case_id, "Kolonel Warnak").id == seeded.suspect
        with pytest.raises(NotFound, match="no person"):
            find_suspect(session, case.case_id, "Camp Nine")  # a place, not a person
        session.add(Entity(case_id=case.case_id, type="person", canonical_name="Colonel Varnak"))
        session.flush()
        with pytest.raises(BadInput, match="several people"):
            find_suspect(session, case.case_id, "Colonel Varnak")
