"""Who may export what: the policy's `case.export`, narrowed to the Share table for externals.

Owners, investigators and analysts export the whole case; viewers may not export at all (an
export is a copy that leaves sabt's control); an external exports only the sources and entities
shared with them and not since revoked, and the rows that hang on those sources.
"""

from typing import Any

from sqlalchemy import select

from sabt.exchange.records import EVERYTHING, Scope
from sabt.model import Share
from sabt.security.local import local_actor
from sabt.security.policy import Resource, audit, require
from sabt.store.casefolder import CaseFolder

EXPORT = "case.export"


def export_scope(case: CaseFolder, username: str) -> Scope:
    """What `username` may export from `case`; raises Forbidden (audited) if nothing."""
    actor = local_actor(case, username)
    require(case, actor, EXPORT, Resource(case.case_id))
    if actor.roles.get(case.case_id) != "external":
        return EVERYTHING
    with case.session() as session:
        shared = session.execute(
            select(Share.object_type, Share.object_id).where(
                Share.case_id == case.case_id,
                Share.user_id == actor.user_id,
                Share.revoked_at.is_(None),
            )
        ).all()
    return Scope(
        source_ids=frozenset(i for kind, i in shared if kind == "source"),
        entity_ids=frozenset(i for kind, i in shared if kind == "entity"),
    )


def audit_export(case: CaseFolder, actor: str, what: str, detail: dict[str, Any]) -> None:
    """Write the audit entry every export leaves: who exported `what`, and `detail` of it."""
    with case.session() as session:
        audit(
            session,
            actor=actor,
            action=EXPORT,
            resource=f"case:{case.case_id}/export:{what}",
            case_id=case.case_id,
            detail=detail,
        )
