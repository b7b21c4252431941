"""A protected witness in the demo case: a synthetic testimony whose identity is sealed.

The sealing key is written beside the case folder, never inside it, as a team would keep it on
another device; `make demo` points the server at it so that the demo owner can try unsealing,
with a reason, and see the custody event it leaves.
"""

from importlib import resources
from pathlib import Path

from sabt.security.keys import SealingKey
from sabt.security.witnesses import add_testimony
from sabt.store.casefolder import CaseFolder

DEMO_PSEUDONYM = "W-001"
DEMO_IDENTITY = {  # invented, and says so
    "name": "Synthetic Witness Alpha (invented for the demo)",
    "phone": "+00 000 000 0001 (invented)",
    "location": "an invented village (demo)",
}


def demo_key_path(case_folder: Path) -> Path:
    """Where the demo's sealing key lives: next to the case folder, outside it."""
    return case_folder.parent / f"{case_folder.name}.sealing.key"


def add_demo_testimony(case: CaseFolder, actor: str) -> Path:
    """Seal the demo witness under a fresh key; returns the key file's path.

    A key left by an earlier demo build sealed only that build's witness, whose case folder has
    just been rebuilt, so it is replaced.
    """
    key_path = demo_key_path(case.path)
    key_path.unlink(missing_ok=True)
    key = SealingKey.generate()
    key.save(key_path)
    transcript = resources.files("sabt.demo") / "testimony" / "w-001-transcript.txt"
    with resources.as_file(transcript) as path:
        add_testimony(
            case,
            path,
            pseudonym=DEMO_PSEUDONYM,
            identity=DEMO_IDENTITY,
            actor=actor,
            interview_date="2023-04",
            interview_place="Europe",
            interviewer="demo investigator",
            language="en",
            consent={"share": True, "share_with": "UN fact-finding mission", "court_use": True},
            key=key,
        )
    return key_path
