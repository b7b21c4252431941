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

_READ = frozenset(
    {
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
)
# An external reads only sources shared with them: lists and search results are filtered to those
# (see `visible`), a source page or original only when that source is shared.
_EXTERNAL_LISTS = frozenset({"source.list", "source.search"})
_EXTERNAL_SHARED = frozenset({"source.read", "source.download"})

# Adding a testimony and opening a sealed identity belong to those who meet witnesses.
_EVIDENCE = frozenset({"source.create", "source.edit", "witness.create", "witness.unseal"})
_ANALYSIS = frozenset({"source.evaluate", "source.annotate", "source.review"})
# An export is a copy that leaves sabt's control: not for viewers; an external exports only what
# was shared with them (sabt.exchange narrows the rows by the Share table).
_EXPORT = frozenset({"case.export"})
_SHARING = frozenset({"source.share"})  # letting an external read one source
# Linking evidence to the elements of a crime, and a dossier (a copy that leaves sabt, like an
# export, but of the whole matrix: not for externals, whose view is narrowed to shared sources).
_MATRIX = frozenset({"matrix.link", "report.dossier"})
ACTIONS = _READ | _EVIDENCE | _ANALYSIS | _EXPORT | _SHARING | _MATRIX | {"case.manage"}

GRANTS: dict[str, frozenset[str]] = {
    "owner": ACTIONS,
    "investigator": _READ | _EVIDENCE | _EXPORT | _SHARING | _MATRIX,
    "analyst": _READ | _ANALYSIS | _EXPORT | _MATRIX,
    "viewer": _READ,
    "external": _EXTERNAL_LISTS | _EXTERNAL_SHARED | _EXPORT,
}


@dataclass(frozen=True)
class Actor:
    """A signed-in user with their role in each case, and the sources shared with them by case."""

    username: str
    user_id: int
    roles: dict[int, str] = field(default_factory=dict)
    shared: dict[int, frozenset[str]] = field(default_factory=dict)


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
    if role is None or action not in GRANTS.get(role, frozenset()):
        return False
    if role != "external" or action not in _EXTERNAL_SHARED:
        return True  # an external's lists, searches and exports narrow themselves to shares
    shared = actor.shared.get(resource.case_id, frozenset())
    return resource.kind == "source" and resource.id in shared


def visible(actor: Actor, case_id: int, source_ids: list[int]) -> set[int]:
    """Which of these sources the actor may read: what a list or a search result may show."""
    return {
        source_id
        for source_id in source_ids
        if allowed(actor, "source.read", Resource(case_id, "source", str(source_id)))
    }


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
