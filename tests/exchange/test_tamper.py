"""Every part of a bundle, changed, is caught, each with a message naming the part.

Each change is tried twice where that makes sense: as an outsider would make it (the manifest no
longer matches), and with the manifest re-hashed and re-signed by the case key itself, so that the
check behind the manifest (signatures, proofs, custody) is shown to catch it on its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.conftest import Sabt

from sabt.exchange import bundle_verify as layout
from sabt.exchange.bundle_verify import verify_bundle
from sabt.exchange.bundle_write import write_bundle
from sabt.security.keys import SealingKey
from sabt.store.canonical import canonical_json, checkpoint_message
from sabt.store.casefolder import init_case
from sabt.store.signing import public_key_bytes

from .conftest import populate

Files = dict[str, bytes]


@dataclass(frozen=True)
class Made:
    files: Files
    key: Ed25519PrivateKey
    sources: list[int]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    """One good bundle of three sources, read into memory; each test changes a copy."""
    folder = tmp_path_factory.mktemp("made")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SABT_DATABASE_URL", raising=False)
        case = init_case(folder / "case")
        populate(case, folder / "files", SealingKey.generate())
        summary = write_bundle(case, folder / "b.zip", select_terms=["all"], actor="ana")
        key = case.signing_key()
        case.close()
    with zipfile.ZipFile(folder / "b.zip") as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    yield Made(files, key, summary.sources)


def originals(files: Files) -> list[str]:
    return sorted(name for name in files if name.startswith(layout.ORIGINALS))


def resign(files: Files, key: Ed25519PrivateKey) -> None:
    """Re-hash every file into the manifest and sign it, as the key holder could."""
    listed = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in files.items()
        if name not in (layout.MANIFEST, layout.SIGNATURE)
    }
    manifest = (
        canonical_json({"format": 1, "algorithm": "sha256", "files": listed}) + "\n"
    ).encode()
    files[layout.MANIFEST] = manifest
    files[layout.SIGNATURE] = base64.b64encode(key.sign(layout.manifest_message(manifest)))


def edit_json(files: Files, name: str, change: Callable[[Any], Any]) -> None:
    files[name] = json.dumps(change(json.loads(files[name]))).encode()


def check(
    made: Made, tmp_path: Path, change: Callable[[Files], None], *, signed: bool = False
) -> list[str]:
    files = dict(made.files)
    change(files)
    if signed:
        resign(files, made.key)
    path = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    report = verify_bundle(path)
    assert not report.ok
    assert all("\n" not in problem for problem in report.problems)
    return report.problems


def has(problems: list[str], *parts: str) -> bool:
    return any(all(part in problem for part in parts) for problem in problems)


def test_the_untouched_bundle_verifies(made: Made, tmp_path: Path) -> None:
    path = tmp_path / "same.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in made.files.items():
            archive.writestr(name, data)
    assert verify_bundle(path).ok


@pytest.mark.parametrize("index", [0, 1, 2])
def test_each_original_changed(made: Made, tmp_path: Path, index: int) -> None:
    name = originals(made.files)[index]

    def flip(files: Files) -> None:
        files[name] = files[name] + b" "

    assert has(check(made, tmp_path, flip), name, "does not match the manifest")
    assert has(check(made, tmp_path, flip, signed=True), name, "do not have its SHA-256")


@pytest.mark.parametrize("index", [0, 1, 2])
def test_each_original_swapped_with_its_metadata(made: Made, tmp_path: Path, index: int) -> None:
    """Other bytes, with sources.json and claims.json made to agree: the custody log disagrees."""
    old = originals(made.files)[index]
    new_bytes = b"a forged original"
    new = hashlib.sha256(new_bytes).hexdigest()

    def forge(files: Files) -> None:
        del files[old]
        files[layout.ORIGINALS + new] = new_bytes
        for name in (layout.SOURCES, layout.CLAIMS):
            files[name] = files[name].replace(
                old.removeprefix(layout.ORIGINALS).encode(), new.encode()
            )

    problems = check(made, tmp_path, forge, signed=True)
    assert has(problems, "differs from the one logged at ingestion")


@pytest.mark.parametrize("name", [layout.SOURCES, layout.CLAIMS, layout.ABOUT])
def test_metadata_files_changed(made: Made, tmp_path: Path, name: str) -> None:
    def change(files: Files) -> None:
        files[name] = files[name].replace(b'"', b'"x', 1)

    assert has(check(made, tmp_path, change), name, "does not match the manifest")


def test_a_claim_moved_to_a_source_outside_the_bundle(made: Made, tmp_path: Path) -> None:
    def move(files: Files) -> None:
        edit_json(files, layout.CLAIMS, lambda claims: [{**claims[0], "source_id": 999}])

    assert has(check(made, tmp_path, move, signed=True), "cites source 999")


def test_a_manifest_entry_changed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        manifest = json.loads(files[layout.MANIFEST])
        manifest["files"][layout.SOURCES] = "0" * 64
        files[layout.MANIFEST] = (canonical_json(manifest) + "\n").encode()

    problems = check(made, tmp_path, change)
    assert has(problems, layout.SIGNATURE, "does not verify")
    assert has(problems, layout.SOURCES, "does not match the manifest")


def test_a_manifest_entry_removed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        manifest = json.loads(files[layout.MANIFEST])
        del manifest["files"][layout.CLAIMS]
        files[layout.MANIFEST] = (canonical_json(manifest) + "\n").encode()

    problems = check(made, tmp_path, change)
    assert has(problems, layout.CLAIMS, "not listed in the manifest")
    assert has(problems, "does not list claims.json")


def test_the_manifest_signature_changed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        raw = bytearray(base64.b64decode(files[layout.SIGNATURE]))
        raw[5] ^= 1
        files[layout.SIGNATURE] = base64.b64encode(bytes(raw))

    assert check(made, tmp_path, change) == [
        f"{layout.SIGNATURE}: the signature over {layout.MANIFEST} does not verify with "
        f"{layout.PUBLIC_KEY}"
    ]


def test_the_checkpoint_changed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        edit_json(files, layout.CHECKPOINT, lambda c: {**c, "time": "2020-01-01T00:00:00+00:00"})

    assert has(check(made, tmp_path, change), layout.CHECKPOINT, "does not match the manifest")
    assert has(check(made, tmp_path, change, signed=True), "checkpoint's signature does not verify")


def test_the_checkpoint_root_changed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        edit_json(files, layout.CHECKPOINT, lambda c: {**c, "root": "ab" * 32})

    problems = check(made, tmp_path, change, signed=True)
    assert has(problems, "checkpoint's signature does not verify")
    assert has(problems, "inclusion proof fails", "does not lead to the given root")


def _edit_event(field: str, value: Callable[[Any], Any], index: int) -> Callable[[Files], None]:
    def change(files: Files) -> None:
        events = json.loads(files[layout.CUSTODY])
        events[index][field] = value(events[index][field])
        files[layout.CUSTODY] = json.dumps(events).encode()

    return change


def _flip_first_node(proof: list[str]) -> list[str]:
    nodes = list(proof)
    nodes[0] = ("0" if nodes[0][0] != "0" else "1") + nodes[0][1:]
    return nodes


@pytest.mark.parametrize("index", [0, 1, 2])
@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("proof", _flip_first_node, "does not lead to the given root"),
        ("proof", lambda p: list(p)[:-1], "too short"),
        ("proof", lambda p: [*list(p), "00" * 32], "longer than the tree is deep"),
        ("seq", lambda s: int(s) + 1, "its index or case differs"),
        ("tree_size", lambda s: int(s) + 1, "proved against size"),
        ("leaf_hash", lambda h: "00" * 32, "not the hash of its entry"),
        ("entry", lambda e: e.replace('"ana"', '"eve"'), "not the hash of its entry"),
    ],
)
def test_each_proof_changed(
    made: Made,
    tmp_path: Path,
    index: int,
    field: str,
    value: Callable[[Any], Any],
    expected: str,
) -> None:
    change = _edit_event(field, value, index)
    assert has(check(made, tmp_path, change), layout.CUSTODY, "does not match the manifest")
    assert has(check(made, tmp_path, change, signed=True), layout.CUSTODY, expected)


def test_an_entry_rewritten_with_its_leaf_hash(made: Made, tmp_path: Path) -> None:
    """A consistent forgery of one event: the proof no longer reaches the signed root."""

    def change(files: Files) -> None:
        events = json.loads(files[layout.CUSTODY])
        entry = events[0]["entry"].replace('"ana"', '"eve"')
        events[0]["entry"] = entry
        events[0]["leaf_hash"] = hashlib.sha256(b"\x00" + entry.encode()).hexdigest()
        files[layout.CUSTODY] = json.dumps(events).encode()

    assert has(check(made, tmp_path, change, signed=True), "does not lead to the given root")


def test_a_custody_event_removed(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        edit_json(files, layout.CUSTODY, lambda events: events[1:])

    assert has(check(made, tmp_path, change, signed=True), "no proven custody event")


def test_the_public_key_swapped(made: Made, tmp_path: Path) -> None:
    other = Ed25519PrivateKey.generate()

    def swap(files: Files) -> None:
        files[layout.PUBLIC_KEY] = public_key_bytes(other.public_key())

    problems = check(made, tmp_path, swap)
    assert has(problems, layout.SIGNATURE, "does not verify")
    assert has(problems, layout.PUBLIC_KEY, "does not match the manifest")

    def forge_all(files: Files) -> None:  # someone else's key signs everything but the checkpoint
        swap(files)
        edit_json(
            files,
            layout.ABOUT,
            lambda a: {**a, "key_fingerprint": layout.key_fingerprint(other.public_key())},
        )
        files_signed = dict(files)
        resign(files_signed, other)
        files.update(files_signed)

    assert has(check(made, tmp_path, forge_all), "checkpoint's signature does not verify")


def test_a_wholly_re_signed_bundle_fails_only_the_expected_key(made: Made, tmp_path: Path) -> None:
    """What no bundle can prove by itself: whose key it is. The recipient's fingerprint can."""
    other = Ed25519PrivateKey.generate()
    files = dict(made.files)
    checkpoint = json.loads(files[layout.CHECKPOINT])
    message = checkpoint_message(
        checkpoint["case"], checkpoint["size"], checkpoint["root"], checkpoint["time"]
    )
    checkpoint["signature"] = base64.b64encode(other.sign(message)).decode()
    files[layout.CHECKPOINT] = json.dumps(checkpoint).encode()
    files[layout.PUBLIC_KEY] = public_key_bytes(other.public_key())
    edit_json(
        files,
        layout.ABOUT,
        lambda a: {**a, "key_fingerprint": layout.key_fingerprint(other.public_key())},
    )
    resign(files, other)
    path = tmp_path / "forged.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert verify_bundle(path).ok
    genuine = layout.key_fingerprint(made.key.public_key())
    problems = verify_bundle(path, expect_key=genuine).problems
    assert problems == [
        f"{layout.PUBLIC_KEY}: key {layout.key_fingerprint(other.public_key())} is not the "
        f"expected key {genuine}"
    ]


