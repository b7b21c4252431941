"""The one policy: each role's grants, the case boundary, and audited refusals."""

import pytest
from sqlalchemy import select

from sabt.errors import Forbidden
from sabt.model import AuditEntry
from sabt.security.policy import ACTIONS, GRANTS, Actor, Resource, allowed, require
from sabt.store.casefolder import CaseFolder

SOURCE = Resource(case_id=1, kind="source", id="7")


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        ("owner", "case.manage", True),
        ("investigator", "source.create", True),
        ("investigator", "source.evaluate", False),
        ("analyst", "source.evaluate", True),
        ("analyst", "source.create", False),
        ("viewer", "source.read", True),
        ("viewer", "source.create", False),
        ("external", "case.read", False),  # an external reads only what is shared
        ("external", "source.read", False),
        ("investigator", "witness.unseal", True),
        ("analyst", "witness.unseal", False),
        ("viewer", "witness.read", True),
        ("viewer", "witness.create", False),
        ("external", "witness.read", False),
    ],
)
def test_roles_grant_what_they_say(role: str, action: str, expected: bool) -> None:
    assert allowed(Actor("u", 1, {1: role}), action, SOURCE) is expected


def test_owner_may_do_everything_and_roles_stop_at_the_case() -> None:
    assert GRANTS["owner"] == ACTIONS
    member_elsewhere = Actor("u", 1, {2: "owner"})
    assert not any(allowed(member_elsewhere, action, SOURCE) for action in ACTIONS)
    assert not allowed(None, "case.read", SOURCE)


def test_unknown_action_is_an_error_not_a_decision() -> None:
    with pytest.raises(ValueError):
        allowed(Actor("u", 1, {1: "owner"}), "source.reed", SOURCE)


def test_refusal_is_audited(sqlite_case: CaseFolder) -> None:
    resource = Resource(sqlite_case.case_id, "source", "3")
    with pytest.raises(Forbidden):
        require(sqlite_case, Actor("eve", 9, {}), "source.read", resource)
    require(sqlite_case, Actor("ann", 8, {sqlite_case.case_id: "viewer"}), "source.read", resource)
    with sqlite_case.session() as session:
        rows = session.execute(select(AuditEntry.actor, AuditEntry.outcome)).all()
    assert rows == [("eve", "refused")]
