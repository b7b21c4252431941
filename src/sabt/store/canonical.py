"""The exact bytes sabt hashes and signs: canonical JSON and the checkpoint's signed message.

Standard library only, so that a bundle verifier can check signatures without sabt's database
layer; the ledger writes with these same functions, so the two cannot drift apart.
"""

import json
from typing import Any

CHECKPOINT_DOMAIN = "sabt-checkpoint/v1\n"


def canonical_json(value: Any) -> str:
    """The one JSON form that is hashed and signed: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def checkpoint_message(case: int, size: int, root_hex: str, time: str) -> bytes:
    """What a ledger checkpoint's signature covers."""
    body = {"case": case, "size": size, "root": root_hex, "time": time}
    return (CHECKPOINT_DOMAIN + canonical_json(body)).encode()