@pytest.mark.parametrize(
    "name",
    [layout.SOURCES, layout.CLAIMS, layout.CUSTODY, layout.CHECKPOINT, layout.ABOUT, "original"],
)
def test_a_file_removed(made: Made, tmp_path: Path, name: str) -> None:
    target = originals(made.files)[0] if name == "original" else name

    def remove(files: Files) -> None:
        del files[target]

    assert has(check(made, tmp_path, remove), target, "missing from the bundle")


@pytest.mark.parametrize("name", [layout.MANIFEST, layout.SIGNATURE, layout.PUBLIC_KEY])
def test_the_signing_files_removed(made: Made, tmp_path: Path, name: str) -> None:
    def remove(files: Files) -> None:
        del files[name]

    assert has(check(made, tmp_path, remove), name, "missing from the bundle")


def test_a_file_added(made: Made, tmp_path: Path) -> None:
    extra = layout.ORIGINALS + hashlib.sha256(b"smuggled").hexdigest()

    def add(files: Files) -> None:
        files[extra] = b"smuggled"

    assert has(check(made, tmp_path, add), extra, "not listed in the manifest")
    assert has(check(made, tmp_path, add, signed=True), extra, "no source in sources.json")


@pytest.mark.parametrize("name", [layout.SOURCES, "original"])
def test_a_file_renamed(made: Made, tmp_path: Path, name: str) -> None:
    old = originals(made.files)[0] if name == "original" else name
    new = old + ".renamed"

    def rename(files: Files) -> None:
        files[new] = files.pop(old)

    problems = check(made, tmp_path, rename)
    assert has(problems, old, "listed in the manifest but missing")
    assert has(problems, new, "not listed in the manifest")


