"""Ledger inclusion proofs for a dossier's sources: how a reader checks that each original was
logged when sabt says it was, against a checkpoint signed with the case key.

Each source's first custody event (its ingestion) is proven against the latest signed checkpoint:
leaf index, tree size, the checkpoint's root and time, and the RFC 6962 audit path. The proof is
checked here before it is printed, so a dossier never shows a proof that does not verify.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.model import CustodyEvent
from sabt.store import merkle
from sabt.store.casefolder import CaseFolder
from sabt.store.proof_tree import ProofTree


def ingestion_proofs(
    case: CaseFolder, session: Session, source_ids: list[int]
) -> dict[int, dict[str, Any] | None]:
    """For each source id, the proof of its first custody event (None if not yet checkpointed)."""
    checkpoint = case.ledger.latest_checkpoint()
    tree = ProofTree(case.ledger.leaf_hashes(session)[: checkpoint.size] if checkpoint else [])
    firsts: dict[int, CustodyEvent] = {}
    events = session.scalars(
        select(CustodyEvent)
        .where(
            CustodyEvent.case_id == case.case_id,
            CustodyEvent.object_type == "source",
            CustodyEvent.object_id.in_([str(i) for i in source_ids]),
        )
        .order_by(CustodyEvent.seq)
    )
    for found in events:
        firsts.setdefault(int(found.object_id), found)
    proofs: dict[int, dict[str, Any] | None] = {}
    for source_id in source_ids:
        event = firsts.get(source_id)
        if checkpoint is None or event is None or event.seq >= checkpoint.size:
            proofs[source_id] = None
            continue
        path = tree.inclusion_proof(event.seq)
        leaf = bytes.fromhex(event.leaf_hash)
        merkle.verify_inclusion(event.seq, checkpoint.size, leaf, path, checkpoint.root)
        proofs[source_id] = {
            "event": event.action,
            "at": event.at.isoformat(),
            "leaf_index": event.seq,
            "leaf_hash": event.leaf_hash,
            "tree_size": checkpoint.size,
            "root": checkpoint.root.hex(),
            "checkpoint_time": checkpoint.time,
            "audit_path": [node.hex() for node in path],
        }
    return proofs
