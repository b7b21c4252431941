"""Members of a case: the list, and an owner granting, changing and revoking roles (web and CLI)."""

import json
import os
import subprocess
import sys

from sqlalchemy import select
from tests.web.served import Served, form_token

from sabt.model import AuditEntry
from sabt.security import accounts


def _roles(served: Served) -> dict[str, str]:
    members = served.bearer("viewer").get("/api/v1/members").json()["members"]
    return {m["username"]: m["role"] for m in members}


def test_an_owner_grants_changes_and_revokes_by_form_and_api(served: Served) -> None:
    with served.case.session() as session:
        accounts.create_user(session, "newcomer", role=None, case_id=None)
    owner = served.sign_in("owner")
    csrf = form_token(owner.get("/members").text)
    granted = owner.post(
        "/members", data={"csrf_token": csrf, "username": "newcomer", "role": "viewer"}
    )
    assert granted.status_code == 200 and "newcomer: no role → viewer" in granted.text
    assert _roles(served)["newcomer"] == "viewer"
    changed = served.bearer("owner").post(
        "/api/v1/members", data={"username": "newcomer", "role": "analyst"}
    )
    assert changed.json() == {"username": "newcomer", "role": "analyst", "before": "viewer"}
    revoked = owner.post("/members/revoke", data={"csrf_token": csrf, "username": "newcomer"})
    assert revoked.status_code == 200 and "newcomer" not in _roles(served)
    with served.case.session() as session:
        trail = session.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.resource == "user:newcomer", AuditEntry.outcome == "ok")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, b) for a, b, _ in trail] == [("owner", "member.grant")] * 2 + [
        ("owner", "member.revoke")
    ]
    assert trail[1][2] == {"role": "analyst", "before": "viewer"}


def test_bad_changes_are_refused_clearly_and_change_nothing(served: Served) -> None:
    before = _roles(served)
    api = served.bearer("owner")
    last_owner = api.post("/api/v1/members", data={"username": "owner", "role": "viewer"})
    assert last_owner.status_code == 409 and "last owner" in last_owner.json()["error"]["message"]
    assert api.post("/api/v1/members/revoke", data={"username": "owner"}).status_code == 409
    bad_role = api.post("/api/v1/members", data={"username": "viewer", "role": "admin"})
    assert bad_role.status_code == 422 and "not a role" in bad_role.text
    nobody = api.post("/api/v1/members", data={"username": "ghost", "role": "viewer"})
    assert nobody.status_code == 404
    not_member = api.post("/api/v1/members/revoke", data={"username": "outsider"})
    assert not_member.status_code == 404
    analyst = served.bearer("analyst").post(
        "/api/v1/members", data={"username": "analyst", "role": "owner"}
    )
    assert analyst.status_code == 403
    no_token = served.sign_in("owner").post(
        "/members", data={"username": "viewer", "role": "owner"}
    )
    assert no_token.status_code == 403
    assert _roles(served) == before


def test_the_cli_lists_grants_and_revokes_as_the_web_does(served: Served) -> None:
    env = {**os.environ, "SABT_ACTOR": "owner"}
    env.pop("SABT_DATABASE_URL", None)

    def sabt(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sabt", *args, "--case", str(served.case.path)]
        return subprocess.run(command, capture_output=True, text=True, env=env)

    assert sabt("member", "grant", "outsider", "external").returncode == 0
    assert _roles(served)["outsider"] == "external"
    listed = json.loads(sabt("member", "list", "--json").stdout)
    assert {"username": "outsider", "role": "external"}.items() <= next(
        m for m in listed if m["username"] == "outsider"
    ).items()
    assert sabt("member", "revoke", "outsider").returncode == 0
    assert "outsider" not in _roles(served)
    env["SABT_ACTOR"] = "investigator"
    refused = sabt("member", "grant", "outsider", "owner")
    assert refused.returncode == 1 and "case.manage" in refused.stderr
