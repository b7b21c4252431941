"""Posts and organisation links by hand; the person view marks posts before/during/after."""

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.legal.chain_seed import Chain, seed_chain

from sabt.errors import BadInput, NotFound
from sabt.legal.lookup import find_one
from sabt.legal.organisations import LinkRequest, link_organisations
from sabt.legal.people import PostRequest, add_post
from sabt.legal.person_view import person_context
from sabt.model import CustodyEvent, Occupancy
from sabt.store.casefolder import CaseFolder


@pytest.fixture
def chain(case: CaseFolder, tmp_path: Path) -> Chain:
    return seed_chain(case, tmp_path)


def _post(
    case: CaseFolder,
    chain: Chain,
    person: str,
    position: str,
    org: str,
    start: str,
    end: str | None,
) -> Occupancy:
    return add_post(
        case,
        PostRequest(person, position, org, start, end, str(chain.source), "fictional excerpt"),
        actor="analyst",
    )


def test_names_resolve_across_scripts_and_ambiguity_lists_candidates(
    case: CaseFolder, chain: Chain
) -> None:
    with case.session() as session:
        assert find_one(session, case.case_id, "داریوش کامرانی", ("person",)).id == chain.official
        assert find_one(session, case.case_id, "Daryush Kamrani", ("person",)).id == chain.official
        assert (
            find_one(session, case.case_id, f"#{chain.official}", ("person",)).id == chain.official
        )
        with pytest.raises(BadInput, match=rf"#{chain.namesake_a}.*#{chain.namesake_b}"):
            find_one(session, case.case_id, "Bahram Tavakoli", ("person",))
        with pytest.raises(NotFound, match="no person named"):
            find_one(session, case.case_id, "Nobody Atall", ("person",))


def test_post_after_the_violations_is_marked_after_with_its_chain(
    case: CaseFolder, chain: Chain
) -> None:
    for child, parent in (
        ("Fictional Commission", "Fictional Prosecutor's Office"),
        ("Fictional Prosecutor's Office", "Fictional Judiciary"),
    ):
        link_organisations(
            case,
            LinkRequest(child, parent, "1980", "2000", str(chain.source), "fictional"),
            actor="analyst",
        )
    _post(case, chain, "داریوش کامرانی", "member", "Fictional Commission", "1988-07", "1988-12")
    _post(case, chain, "Dariush Kamrani", "clerk", "Fictional Prosecutor's Office", "1980", "1985")
    _post(
        case,
        chain,
        "Dariush Kamrani",
        "deputy prosecutor",
        "Fictional Prosecutor's Office",
        "1990",
        None,
    )
    with case.session() as session:
        view = person_context(
            session, find_one(session, case.case_id, "Dariush Kamrani", ("person",))
        )
        events = session.scalars(select(CustodyEvent.action)).all()
    phases = {post["position"]: post["phase"] for post in view["posts"]}
    assert phases == {"clerk": "before", "member": "during", "deputy prosecutor": "after"}
    member = next(p for p in view["posts"] if p["position"] == "member")
    assert [link["name"] for link in member["chain"]] == [
        "Fictional Commission",
        "Fictional Prosecutor's Office",
        "Fictional Judiciary",
    ]
    assert member["from"] == "1988-07-01" and member["precision"] == "month"
    assert view["violations_period"] == {"from": "1988-07-01", "to": "1988-09-30"}
    assert {n["script"] for n in view["names"]} == {"Latn", "Arab"}
    assert events.count("occupancy-created") == 3 and events.count("organisation-linked") == 2


def test_chain_follows_the_link_in_force_on_the_date(case: CaseFolder, chain: Chain) -> None:
    link_organisations(
        case,
        LinkRequest("Fictional Commission", "Fictional Judiciary", "1985", "1989", None, ""),
        actor="analyst",
    )
    link_organisations(
        case,
        LinkRequest(
            "Fictional Commission", "Fictional Prosecutor's Office", "1990", None, None, ""
        ),
        actor="analyst",
    )
    _post(case, chain, "Dariush Kamrani", "member", "Fictional Commission", "1988", "1988")
    _post(case, chain, "Dariush Kamrani", "head", "Fictional Commission", "1995", None)
    with case.session() as session:
        view = person_context(
            session, find_one(session, case.case_id, f"#{chain.official}", ("person",))
        )
    chains = {p["position"]: [c["name"] for c in p["chain"]] for p in view["posts"]}
    assert chains["member"][1] == "Fictional Judiciary"
    assert chains["head"][1] == "Fictional Prosecutor's Office"


@pytest.mark.parametrize(
    ("start", "end", "source", "message"),
    [
        ("1990", "1988", None, "ends"),
        ("not a date", None, None, "not a date"),
        ("1988", None, "9999", "no source"),
    ],
)
def test_bad_post_is_refused_and_nothing_stored(
    case: CaseFolder, chain: Chain, start: str, end: str | None, source: str | None, message: str
) -> None:
    with pytest.raises((BadInput, NotFound), match=message):
        add_post(
            case,
            PostRequest(
                "Dariush Kamrani", "member", None, start, end, source or str(chain.source), ""
            ),
            actor="analyst",
        )
    with case.session() as session:
        assert session.scalars(select(Occupancy)).all() == []


def test_a_loop_of_bodies_is_refused(case: CaseFolder, chain: Chain) -> None:
    link_organisations(
        case,
        LinkRequest("Fictional Commission", "Fictional Judiciary", None, None, None, ""),
        actor="a",
    )
    with pytest.raises(BadInput, match="already within"):
        link_organisations(
            case,
            LinkRequest("Fictional Judiciary", "Fictional Commission", None, None, None, ""),
            actor="a",
        )
