"""Accounts: sign-in with lock-out counted from the audit trail, disabling, resets, tokens."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from sabt.model import AuditEntry
from sabt.security import accounts
from sabt.store.casefolder import CaseFolder

NOW = datetime(2026, 1, 1, 12, tzinfo=UTC)


def test_lockout_after_five_failures_for_fifteen_minutes(sqlite_case: CaseFolder) -> None:
    with sqlite_case.session() as session:
        password = accounts.create_user(session, "ann", role="viewer", case_id=sqlite_case.case_id)
    for minute in range(5):
        with sqlite_case.session() as session:
            at = NOW + timedelta(minutes=minute)
            assert accounts.authenticate(session, "ann", "wrong", at) is None
    with sqlite_case.session() as session:
        assert accounts.authenticate(session, "ann", password, NOW + timedelta(minutes=5)) is None
        assert "locked" in accounts.sign_in_refusal(session, "ann", NOW).message
    with sqlite_case.session() as session:
        later = NOW + timedelta(minutes=21)
        assert accounts.authenticate(session, "ann", password, later) is not None
        outcomes = list(session.scalars(select(AuditEntry.outcome).order_by(AuditEntry.id)))
    assert outcomes == ["failed"] * 5 + ["locked", "ok"]


def test_disable_reset_and_tokens(sqlite_case: CaseFolder) -> None:
    with sqlite_case.session() as session:
        old = accounts.create_user(session, "bob", role="analyst", case_id=sqlite_case.case_id)
        token = accounts.create_token(session, "bob")
        new = accounts.reset_password(session, "bob")
        assert accounts.authenticate(session, "bob", old, NOW) is None
        user = accounts.authenticate(session, "bob", new, NOW)
        assert user is not None
        assert accounts.actor_for(session, user).roles == {sqlite_case.case_id: "analyst"}
        assert accounts.user_for_token(session, token) is not None
        accounts.disable_user(session, "bob")
        assert accounts.user_for_token(session, token) is None
        assert accounts.authenticate(session, "bob", new, NOW + timedelta(minutes=1)) is None
