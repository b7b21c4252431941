"""Who gets what: every route × method × role, members of this case and a user of none.

The matrix is checked against the application's own route table, so a new route without a row
here fails the test instead of slipping through unguarded.
"""

import itertools

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import func, select
from tests.web.seeded import findings
from tests.web.served import ROLES, SECRET_TEXT, WITNESS, WITNESS_NAME, Served

from sabt.model import AuditEntry, Estimate, ListRecord, Suggestion
from sabt.security import accounts
from sabt.web import estimates_page, linkage_pages, matrix, members, people
from sabt.web.app import create_app
from sabt.web.pages import PAGES

__all__ = ["findings"]  # a fixture, used by `seeded_entity`
PLUMBING = {("/login", "GET"), ("/login", "POST"), ("/logout", "POST")}
# (path, method, action the route needs); {id} is the test source.
ROUTES = [
    ("/", "GET", "case.read"),
    ("/api/v1/dashboard", "GET", "case.read"),
    ("/sources", "GET", "source.list"),
    ("/api/v1/sources", "GET", "source.list"),
    ("/sources/{source_id}", "GET", "source.read"),
    ("/api/v1/sources/{source_id}", "GET", "source.read"),
    ("/sources/{source_id}/original", "GET", "source.download"),
    ("/api/v1/sources/{source_id}/original", "GET", "source.download"),
    ("/search", "GET", "source.search"),
    ("/api/v1/search", "GET", "source.search"),
    ("/upload", "GET", "source.create"),
    ("/api/v1/upload", "GET", "source.create"),
    ("/upload", "POST", "source.create"),
    ("/api/v1/sources", "POST", "source.create"),
    ("/witnesses", "GET", "witness.read"),
    ("/api/v1/witnesses", "GET", "witness.read"),
    ("/witnesses/new", "GET", "witness.create"),
    ("/api/v1/witnesses/new", "GET", "witness.create"),
    ("/witnesses", "POST", "witness.create"),
    ("/api/v1/witnesses", "POST", "witness.create"),
    ("/witnesses/{pseudonym}/unseal", "POST", "witness.unseal"),
    ("/api/v1/witnesses/{pseudonym}/unseal", "POST", "witness.unseal"),
    ("/members", "GET", "member.read"),
    ("/api/v1/members", "GET", "member.read"),
    # each grant is undone by the revoke after it, so every role meets the same state
    ("/members", "POST", "case.manage"),
    ("/members/revoke", "POST", "case.manage"),
    ("/api/v1/members", "POST", "case.manage"),
    ("/api/v1/members/revoke", "POST", "case.manage"),
    ("/shares", "GET", "source.share"),
    ("/api/v1/shares", "GET", "source.share"),
    ("/shares", "POST", "source.share"),
    ("/shares/revoke", "POST", "source.share"),
    ("/api/v1/shares", "POST", "source.share"),
    ("/api/v1/shares/revoke", "POST", "source.share"),
    ("/estimates", "GET", "estimate.read"),
    ("/api/v1/estimates", "GET", "estimate.read"),
    ("/api/v1/estimates/{estimate_id}/plot", "GET", "estimate.read"),
    ("/matrix", "GET", "matrix.read"),
    ("/api/v1/matrix", "GET", "matrix.read"),
    ("/entities", "GET", "source.read"),
    ("/api/v1/entities", "GET", "source.read"),
    ("/entities/{entity_id}", "GET", "source.read"),
    ("/api/v1/entities/{entity_id}", "GET", "source.read"),
    ("/people/{entity_id}", "GET", "source.read"),
    ("/api/v1/people/{entity_id}", "GET", "source.read"),
    ("/timeline", "GET", "source.read"),
    ("/api/v1/timeline", "GET", "source.read"),
    ("/map", "GET", "source.read"),
    ("/api/v1/map", "GET", "source.read"),
    ("/network", "GET", "source.read"),
    ("/api/v1/network", "GET", "source.read"),
    ("/review", "GET", "source.review"),
    ("/api/v1/review", "GET", "source.review"),
    # each call decides a suggestion of its own, made by `_path`
    ("/review/suggestions/{suggestion_id}", "POST", "source.review"),
    ("/api/v1/review/suggestions/{suggestion_id}", "POST", "source.review"),
    ("/review/pairs", "GET", "source.review"),
    ("/api/v1/review/pairs", "GET", "source.review"),
    # each allowed call appends one more judgement on the matrix's own pair (append-only)
    ("/review/pairs", "POST", "source.review"),
    ("/api/v1/review/pairs", "POST", "source.review"),
]
_READS = {
    "case.read",
    "source.list",
    "source.read",
    "source.download",
    "source.search",
    "witness.read",
    "member.read",
    "estimate.read",
    "matrix.read",
}
_EVIDENCE = {"source.create", "witness.create", "witness.unseal", "source.share"}
_REVIEW = {"source.review"}
MAY = {
    "owner": _READS | _EVIDENCE | _REVIEW | {"case.manage"},
    "investigator": _READS | _EVIDENCE,
    "analyst": _READS | _REVIEW,
    "viewer": _READS,
    # lists and search narrowed to shared sources (nothing is shared here; see test_sharing.py)
    "external": {"source.list", "source.search"},
    "outsider": set(),
}
PROBE = "probe"  # the account whose role the member posts change; shares go to "external"


