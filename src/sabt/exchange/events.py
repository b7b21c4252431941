"""A bundle leaving or entering the case: one custody event and one audit entry, together.

The ledger proves the bundle went out (or came in) with these contents; the audit trail is where
reviews of who exported what are done. Both name the bundle by the SHA-256 of its manifest.
"""

from typing import Any

from sqlalchemy.orm import Session

from sabt.security.policy import audit
from sabt.store.casefolder import CaseFolder


def record_bundle(
    case: CaseFolder,
    session: Session,
    *,
    actor: str,
    event: str,
    permission: str,
    bundle_id: str,
    detail: dict[str, Any],
) -> None:
    """Log `event` (e.g. "bundle-exported") in the ledger and `permission` in the audit trail."""
    case.record_event(
        session,
        actor=actor,
        action=event,
        object_type="bundle",
        object_id=bundle_id,
        object_hash=bundle_id,
        detail=detail,
    )
    audit(
        session,
        actor=actor,
        action=permission,
        resource=f"case:{case.case_id}/bundle:{bundle_id}",
        case_id=case.case_id,
        detail={"event": event, **detail},
    )
