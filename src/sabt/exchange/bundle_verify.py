"""`sabt verify-bundle`: check a bundle with nothing but the zip itself.

A recipient may have no sabt case, no database and no network: this module reads only the zip and
needs only the standard library, `cryptography` (Ed25519) and `sabt.store.merkle` (RFC 6962
proofs, itself standard library only). It never opens a case. It can be run as
`python -m sabt.exchange.bundle_verify FILE.zip`.

What it checks, each failure reported as one line naming the part at fault:

- the zip is readable, with no duplicate, absolute or `..` names;
- `manifest.sig` is an Ed25519 signature by the bundled public key over `manifest.json`
  (and the key is the one the recipient expects, when given a fingerprint);
- every file in the zip is listed in the manifest and every listed file is there (an added,
  removed or renamed file is caught), each with the SHA-256 the manifest gives;
- `checkpoint.json` is signed by the same key;
- each custody event's leaf hash is the hash of its entry, and its inclusion proof leads from
  that leaf, at its index, to the checkpoint's root at the checkpoint's size;
- each original's bytes have its source's SHA-256, which is the hash its "ingested" custody
  event logged; each claim belongs to a source in the bundle.

The bundle's layout and the signed messages are defined here, so that writer and checker agree.
"""

import base64
import binascii
import contextlib
import hashlib
import json
import sys
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sabt.store import merkle
from sabt.store.canonical import checkpoint_message

FORMAT = 1
ABOUT = "bundle.json"
SOURCES = "sources.json"
CLAIMS = "claims.json"
CUSTODY = "custody.json"
CHECKPOINT = "checkpoint.json"
PUBLIC_KEY = "case_ed25519.pub"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ORIGINALS = "originals/"
REQUIRED = (ABOUT, SOURCES, CLAIMS, CUSTODY, CHECKPOINT, PUBLIC_KEY)
MANIFEST_DOMAIN = b"sabt-bundle-manifest/v1\n"
CHUNK = 1 << 20


def manifest_message(manifest: bytes) -> bytes:
    return MANIFEST_DOMAIN + manifest


def key_fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, in hex: what a recipient compares out of band."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


@dataclass
class BundleReport:
    bundle: str
    problems: list[str] = field(default_factory=list)
    key_fingerprint: str = ""
    case: str = ""
    checkpoint_size: int | None = None
    checkpoint_root: str = ""
    files: int = 0
    sources: int = 0
    claims: int = 0
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, **asdict(self)}


class _Stop(Exception):
    """A failure after which nothing further can be checked."""


@dataclass
class _Bundle:
    archive: zipfile.ZipFile
    report: BundleReport
    hashes: dict[str, str] = field(default_factory=dict)

    def fail(self, problem: str) -> None:
        self.report.problems.append(problem)

    def read(self, name: str) -> bytes:
        try:
            return self.archive.read(name)
        except KeyError:
            self.fail(f"{name}: missing from the bundle")
            raise _Stop from None

    def json(self, name: str) -> Any:
        try:
            return json.loads(self.read(name))
        except (ValueError, UnicodeDecodeError):
            self.fail(f"{name}: not valid JSON")
            raise _Stop from None