def _routes(served: Served) -> set[tuple[str, str]]:
    app = create_app(served.case)
    return {
        (route.path, method)
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods
        if not route.path.startswith("/api/v1/docs")
    }


def test_the_matrix_covers_every_route(served: Served) -> None:
    assert _routes(served) - PLUMBING == {(path, method) for path, method, _ in ROUTES}


def test_every_page_has_an_api_twin(served: Served) -> None:
    routes = _routes(served)
    pages = {path for path, method in routes if method == "GET" and not path.startswith("/api/")}
    registered = (
        *PAGES,
        *members.PAGES,
        estimates_page.ESTIMATES,
        matrix.MATRIX,
        people.PERSON,
        linkage_pages.PAIRS,
    )
    twins = {page.path: page.api_path for page in registered} | {
        "/sources/{source_id}/original": "/api/v1/sources/{source_id}/original"
    }
    assert pages - {"/login"} == set(twins)
    assert all((twin, "GET") in routes for twin in twins.values())


_SERIAL = itertools.count(100)


def _call(client: httpx.Client, path: str, method: str, csrf: str) -> httpx.Response:
    if method == "GET":
        return client.get(path, params={"q": "Evin"})
    unique = next(_SERIAL)  # each testimony needs a new pseudonym and a new transcript
    files = {
        "files": ("note.txt", b"a note on the Evin prison yard", "text/plain"),
        "transcript": ("t.txt", f"statement {unique}".encode(), "text/plain"),
    }
    data = {
        "csrf_token": csrf,
        "pseudonym": f"W-{unique}",
        "name": f"Witness {unique}",
        "reason": "authorisation check",
        "username": PROBE if "/members" in path else "external",
        "role": "viewer",
        "decision": "accept",
        "source_id": str(_SOURCE_ID[0]),
        "left_id": str(_PAIR[0]),
        "right_id": str(_PAIR[1]),
        "verdict": "unsure",
    }
    return client.post(path, files=files, data=data)


def _path(template: str, served: Served) -> str:
    return (
        template.replace("people/{entity_id}", f"people/{_PERSON_ID[0]}")
        .replace("{source_id}", str(served.source_id))
        .replace("{pseudonym}", WITNESS)
        .replace("{estimate_id}", str(_ESTIMATE_ID[0]))
        .replace("{entity_id}", str(_ENTITY_ID[0]))
        .replace(
            "{suggestion_id}", str(_new_suggestion(served)) if "{suggestion_id}" in template else ""
        )
    )


_ENTITY_ID, _PERSON_ID = [0], [0]


