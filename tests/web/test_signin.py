"""Signing in and out over HTTP: passwords, lock-out, CSRF, server-side logout, time-outs."""

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import select
from tests.web.served import Served, form_token, post_login

from sabt.model import AuditEntry, WebSession
from sabt.security import accounts


def test_sign_in_sets_a_safe_cookie_and_is_audited(served: Served) -> None:
    client = served.client()
    assert client.get("/").status_code == 303  # pages send strangers to the sign-in form
    assert client.get("/api/v1/dashboard").status_code == 401
    response = post_login(client, "viewer", served.passwords["viewer"])
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert client.get("/").status_code == 200
    with served.case.session() as session:
        outcomes = session.scalars(
            select(AuditEntry.outcome).where(AuditEntry.resource == "user:viewer")
        ).all()
    assert "ok" in outcomes


def test_wrong_password_and_lock_out(served: Served) -> None:
    with served.case.session() as session:
        password = accounts.create_user(session, "lockme", role="viewer", case_id=1)
    client = served.client()
    for attempt in range(1, 6):
        failed = post_login(client, "lockme", "not-the-password")
        assert failed.status_code == 401
        assert ("locked" in failed.text) is (attempt == 5)  # the fifth failure locks
    locked = post_login(client, "lockme", password)
    assert locked.status_code == 401 and "locked" in locked.text
    served.clock.offset = timedelta(minutes=16)
    try:
        assert post_login(client, "lockme", password).status_code == 303
    finally:
        served.clock.offset = timedelta()


def test_forms_without_the_csrf_token_are_refused(served: Served) -> None:
    client = served.client()
    client.get("/login")
    data = {"username": "viewer", "password": served.passwords["viewer"], "csrf_token": "forged"}
    assert client.post("/login", data=data).status_code == 403
    owner = served.sign_in("owner")
    files = {"files": ("a.txt", b"some evidence", "text/plain")}
    refused = owner.post("/upload", files=files, data={"csrf_token": "forged"})
    assert refused.status_code == 403
    assert owner.post("/api/v1/sources", files=files).status_code == 403  # cookie, no token
    assert owner.post("/logout").status_code == 403
    assert owner.get("/").status_code == 200  # the refused logout ended nothing


def test_logout_ends_the_session_on_the_server(served: Served) -> None:
    client = served.sign_in("analyst")
    cookie = client.cookies["sabt_session"]
    token = form_token(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    replay = served.client()
    replay.cookies.set("sabt_session", cookie)
    assert replay.get("/api/v1/dashboard").status_code == 401


def test_idle_and_absolute_time_outs(served: Served) -> None:
    idle = served.sign_in("viewer")
    busy = served.sign_in("viewer")
    try:
        for minutes in (20, 40, 60):  # busy keeps working; idle sleeps through
            served.clock.offset = timedelta(minutes=minutes)
            assert busy.get("/api/v1/dashboard").status_code == 200
        assert idle.get("/api/v1/dashboard").status_code == 401
        served.clock.offset = timedelta(hours=12, minutes=1)
        assert busy.get("/api/v1/dashboard").status_code == 401  # active, but past 12 hours
    finally:
        served.clock.offset = timedelta()


def test_activity_is_written_at_most_once_a_minute(served: Served) -> None:
    client = served.sign_in("viewer")
    key = hashlib.sha256(client.cookies["sabt_session"].encode()).hexdigest()

    def last_seen() -> datetime:
        with served.case.reading() as session:
            row = session.get(WebSession, key)
            assert row is not None
            return row.last_seen_at

    signed_in = last_seen()
    try:
        served.clock.offset = timedelta(seconds=30)
        assert client.get("/api/v1/dashboard").status_code == 200
        assert last_seen() == signed_in  # a request within the minute only reads
        served.clock.offset = timedelta(minutes=2)
        assert client.get("/api/v1/dashboard").status_code == 200
        assert last_seen() > signed_in + timedelta(minutes=1)
    finally:
        served.clock.offset = timedelta()
