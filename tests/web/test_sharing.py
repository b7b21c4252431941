"""Sharing with an external user: they read exactly the shared sources, nothing else, anywhere.

Web form, API and CLI share and revoke through the same service; lists and search results are
narrowed to what is shared; an unshared source is refused page and original alike.
"""

import json
import os
import subprocess
import sys

import httpx
from sqlalchemy import select
from tests.web.served import SECRET_TEXT, Served, form_token

from sabt.ingest.service import Provenance, ingest_file
from sabt.model import AuditEntry, Share
from sabt.security.policy import Actor, Resource, allowed

SHARED_TEXT = "A shared note about the Evin prison visiting room."


def _second_source(served: Served, tmp_name: str) -> int:
    path = served.case.path.parent / tmp_name
    path.write_text(SHARED_TEXT, "utf-8")
    outcome = ingest_file(served.case, path, Provenance("tester", "test"))
    assert outcome.source_id is not None
    return outcome.source_id


def _sees(external: httpx.Client, shared: int | None, hidden: int) -> None:
    listed = {s["id"] for s in external.get("/api/v1/sources").json()["sources"]}
    found = {h["id"] for h in external.get("/api/v1/search", params={"q": "Evin"}).json()["hits"]}
    assert listed == found == ({shared} if shared else set())
    for path in (f"/api/v1/sources/{hidden}", f"/api/v1/sources/{hidden}/original"):
        refused = external.get(path)
        assert refused.status_code == 403 and SECRET_TEXT not in refused.text
    for page in ("/api/v1/dashboard", "/api/v1/members", "/api/v1/estimates", "/api/v1/shares"):
        assert external.get(page).status_code == 403, page


def test_the_policy_lets_an_external_read_only_shared_sources() -> None:
    external = Actor("e", 1, {1: "external"}, {1: frozenset({"7"})})
    assert allowed(external, "source.read", Resource(1, "source", "7"))
    assert allowed(external, "source.download", Resource(1, "source", "7"))
    assert not allowed(external, "source.read", Resource(1, "source", "8"))
    assert not allowed(external, "source.read", Resource(1))
    assert not allowed(external, "source.read", Resource(2, "source", "7"))
    viewer = Actor("v", 2, {1: "viewer"}, {1: frozenset({"7"})})
    assert not allowed(viewer, "source.share", Resource(1))


def test_shared_by_form_readable_then_revoked_by_api(served: Served) -> None:
    shared_id = _second_source(served, "shared.txt")
    external = served.bearer("external")
    _sees(external, None, served.source_id)
    owner = served.sign_in("owner")
    csrf = form_token(owner.get("/shares").text)
    data = {"csrf_token": csrf, "source_id": str(shared_id), "username": "external"}
    shared = owner.post("/shares", data=data)
    assert shared.status_code == 200 and "shared with external" in shared.text
    _sees(external, shared_id, served.source_id)
    page = served.sign_in("external").get(f"/sources/{shared_id}")
    assert page.status_code == 200 and "visiting room" in page.text
    original = external.get(f"/api/v1/sources/{shared_id}/original")
    assert original.content == SHARED_TEXT.encode()
    listed = served.bearer("investigator").get("/api/v1/shares").json()["shares"]
    assert [(s["source_id"], s["username"], s["granted_by"]) for s in listed] == [
        (shared_id, "external", "owner")
    ]
    revoked = served.bearer("investigator").post(
        "/api/v1/shares/revoke", data={"source_id": str(shared_id), "username": "external"}
    )
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    _sees(external, None, shared_id)
    with served.case.session() as session:
        kept = session.scalars(select(Share)).all()  # the record of the disclosure stays
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.action.in_(["source.share", "source.unshare"]),
                AuditEntry.outcome == "ok",
            )
        ).all()
    assert len(kept) == 1 and kept[0].revoked_at is not None
    assert actions == ["source.share", "source.unshare"]


def test_bad_shares_are_refused_clearly_and_store_nothing(served: Served) -> None:
    api = served.bearer("owner")
    outsider = api.post("/api/v1/shares", data={"source_id": "1", "username": "outsider"})
    assert outsider.status_code == 422 and "not a member" in outsider.json()["error"]["message"]
    missing = api.post("/api/v1/shares", data={"source_id": "99999", "username": "external"})
    assert missing.status_code == 404
    empty = api.post("/api/v1/shares", data={"username": "external"})
    assert empty.status_code == 422 and "source_id" in empty.json()["error"]["message"]
    never = api.post("/api/v1/shares/revoke", data={"source_id": "1", "username": "viewer"})
    assert never.status_code == 404
    viewer = served.bearer("viewer").post(
        "/api/v1/shares", data={"source_id": "1", "username": "external"}
    )
    assert viewer.status_code == 403
    with served.case.session() as session:
        assert session.scalars(select(Share).where(Share.revoked_at.is_(None))).all() == []


def test_the_cli_shares_and_revokes_as_the_web_does(served: Served) -> None:
    env = {**os.environ, "SABT_ACTOR": "investigator"}
    env.pop("SABT_DATABASE_URL", None)
    case = ["--case", str(served.case.path)]

    def sabt(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sabt", *args, *case], capture_output=True, text=True, env=env
        )

    source = str(served.source_id)
    done = sabt("share", source, "--with", "external", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["granted_by"] == "investigator"
    external = served.bearer("external")
    assert external.get(f"/api/v1/sources/{source}").status_code == 200
    listed = json.loads(sabt("shares", "--json").stdout)
    assert [(s["source_id"], s["username"]) for s in listed] == [(served.source_id, "external")]
    assert sabt("share", source, "--with", "external", "--revoke").returncode == 0
    assert external.get(f"/api/v1/sources/{source}").status_code == 403
    env["SABT_ACTOR"] = "viewer"
    refused = sabt("share", source, "--with", "external")
    assert refused.returncode == 1 and "source.share" in refused.stderr