def _new_suggestion(served: Served) -> int:
    """A fresh pending suggestion, so that each allowed decision succeeds."""
    with served.case.session() as session:
        row = Suggestion(
            case_id=served.case.case_id,
            source_id=served.source_id,
            kind="mention",
            payload={"serial": next(_SERIAL)},
            # an accepted mention becomes a Mention row: it needs its span in the source's text
            start_offset=SECRET_TEXT.index("Evin"),
            end_offset=SECRET_TEXT.index("Evin") + len("Evin"),
            fingerprint=f"matrix-{next(_SERIAL)}",
            annotator="matrix",
            annotator_version="1",
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture(scope="module", autouse=True)
def seeded_entity(findings: dict[str, int]) -> None:
    """The entity whose page the matrix reads (with the demo's synthetic findings around it)."""
    _ENTITY_ID[0] = findings["Evin Prison"]
    _PERSON_ID[0] = findings["Ebrahim Raisi"]


_SOURCE_ID, _ESTIMATE_ID = [0], [0]
_PAIR = [0, 0]  # two list records a judgement can name


@pytest.fixture(scope="module", autouse=True)
def list_pair(served: Served) -> None:
    """Two synthetic victim-list records: what the pair-review posts judge."""
    with served.case.session() as session:
        records = [
            ListRecord(
                case_id=served.case.case_id,
                source_id=served.source_id,
                list_name=f"matrix-{side}",
                row_number=1,
                raw={"name": "Synthetic Person"},
                given_name="Synthetic",
                family_name="Person",
            )
            for side in ("a", "b")
        ]
        session.add_all(records)
        session.flush()
        _PAIR[:] = [record.id for record in records]


@pytest.fixture(scope="module", autouse=True)
def probe_and_estimate(served: Served) -> None:
    """An account the member posts can change, and a stored estimate whose plot is read."""
    with served.case.session() as session:
        accounts.create_user(session, PROBE, role=None, case_id=None)
        estimate = Estimate(
            case_id=served.case.case_id,
            method="chapman",
            lists=["A", "B"],
            observed=40,
            estimate=52.5,
            interval_low=45.0,
            interval_high=66.0,
        )
        session.add(estimate)
        session.flush()
        _ESTIMATE_ID[0], _SOURCE_ID[0] = estimate.id, served.source_id


@pytest.mark.parametrize("who", [*ROLES, "outsider"])
def test_each_role_gets_exactly_its_grants(served: Served, who: str) -> None:
    cookie = served.sign_in(who)
    page = cookie.get("/")
    csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0] if page.is_success else ""
    for template, method, action in ROUTES:
        path = _path(template, served)
        client = served.bearer(who) if path.startswith("/api/") else cookie
        response = _call(client, path, method, csrf)
        expected = 200 if action in MAY[who] else 403
        assert response.status_code == expected, (who, method, path, response.text[:200])
        if expected == 403:
            assert SECRET_TEXT not in response.text and "testimony" not in response.text
        if action != "witness.unseal":
            assert WITNESS_NAME not in response.text
    # plus the refused probe of "/" above; the outsider's form post, lacking a token it could
    # never get, is refused by the CSRF check instead of the policy: one entry either way
    refused = sum(1 for _, _, action in ROUTES if action not in MAY[who])
    refused += 0 if page.is_success else 1
    with served.case.session() as session:
        audited = session.scalar(
            select(func.count()).where(AuditEntry.actor == who, AuditEntry.outcome == "refused")
        )
    assert audited == refused  # every refusal, and only refusals, is on record


def test_strangers_are_sent_to_sign_in_or_told_401(served: Served) -> None:
    client = served.client()
    for template, method, _ in ROUTES:
        path = _path(template, served)
        response = _call(client, path, method, "")
        if path.startswith("/api/"):
            assert response.status_code == 401, path
            assert response.json()["error"]["status"] == 401
        elif method == "GET":
            assert response.status_code == 303 and response.headers["location"].startswith(
                "/login?next="
            )
        else:
            assert response.status_code in (303, 401)
        assert SECRET_TEXT not in response.text