def test_duplicate_and_unsafe_names(made: Made, tmp_path: Path) -> None:
    path = tmp_path / "odd.zip"
    with zipfile.ZipFile(path, "w") as archive, pytest.warns(UserWarning, match="Duplicate"):
        for name, data in made.files.items():
            archive.writestr(name, data)
        archive.writestr(layout.SOURCES, b"[]")
        archive.writestr("../outside.txt", b"x")
    problems = verify_bundle(path).problems
    assert has(problems, layout.SOURCES, "appears twice")
    assert has(problems, "../outside.txt", "unsafe file name")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "plain.zip"
    path.write_bytes(b"not a zip at all")
    assert has(verify_bundle(path).problems, "not a readable zip file")


def test_the_command_names_each_problem_on_one_line(made: Made, tmp_path: Path, sabt: Sabt) -> None:
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in made.files.items():
            archive.writestr(name, data + b" " if name.startswith(layout.ORIGINALS) else data)
    status, out, err = sabt("verify-bundle", str(path))
    assert status == 1
    lines = [line for line in err.splitlines() if line.startswith("problem:")]
    assert len(lines) == 6 and all("originals/" in line for line in lines)
    assert "6 problems" in out
    status, out, _ = sabt("verify-bundle", str(path), "--json")
    report = json.loads(out)
    assert status == 1 and report["ok"] is False and len(report["problems"]) == 6


@pytest.mark.parametrize(
    "name", [layout.ABOUT, layout.SOURCES, layout.CLAIMS, layout.CUSTODY, layout.CHECKPOINT]
)
@pytest.mark.parametrize("value", ['"x"', "{}", "[1]", "null", "[[]]", '[{"entry": 5}]', "{"])
def test_malformed_json_is_a_problem_not_a_crash(
    made: Made, tmp_path: Path, name: str, value: str
) -> None:
    def change(files: Files) -> None:
        files[name] = value.encode()

    assert has(check(made, tmp_path, change, signed=True), name)


def test_an_entry_that_is_not_an_object(made: Made, tmp_path: Path) -> None:
    def change(files: Files) -> None:
        events = json.loads(files[layout.CUSTODY])
        events[0]["entry"] = "[]"
        events[0]["leaf_hash"] = hashlib.sha256(b"\x00[]").hexdigest()
        files[layout.CUSTODY] = json.dumps(events).encode()

    assert has(check(made, tmp_path, change, signed=True), "its index or case differs")