def verify_bundle(path: Path, *, expect_key: str | None = None) -> BundleReport:
    """Check the bundle at `path`; the report lists every problem found (none: it verifies)."""
    report = BundleReport(bundle=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        report.problems.append(f"{path.name}: not a readable zip file ({error})")
        return report
    with archive:
        bundle = _Bundle(archive, report)
        with contextlib.suppress(_Stop):  # the reason was recorded where it stopped
            _check(bundle, expect_key)
    return report


def _check(bundle: _Bundle, expect_key: str | None) -> None:
    names = _check_names(bundle)
    key = _check_manifest_signature(bundle, expect_key)
    listed = _check_files(bundle, names)
    for name in REQUIRED:
        if name not in listed:
            bundle.fail(f"{MANIFEST}: does not list {name}")
    checkpoint = _check_checkpoint(bundle, key)
    events = _check_custody(bundle, checkpoint)
    sources = _check_sources(bundle, events)
    _check_claims(bundle, sources)
    _check_about(bundle, checkpoint)


def _check_names(bundle: _Bundle) -> set[str]:
    seen: set[str] = set()
    for info in bundle.archive.infolist():
        name = info.filename
        parts = PurePosixPath(name).parts
        if name.startswith("/") or "\\" in name or ".." in parts:
            bundle.fail(f"{name}: an unsafe file name (absolute, or leaving the bundle)")
        if name in seen:
            bundle.fail(f"{name}: appears twice in the zip")
        if not info.is_dir():
            seen.add(name)
    return seen


def _check_manifest_signature(bundle: _Bundle, expect_key: str | None) -> Ed25519PublicKey:
    manifest = bundle.read(MANIFEST)
    try:
        key = serialization.load_pem_public_key(bundle.read(PUBLIC_KEY))
    except ValueError:
        bundle.fail(f"{PUBLIC_KEY}: not a readable public key")
        raise _Stop from None
    if not isinstance(key, Ed25519PublicKey):
        bundle.fail(f"{PUBLIC_KEY}: not an Ed25519 key")
        raise _Stop
    bundle.report.key_fingerprint = key_fingerprint(key)
    if expect_key is not None and expect_key.strip().lower() != bundle.report.key_fingerprint:
        bundle.fail(
            f"{PUBLIC_KEY}: key {bundle.report.key_fingerprint} is not the expected key "
            f"{expect_key.strip().lower()}"
        )
    try:
        signature = base64.b64decode(bundle.read(SIGNATURE).strip(), validate=True)
        key.verify(signature, manifest_message(manifest))
    except (binascii.Error, ValueError, InvalidSignature):
        bundle.fail(f"{SIGNATURE}: the signature over {MANIFEST} does not verify with {PUBLIC_KEY}")
    return key


def _sha256_of(bundle: _Bundle, name: str) -> str:
    digest = hashlib.sha256()
    with bundle.archive.open(name) as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_files(bundle: _Bundle, names: set[str]) -> set[str]:
    manifest = bundle.json(MANIFEST)
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict) or manifest.get("format") != FORMAT:
        bundle.fail(f"{MANIFEST}: not a format {FORMAT} manifest with a list of files")
        raise _Stop
    present = names - {MANIFEST, SIGNATURE}
    for name in sorted(set(files) - present):
        bundle.fail(f"{name}: listed in the manifest but missing from the bundle")
    for name in sorted(present - set(files)):
        bundle.fail(f"{name}: in the bundle but not listed in the manifest")
    for name in sorted(present & set(files)):
        actual = _sha256_of(bundle, name)
        bundle.hashes[name] = actual
        if actual != files[name]:
            bundle.fail(f"{name}: its SHA-256 does not match the manifest")
    bundle.report.files = len(present)
    return set(files)


@dataclass(frozen=True)
class _Checkpoint:
    case: int
    size: int
    root: bytes


def _check_checkpoint(bundle: _Bundle, key: Ed25519PublicKey) -> _Checkpoint:
    data = bundle.json(CHECKPOINT)
    try:
        case, size, time = int(data["case"]), int(data["size"]), str(data["time"])
        root = bytes.fromhex(data["root"])
        signature = base64.b64decode(data["signature"], validate=True)
    except (KeyError, TypeError, ValueError):
        bundle.fail(f"{CHECKPOINT}: unreadable (needs case, size, root, time and signature)")
        raise _Stop from None
    bundle.report.checkpoint_size, bundle.report.checkpoint_root = size, root.hex()
    try:
        key.verify(signature, checkpoint_message(case, size, root.hex(), time))
    except InvalidSignature:
        bundle.fail(f"{CHECKPOINT}: the checkpoint's signature does not verify with {PUBLIC_KEY}")
    return _Checkpoint(case, size, root)


def _check_custody(bundle: _Bundle, checkpoint: _Checkpoint) -> list[dict[str, Any]]:
    """Each event's leaf and inclusion proof; returns the parsed entries of those that hold."""
    events = bundle.json(CUSTODY)
    if not isinstance(events, list):
        bundle.fail(f"{CUSTODY}: not a list of custody events")
        raise _Stop
    proven = []
    for number, event in enumerate(events):
        label = f"{CUSTODY}: event {number}"
        try:
            entry_text, seq = str(event["entry"]), int(event["seq"])
            leaf = bytes.fromhex(event["leaf_hash"])
            size = int(event["tree_size"])
            proof = [bytes.fromhex(node) for node in event["proof"]]
            entry = json.loads(entry_text)
        except (KeyError, TypeError, ValueError):
            bundle.fail(f"{label}: unreadable (needs entry, seq, leaf_hash, tree_size and proof)")
            continue
        label = f"{CUSTODY}: event #{seq}"
        if merkle.leaf_hash(entry_text.encode()) != leaf:
            bundle.fail(f"{label}: its leaf hash is not the hash of its entry")
            continue
        logged = (entry.get("seq"), entry.get("case")) if isinstance(entry, dict) else None
        if logged != (seq, checkpoint.case):
            bundle.fail(f"{label}: its index or case differs from the entry it was logged with")
            continue
        if size != checkpoint.size:
            bundle.fail(f"{label}: proved against size {size}, the checkpoint is {checkpoint.size}")
            continue
        try:
            merkle.verify_inclusion(seq, size, leaf, proof, checkpoint.root)
        except merkle.ProofError as error:
            bundle.fail(f"{label}: inclusion proof fails ({error.message})")
            continue
        proven.append(entry)
    bundle.report.events = len(events)
    return proven


