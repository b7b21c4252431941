"""Who may do what: the one place that decides every action on every resource.

Routes and commands never test roles themselves; they name an action and a resource and ask
`require`. Permissions follow the case → source hierarchy: a role is held in a case, and what it
grants there applies to the case's sources. Refusals are written to the audit trail because a
refused attempt on evidence is itself something an investigation may need to know about.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sabt.errors import Forbidden
from sabt.model import AuditEntry
from sabt.store.casefolder import CaseFolder

_READ = frozenset({"case.read", "source.read", "source.download", "source.search", "witness.read"})
_EXTERNAL = frozenset({"case.read"})  # until sharing exists, an external sees the case page only

# Adding a testimony and opening a sealed identity belong to those who meet witnesses.
_EVIDENCE = frozenset({"source.create", "source.edit", "witness.create", "witness.unseal"})
_ANALYSIS = frozenset({"source.evaluate", "source.annotate", "source.review"})
ACTIONS = _READ | _EVIDENCE | _ANALYSIS | {"case.manage"}

GRANTS: dict[str, frozenset[str]] = {
    "owner": ACTIONS,
    "investigator": _READ | _EVIDENCE,
    "analyst": _READ | _ANALYSIS,
    "viewer": _READ,
    "external": _EXTERNAL,
}


@dataclass(frozen=True)
class Actor:
    """A signed-in user with their role in each case they are a member of."""

    username: str
    user_id: int
    roles: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Resource:
    """A case, or something inside one (kind "source", with its id)."""

    case_id: int
    kind: str = "case"
    id: str = ""

    def __str__(self) -> str:
        return f"case:{self.case_id}" + (f"/{self.kind}:{self.id}" if self.kind != "case" else "")


def allowed(actor: Actor | None, action: str, resource: Resource) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")  # a typo must not silently deny or allow
    if actor is None:
        return False
    role = actor.roles.get(resource.case_id)
    return role is not None and action in GRANTS.get(role, frozenset())


def audit(
    session: Session,
    *,
    actor: str,
    action: str,
    resource: str = "",
    outcome: str = "ok",
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Write one audit entry in the caller's transaction."""
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            resource=resource,
            outcome=outcome,
            case_id=case_id,
            detail=detail or {},
        )
    )


def require(case: CaseFolder, actor: Actor, action: str, resource: Resource) -> None:
    """Raise Forbidden unless `actor` may do `action` on `resource`.

    The refusal is audited in a transaction of its own, so it stays recorded even though the
    caller's work is abandoned; call this before opening a session of your own.
    """
    if allowed(actor, action, resource):
        return
    with case.session() as session:
        audit(
            session,
            actor=actor.username,
            action=action,
            resource=str(resource),
            outcome="refused",
            case_id=resource.case_id,
        )
    raise Forbidden(
        f"your role does not allow {action} here",
        remedy="ask the case owner for a role that does",
    )
