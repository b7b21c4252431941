"""The custody ledger: an append-only Merkle log of custody events with signed checkpoints.

Events live in the database (`custody_events`), each with the canonical JSON its RFC 6962 leaf
hash is computed over. Checkpoints (tree size, root, time, Ed25519 signature) are appended to
`ledger/checkpoints.jsonl` after the events they cover are committed. A change to any event that a
checkpoint covers changes the recomputed root, and a checkpoint cannot be rewritten without the
case key — which is what `sabt verify` checks.
"""

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sabt.errors import IntegrityFailure
from sabt.model import CustodyEvent
from sabt.store import merkle
from sabt.store.canonical import canonical_json, checkpoint_message
from sabt.store.durable import append_line
from sabt.store.proof_tree import ProofTree
from sabt.store.signing import signature_valid

CHECKPOINTS_FILE = "checkpoints.jsonl"


def event_entry(event: CustodyEvent, detail: dict[str, Any]) -> dict[str, Any]:
    """The fields a leaf commits to; `sabt verify` rebuilds this from the row's columns."""
    return {
        "v": 1,
        "case": event.case_id,
        "seq": event.seq,
        "at": event.at.astimezone(UTC).isoformat(),
        "actor": event.actor,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "object_hash": event.object_hash,
        "detail": detail,
    }


@dataclass(frozen=True)
class Checkpoint:
    size: int
    root: bytes
    time: str
    signature: bytes

    def message(self, case_id: int) -> bytes:
        return checkpoint_message(case_id, self.size, self.root.hex(), self.time)

    def to_line(self) -> str:
        return canonical_json(
            {
                "size": self.size,
                "root": self.root.hex(),
                "time": self.time,
                "signature": base64.b64encode(self.signature).decode(),
            }
        )

    @classmethod
    def from_line(cls, line: str) -> "Checkpoint":
        data = json.loads(line)
        return cls(
            size=int(data["size"]),
            root=bytes.fromhex(data["root"]),
            time=str(data["time"]),
            signature=base64.b64decode(data["signature"], validate=True),
        )

    def signed_by(self, key: Ed25519PublicKey, case_id: int) -> bool:
        return signature_valid(key, self.signature, self.message(case_id))


class Ledger:
    def __init__(self, folder: Path, case_id: int) -> None:
        self.folder = folder
        self.case_id = case_id
        self.checkpoints_path = folder / CHECKPOINTS_FILE

    def append(
        self,
        session: Session,
        *,
        actor: str,
        action: str,
        object_type: str,
        object_id: str,
        object_hash: str = "",
        detail: dict[str, Any] | None = None,
    ) -> CustodyEvent:
        """Add one event in the caller's transaction; it is part of the log once that commits."""
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            session.execute(
                text("SELECT id FROM cases WHERE id = :id FOR UPDATE"), {"id": self.case_id}
            )
        last = session.scalar(
            select(func.max(CustodyEvent.seq)).where(CustodyEvent.case_id == self.case_id)
        )
        event = CustodyEvent(
            case_id=self.case_id,
            seq=0 if last is None else last + 1,
            at=datetime.now(UTC),
            actor=actor,
            action=action,
            object_type=object_type,
            object_id=object_id,
            object_hash=object_hash,
        )
        event.entry = canonical_json(event_entry(event, detail or {}))
        event.leaf_hash = merkle.leaf_hash(event.entry.encode()).hex()
        session.add(event)
        session.flush()
        return event

    def leaf_hashes(self, session: Session) -> list[bytes]:
        rows = session.scalars(
            select(CustodyEvent.leaf_hash)
            .where(CustodyEvent.case_id == self.case_id)
            .order_by(CustodyEvent.seq)
        )
        return [bytes.fromhex(value) for value in rows]

    def read_checkpoints(self) -> list[str]:
        if not self.checkpoints_path.exists():
            return []
        data = self.checkpoints_path.read_bytes().decode("utf-8", errors="replace")
        return data.split("\n")[:-1] if data.endswith("\n") else data.split("\n")

    def latest_checkpoint(self) -> Checkpoint | None:
        lines = self.read_checkpoints()
        if not lines:
            return None
        try:
            return Checkpoint.from_line(lines[-1])
        except (ValueError, KeyError, TypeError) as error:
            raise IntegrityFailure(
                "the ledger's last checkpoint is unreadable", remedy="run `sabt verify`"
            ) from error

    def checkpoint(self, session: Session, key: Ed25519PrivateKey) -> Checkpoint | None:
        """Sign the current tree head if it grew since the last checkpoint."""
        leaves = self.leaf_hashes(session)
        latest = self.latest_checkpoint()
        if latest is not None and latest.size >= len(leaves):
            return None
        time = datetime.now(UTC).isoformat()
        unsigned = Checkpoint(len(leaves), merkle.root_hash(leaves), time, b"")
        signed = Checkpoint(
            unsigned.size, unsigned.root, time, key.sign(unsigned.message(self.case_id))
        )
        append_line(self.checkpoints_path, signed.to_line())
        return signed

    def inclusion_proofs(
        self, session: Session, seqs: Sequence[int]
    ) -> tuple[Checkpoint | None, dict[int, list[bytes]]]:
        """Proofs that events `seqs` are in the latest checkpoint's tree, read off one tree.

        Events logged after that checkpoint have no proof yet (they are proven at the next one).
        """
        latest = self.latest_checkpoint()
        covered = [seq for seq in seqs if latest is not None and seq < latest.size]
        if latest is None or not covered:
            return latest, {}
        tree = ProofTree(self.leaf_hashes(session)[: latest.size])
        return latest, {seq: tree.inclusion_proof(seq) for seq in covered}


def proof_as_base64(proof: Sequence[bytes]) -> list[str]:
    return [base64.b64encode(node).decode() for node in proof]