def _check_sources(bundle: _Bundle, events: list[dict[str, Any]]) -> dict[int, str]:
    """Each source's original against its SHA-256 and its ingestion event; id → SHA-256."""
    sources = bundle.json(SOURCES)
    if not isinstance(sources, list):
        bundle.fail(f"{SOURCES}: not a list of sources")
        raise _Stop
    ingested = {
        str(e.get("object_id")): e.get("object_hash")
        for e in events
        if e.get("object_type") == "source" and e.get("action") == "ingested"
    }
    found: dict[int, str] = {}
    for source in sources:
        try:
            source_id, sha256 = int(source["source_id"]), str(source["sha256"])
        except (KeyError, TypeError, ValueError):
            bundle.fail(f"{SOURCES}: a source without source_id and sha256")
            continue
        found[source_id] = sha256
        original = ORIGINALS + sha256
        actual = bundle.hashes.get(original)
        if actual is None:
            bundle.fail(f"source {source_id}: its original {original} is not in the bundle")
        elif actual != sha256:
            bundle.fail(f"source {source_id}: the bytes of {original} do not have its SHA-256")
        logged = ingested.get(str(source_id))
        if logged is None:
            bundle.fail(f"source {source_id}: no proven custody event records its ingestion")
        elif logged != sha256:
            bundle.fail(f"source {source_id}: its SHA-256 differs from the one logged at ingestion")
    used = {ORIGINALS + sha for sha in found.values()}
    for name in sorted(n for n in bundle.hashes if n.startswith(ORIGINALS) and n not in used):
        bundle.fail(f"{name}: no source in {SOURCES} has this original")
    bundle.report.sources = len(found)
    return found


def _check_claims(bundle: _Bundle, sources: dict[int, str]) -> None:
    claims = bundle.json(CLAIMS)
    if not isinstance(claims, list):
        bundle.fail(f"{CLAIMS}: not a list of claims")
        return
    for claim in claims:
        if not isinstance(claim, dict):
            bundle.fail(f"{CLAIMS}: an entry that is not a claim")
            continue
        source_id, label = claim.get("source_id"), f"{CLAIMS}: claim {claim.get('claim_id')}"
        if source_id not in sources:
            bundle.fail(f"{label} cites source {source_id}, which is not in the bundle")
        elif claim.get("source_sha256") != sources[source_id]:
            bundle.fail(f"{label} gives its source another SHA-256")
    bundle.report.claims = len(claims)


def _check_about(bundle: _Bundle, checkpoint: _Checkpoint) -> None:
    about = bundle.json(ABOUT)
    if not isinstance(about, dict) or about.get("format") != FORMAT:
        bundle.fail(f"{ABOUT}: not a format {FORMAT} bundle description")
        return
    case = about["case"] if isinstance(about.get("case"), dict) else {}
    bundle.report.case = str(case.get("slug", ""))
    if about.get("key_fingerprint") != bundle.report.key_fingerprint:
        bundle.fail(f"{ABOUT}: names another key than {PUBLIC_KEY}")
    if case.get("ledger_id") != checkpoint.case:
        bundle.fail(f"{ABOUT}: names another case than {CHECKPOINT}")


def main(argv: list[str] | None = None) -> int:
    """`python -m sabt.exchange.bundle_verify FILE [--json]`, for a machine without sabt's CLI."""
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("--")]
    if len(paths) != 1:
        print("usage: python -m sabt.exchange.bundle_verify FILE.zip [--json]", file=sys.stderr)
        return 2
    report = verify_bundle(Path(paths[0]))
    if "--json" in args:
        print(json.dumps(report.as_json(), indent=2))
    else:
        for problem in report.problems:
            print(f"problem: {problem}", file=sys.stderr)
        print("verified" if report.ok else f"{len(report.problems)} problems")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
