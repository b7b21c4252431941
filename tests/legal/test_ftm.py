"""FollowTheMoney import (review queue, accepted matches applied once) and export (valid FtM)."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.legal.chain_seed import Chain, seed_chain
from tests.legal.ftm_files import BODY, GOOD, OFFICIAL, write_ftm

from sabt.errors import BadInput
from sabt.legal.ftm_apply import apply_accepted, decide_match, pending_matches
from sabt.legal.ftm_export import export_ftm
from sabt.legal.ftm_import import import_ftm
from sabt.legal.people import PostRequest, add_post
from sabt.legal.person_view import person_context
from sabt.model import CustodyEvent, Entity, EntityIdentifier, Occupancy, Sanction, Source
from sabt.store.casefolder import CaseFolder


@pytest.fixture
def chain(case: CaseFolder, tmp_path: Path) -> Chain:
    return seed_chain(case, tmp_path)


def test_import_queues_matches_and_reports_bad_lines(
    case: CaseFolder, chain: Chain, tmp_path: Path
) -> None:
    path = write_ftm(
        tmp_path / "list.ftm.json",
        GOOD,
        extra_lines=('{"id": "x", "schema": "Starship", "properties": {}}', "{not json"),
    )
    report = import_ftm(case, path, actor="analyst", propose_new=True)
    assert [n for n, _ in report.problems] == [7, 8]
    assert "Starship" in report.problems[0][1] and "not JSON" in report.problems[1][1]
    assert (report.matches, report.new) == (1, 1)
    pending = pending_matches(case)
    match = next(s for s in pending if s.kind == "entity_match")
    assert match.payload["entity"] == chain.official
    assert match.payload["sanctions"][0]["authority"] == "Council of Fictional States"
    assert match.payload["details"] == {"birthDate": ["1961"], "nationality": ["ir"]}
    with case.session() as session:
        source = session.get_one(Source, report.source_id)
        assert source.kind == "ftm" and session.scalars(select(Sanction)).all() == []
    again = import_ftm(case, path, actor="analyst", propose_new=True)
    assert (again.matches, again.new, again.already_known) == (0, 0, 2)
    assert import_ftm(case, path, actor="analyst").new == 0  # strangers only when asked


def test_accepting_a_match_links_the_id_and_brings_sanction_and_post(
    case: CaseFolder, chain: Chain, tmp_path: Path
) -> None:
    report = import_ftm(case, write_ftm(tmp_path / "list.json", GOOD), actor="analyst")
    match = next(s for s in pending_matches(case) if s.kind == "entity_match")
    applied = decide_match(case, match.id, "accept", actor="analyst", reason="same DOB")
    assert [(a.entity_id, a.sanctions, a.posts) for a in applied] == [(chain.official, 1, 1)]
    assert apply_accepted(case, actor="analyst") == []  # applied once only
    with case.session() as session:
        view = person_context(session, session.get_one(Entity, chain.official))
        events = session.scalars(select(CustodyEvent.action)).all()
    sanction = view["sanctions"][0]
    assert sanction["program"] == "Fictional human rights regime"
    assert sanction["from"] == "2011-04-12" and sanction["source"] == report.source_id
    assert {"scheme": "ftm", "value": "fict-person-1"} in view["identifiers"]
    judge = next(p for p in view["posts"] if p["position"] == "Fictional judge")
    assert judge["phase"] == "after" and judge["organisation"] == "Fictional Court"
    assert {"entity-matched", "sanction-recorded"} <= set(events)


def test_a_match_accepted_on_the_review_queue_is_applied_by_apply_accepted(
    case: CaseFolder, chain: Chain, tmp_path: Path
) -> None:
    from sabt.extract.review import decide

    import_ftm(case, write_ftm(tmp_path / "list.json", GOOD), actor="analyst")
    (match,) = pending_matches(case)
    assert match.payload["name"] == "Daryoush Kamrani"
    decide(case, match.id, "accept", actor="analyst")
    applied = apply_accepted(case, actor="analyst")
    assert [(a.entity_id, a.sanctions) for a in applied] == [(chain.official, 1)]


def test_accepting_a_new_person_creates_them_and_rejecting_adds_nothing(
    case: CaseFolder, chain: Chain, tmp_path: Path
) -> None:
    import_ftm(case, write_ftm(tmp_path / "list.json", GOOD), actor="analyst", propose_new=True)
    by_kind = {s.kind: s for s in pending_matches(case)}
    decide_match(case, by_kind["entity_match"].id, "reject", actor="analyst", reason="other man")
    decide_match(case, by_kind["entity_new"].id, "accept", actor="analyst")
    with case.session() as session:
        created = session.scalars(
            select(Entity).join(EntityIdentifier).where(EntityIdentifier.value == "fict-person-2")
        ).one()
        assert created.canonical_name == "Shirin Fictitia"
        assert session.scalar(select(func.count(Sanction.id))) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken\n[1, 2]\n", "no line could be read"),
        ("\n\n", "holds no entities"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_unusable_files_are_refused_and_nothing_is_kept(
    case: CaseFolder, tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=message):
        import_ftm(case, path, actor="analyst")
    with pytest.raises(BadInput, match="not a file"):
        import_ftm(case, tmp_path / "missing.json", actor="analyst")
    with case.session() as session:
        assert session.scalar(select(func.count(Source.id))) == 0


def test_export_writes_valid_ftm_that_round_trips(
    case: CaseFolder, chain: Chain, tmp_path: Path
) -> None:
    from followthemoney import model

    add_post(
        case,
        PostRequest("Dariush Kamrani", "member", "Fictional Commission", "1988", "1988",
                    str(chain.source), "sat on the commission in 1988"),
        actor="analyst",
    )  # fmt: skip
    import_ftm(case, write_ftm(tmp_path / "list.json", [OFFICIAL, BODY]), actor="analyst")
    decide_match(case, pending_matches(case)[0].id, "accept", actor="analyst")
    with case.session() as session:
        session.add(
            Sanction(case_id=case.case_id, entity_id=chain.official, authority="Fictional Union",
                     created_by="analyst")
        )  # fmt: skip
    out = tmp_path / "case.ftm.json"
    count = export_ftm(case, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert count == len(lines)
    proxies = [model.get_proxy(line) for line in lines]
    assert all(
        p.to_dict()["properties"] == line["properties"]
        for p, line in zip(proxies, lines, strict=True)
    )
    by_schema: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        by_schema.setdefault(line["schema"], []).append(line)
    official = next(p for p in by_schema["Person"] if p["id"] == f"sabt-person-{chain.official}")
    assert "داریوش کامرانی" in official["properties"]["alias"]  # type: ignore[index]
    assert len(by_schema["Occupancy"]) == 1 and len(by_schema["Position"]) == 1
    assert by_schema["Sanction"][0]["properties"]["entity"] == [official["id"]]  # type: ignore[index]
    with case.session() as session:
        assert session.scalar(select(func.count(Occupancy.id))) == 1
