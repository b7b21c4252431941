"""Testimonies of protected witnesses: the statement is evidence, the identity stays sealed."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pyarrow.parquet
import pytest
from sqlalchemy import select
from tests.conftest import Sabt

from sabt.errors import BadInput, Conflict, Forbidden, NotFound
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import CustodyEvent, Source
from sabt.model.witness import SealedIdentity
from sabt.security.keys import KEY_ENV, KEY_FILE_ENV, SealingKey, SealingKeyMissing
from sabt.security.sealed import IdentityDestroyed, SealTampered, WrongSealingKey
from sabt.security.witnesses import (
    add_testimony,
    destroy_identity,
    list_testimonies,
    rotate_sealing_key,
    unseal_identity,
)
from sabt.store.casefolder import CaseFolder
from sabt.store.verify import verify_case

IDENTITY = {
    "name": "Maryam Testname",
    "phone": "+98 912 555 0101",
    "location": "Alley 4, Mahabad",
}
CONSENT = {"share": True, "share_with": "UN fact-finding mission", "court_use": False}


@pytest.fixture
def key() -> SealingKey:
    return SealingKey.generate()


def transcript(tmp_path: Path, text: str = "They read names from a list in Evin, 1988.") -> Path:
    path = tmp_path / "Maryam Testname interview.TXT"  # a user's file name may name the witness
    path.write_text(text, encoding="utf-8")
    return path


def add(case: CaseFolder, tmp_path: Path, key: SealingKey, pseudonym: str = "W-017") -> Source:
    return add_testimony(
        case,
        transcript(tmp_path, f"Testimony text {pseudonym}: the commission asked about prayer."),
        pseudonym=pseudonym,
        identity=IDENTITY,
        actor="investigator-1",
        interview_date="2024-05",
        interview_place="Erbil",
        interviewer="investigator-1",
        language="fa",
        consent={"share": True, "share_with": "UN fact-finding mission", "court_use": False},
        key=key,
    )


def events(case: CaseFolder, action: str) -> list[CustodyEvent]:
    with case.session() as session:
        return list(
            session.scalars(
                select(CustodyEvent)
                .where(CustodyEvent.case_id == case.case_id, CustodyEvent.action == action)
                .order_by(CustodyEvent.seq)
            )
        )


def sealed_row(case: CaseFolder, pseudonym: str = "W-017") -> SealedIdentity:
    with case.session() as session:
        row = session.scalar(select(SealedIdentity).where(SealedIdentity.pseudonym == pseudonym))
    assert row is not None
    return row


def test_round_trip_stores_pseudonym_only_and_unseals(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    source = add(case, tmp_path, key)
    assert (source.kind, source.title) == ("testimony", "Testimony W-017")
    assert source.filename == "W-017-transcript.txt"
    assert source.origin == "testimony W-017"
    assert source.language == "fa"
    meta = source.metadata_json["testimony"]
    assert meta["interview_place"] == "Erbil"
    assert meta["consent"] == CONSENT
    assert [(t.pseudonym, t.source_id, t.destroyed) for t in list_testimonies(case)] == [
        ("W-017", source.id, False)
    ]
    [added] = events(case, "testimony-added")
    assert added.object_id == "W-017"
    assert IDENTITY["name"] not in added.entry
    identity = unseal_identity(
        case, "W-017", actor="owner", reason="court summons 12", allowed=True, key=key
    )
    assert identity == IDENTITY
    assert verify_case(case).ok


def test_media_originals_are_stored_under_neutral_names(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    audio = tmp_path / "Maryam Testname recording.mp3"
    audio.write_bytes(b"ID3" + os.urandom(64))
    source = add_testimony(
        case,
        transcript(tmp_path),
        pseudonym="W-018",
        identity={"name": "Someone"},
        actor="investigator-1",
        media=[audio],
        key=key,
    )
    with case.session() as session:
        titles = {
            s.title: s.filename
            for s in session.scalars(select(Source).where(Source.case_id == case.case_id))
        }
    assert titles == {
        "Testimony W-018": "W-018-transcript.txt",
        "Testimony W-018 (media 1)": "W-018-media-1.mp3",
    }
    assert source.metadata_json["testimony"]["media_source_ids"] != []


def test_pseudonyms_are_validated_and_unique(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(Conflict, match="W-017 is already taken"):
        add(case, tmp_path, key)
    for bad in ("Maryam", "w-017", "W-17", "W-017 ", "MT-017"):
        with pytest.raises(BadInput, match="pseudonym"):
            add(case, tmp_path, key, pseudonym=bad)
    with pytest.raises(BadInput, match="at least one identifying field"):
        add_testimony(
            case,
            transcript(tmp_path, "other"),
            pseudonym="W-020",
            identity={"name": " "},
            actor="a",
            key=key,
        )


def test_identifying_values_in_unsealed_details_are_refused(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    with pytest.raises(
        BadInput, match="repeats one of the witness's identifying fields"
    ) as refused:
        add_testimony(
            case,
            transcript(tmp_path),
            pseudonym="W-022",
            identity=IDENTITY,
            actor="a",
            interview_place="alley 4, mahabad",
            key=key,
        )
    assert "mahabad" not in str(refused.value).lower()
    assert list_testimonies(case) == []


def test_a_transcript_already_in_the_case_is_refused(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(Conflict, match="already in the case as source"):
        add_testimony(
            case,
            tmp_path / "Maryam Testname interview.TXT",
            pseudonym="W-019",
            identity={"name": "x"},
            actor="a",
            key=key,
        )
    assert [t.pseudonym for t in list_testimonies(case)] == ["W-017"]


def test_an_interrupted_add_is_completed_by_running_it_again(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    taken = tmp_path / "taken.txt"
    taken.write_text("a report already in the case", "utf-8")
    ingest_file(case, taken, Provenance("a"))
    with pytest.raises(Conflict):  # the transcript is stored, then the media file is refused
        add_testimony(
            case,
            transcript(tmp_path),
            pseudonym="W-021",
            identity={"name": "x"},
            actor="a",
            media=[taken],
            key=key,
        )
    assert list_testimonies(case) == []
    source = add_testimony(
        case, transcript(tmp_path), pseudonym="W-021", identity={"name": "x"}, actor="a", key=key
    )
    assert source.title == "Testimony W-021"
    with case.session() as session:
        assert len(list(session.scalars(select(Source)))) == 2
    assert verify_case(case).ok


def test_unseal_is_logged_with_its_reason_and_needs_one(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    for empty in ("", "   "):
        with pytest.raises(BadInput, match="needs a reason"):
            unseal_identity(case, "W-017", actor="owner", reason=empty, allowed=True, key=key)
    assert events(case, "identity-unsealed") == []
    unseal_identity(
        case, "W-017", actor="owner", reason="protective measures", allowed=True, key=key
    )
    [event] = events(case, "identity-unsealed")
    assert (event.actor, event.object_id) == ("owner", "W-017")
    assert json.loads(event.entry)["detail"] == {
        "pseudonym": "W-017",
        "reason": "protective measures",
    }


def test_refused_unseal_is_recorded_and_reveals_nothing(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(Forbidden):
        unseal_identity(case, "W-017", actor="analyst", reason="curious", allowed=False, key=key)
    [event] = events(case, "identity-unseal-refused")
    assert event.actor == "analyst"
    assert events(case, "identity-unsealed") == []
    with pytest.raises(NotFound):
        unseal_identity(case, "W-999", actor="owner", reason="x", allowed=True, key=key)


def test_a_reason_that_names_the_witness_is_refused_and_not_logged(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(BadInput, match="identifying details") as refused:
        unseal_identity(
            case, "W-017", actor="o", reason="call maryam testname", allowed=True, key=key
        )
    assert "maryam" not in str(refused.value).lower()
    assert events(case, "identity-unsealed") == []


def test_rotation_rewraps_keeps_ciphertext_and_retires_the_old_key(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    add(case, tmp_path, key, pseudonym="W-018")
    before = sealed_row(case)
    new = SealingKey.generate()
    assert rotate_sealing_key(case, key, new, actor="owner") == 2
    after = sealed_row(case)
    assert after.ciphertext == before.ciphertext
    assert after.wrapped_key != before.wrapped_key
    assert after.key_version == before.key_version + 1
    with pytest.raises(WrongSealingKey):
        unseal_identity(case, "W-017", actor="o", reason="r", allowed=True, key=key)
    assert unseal_identity(case, "W-017", actor="o", reason="r", allowed=True, key=new) == IDENTITY
    [event] = events(case, "sealing-key-rotated")
    assert json.loads(event.entry)["detail"]["to_key"] == new.key_id
    assert verify_case(case).ok


def test_rotation_under_a_wrong_old_key_changes_nothing(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    before = sealed_row(case)
    with pytest.raises(WrongSealingKey):
        rotate_sealing_key(case, SealingKey.generate(), SealingKey.generate(), actor="o")
    after = sealed_row(case)
    assert (after.wrapped_key, after.key_version) == (before.wrapped_key, before.key_version)
    assert events(case, "sealing-key-rotated") == []


def test_destroyed_identity_is_unrecoverable_and_the_case_still_verifies(
    case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(BadInput, match="needs a reason"):
        destroy_identity(case, "W-017", actor="owner", reason="")
    destroy_identity(case, "W-017", actor="owner", reason="witness withdrew consent")
    assert sealed_row(case).wrapped_key is None
    with pytest.raises(IdentityDestroyed):
        unseal_identity(case, "W-017", actor="o", reason="r", allowed=True, key=key)
    with pytest.raises(IdentityDestroyed):
        destroy_identity(case, "W-017", actor="owner", reason="again")
    assert [t.destroyed for t in list_testimonies(case)] == [True]
    assert rotate_sealing_key(case, key, SealingKey.generate(), actor="o") == 0
    assert len(events(case, "identity-destroyed")) == 1
    report = verify_case(case)
    assert report.ok, report.problems


def test_destroy_on_sqlite_leaves_no_copy_of_the_wrapped_key_in_the_folder(
    sqlite_case: CaseFolder, tmp_path: Path, key: SealingKey
) -> None:
    add(sqlite_case, tmp_path, key)
    wrapped = sealed_row(sqlite_case).wrapped_key
    assert wrapped is not None
    assert wrapped in folder_bytes(sqlite_case.path)  # the scan can see it before
    destroy_identity(sqlite_case, "W-017", actor="owner", reason="witness withdrew consent")
    assert wrapped not in folder_bytes(sqlite_case.path)


def test_tampering_wrong_and_missing_keys_give_clear_errors_and_no_plaintext(
    case: CaseFolder, tmp_path: Path, key: SealingKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(case, tmp_path, key)
    with pytest.raises(WrongSealingKey):
        unseal_identity(
            case, "W-017", actor="o", reason="r", allowed=True, key=SealingKey.generate()
        )
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    with pytest.raises(SealingKeyMissing, match=KEY_FILE_ENV):
        unseal_identity(case, "W-017", actor="o", reason="r", allowed=True)
    with case.session() as session:
        row = session.scalar(select(SealedIdentity))
        assert row is not None
        flipped = bytearray(row.ciphertext)
        flipped[40] ^= 1
        row.ciphertext = bytes(flipped)
    with pytest.raises(SealTampered) as tampered:
        unseal_identity(case, "W-017", actor="o", reason="r", allowed=True, key=key)
    assert not any(value in str(tampered.value) for value in IDENTITY.values())
    assert events(case, "identity-unsealed") == []


# -- the canary test --------------------------------------------------------------------------

CANARIES = [
    "Canary-7f3a Zarrinkamar",
    "+98-912-000-7f3a",
    "canary7f3a@example.org",
    "Kuche-7f3a Sarvestan",
    "کاناری‌۷ف۳ زرین‌کمر",
    "Canary-9b1e Golestani",
    "+98-935-000-9b1e",
]


def canary_forms(canary: str) -> list[bytes]:
    forms = []
    for text in {canary, canary.lower(), canary.upper(), canary.split()[-1]}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.append(text.encode(encoding))
    return forms


def folder_bytes(folder: Path) -> bytes:
    """Every byte of every file under the folder (database, -wal, -shm, blobs, ledger, keys)."""
    return b"\n".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def exported_bytes(path: Path) -> bytes:
    """An export as a reader gets it: a zip's members unpacked, a Parquet file's rows as JSON."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return b"\n".join(archive.read(name) for name in archive.namelist())
    if path.suffix == ".parquet":
        rows = pyarrow.parquet.read_table(path).to_pylist()
        return json.dumps(rows, ensure_ascii=False, default=str).encode("utf-8")
    return path.read_bytes()


def test_canaries_never_reach_the_case_folder_or_the_output(
    tmp_path: Path, sabt: Sabt, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "keys-elsewhere" / "case.sealing.key"
    SealingKey.generate().save(key_file)
    case = tmp_path / "case"
    monkeypatch.setenv("SABT_CASE", str(case))
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    outputs: list[str] = []

    def run(*args: str, ok: bool = True) -> str:
        status, out, err = sabt(*args)
        assert (status == 0) == ok, err
        outputs.extend([out, err])
        return out

    run("init", str(case))
    first = tmp_path / "Canary-7f3a Zarrinkamar.txt"  # named after the witness, as users do
    first.write_text("They read names from a list. The commission asked about prayer.", "utf-8")
    recording = tmp_path / "Canary-7f3a Zarrinkamar.ogg"
    recording.write_bytes(b"OggS" + os.urandom(256))
    second = tmp_path / "کاناری‌۷ف۳ زرین‌کمر.md"
    second.write_text("# Interview\nWe were taken to the hall in groups of six.", "utf-8")
    run(
        "testimony", "add", "--transcript", str(first), "--pseudonym", "W-017",
        "--name", CANARIES[0], "--phone", CANARIES[1], "--contact", CANARIES[2],
        "--location", CANARIES[3], "--interview-place", "Erbil", "--consent-court",
        "--consent-share", "--media", str(recording),
    )  # fmt: skip
    run(
        "testimony", "add", "--transcript", str(second), "--pseudonym", "W-018",
        "--name", CANARIES[4], "--contact", f"{CANARIES[5]} {CANARIES[6]}",
    )  # fmt: skip
    listed = run("testimony", "list", "--json")
    assert [w["pseudonym"] for w in json.loads(listed)] == ["W-017", "W-018"]
    run("testimony", "list")
    assert json.loads(run("search", "commission", "--json"))[0]["title"] == ("Testimony W-017")
    run("search", "Zarrinkamar", "--json")
    titles = [s["title"] for s in json.loads(run("sources", "--json"))]
    assert titles == ["Testimony W-017", "Testimony W-017 (media 1)", "Testimony W-018"]
    run("verify")
    # failing commands: a taken pseudonym, a reason naming the witness, an unreadable key
    run(
        "testimony", "add", "--transcript", str(first), "--pseudonym", "W-017",
        "--name", CANARIES[0], ok=False,
    )  # fmt: skip
    run("testimony", "unseal", "W-017", "--reason", f"call {CANARIES[0]}", ok=False)
    # the one command meant to show the identity does show it (so the scan below could see it)
    status, shown, _ = sabt("testimony", "unseal", "W-017", "--reason", "protective measures")
    assert status == 0 and CANARIES[0] in shown
    run("testimony", "destroy", "W-018", "--reason", "witness withdrew consent")
    run("verify")
    run("testimony", "unseal", "W-018", "--reason", "check", ok=False)
    # exports and bundles: every table in every format, a bundle, and the case it is imported into
    exports = tmp_path / "exports"
    exports.mkdir()
    for table in ("claims", "sources", "entities", "occupancies", "violations", "lists"):
        for fmt in ("jsonl", "csv", "parquet"):
            run("export", table, "--out", str(exports / f"{table}.{fmt}"))
    bundle = exports / "bundle.zip"
    bundled = json.loads(
        run("export", "bundle", "--select", "kind:testimony", "--out", str(bundle), "--json")
    )
    assert (len(bundled["sources"]), len(bundled["withheld"])) == (2, 1)  # W-018: no consent
    run("verify-bundle", str(bundle), "--json")
    run("init", str(tmp_path / "inquiry"))
    run("import", "bundle", str(bundle), "--case", str(tmp_path / "inquiry"))
    run("verify", "--case", str(tmp_path / "inquiry"))
    assert b"W-017" in exported_bytes(bundle)
    everything = (
        folder_bytes(case)
        + folder_bytes(tmp_path / "inquiry")
        + b"".join(exported_bytes(path) for path in sorted(exports.iterdir()))
        + "\n".join(outputs).encode("utf-8")
    )
    assert b"W-017" in everything  # the scan reads what was written
    for canary in CANARIES:
        for form in canary_forms(canary):
            assert form not in everything, f"canary {canary!r} leaked as {form!r}"


def test_rotate_key_from_the_cli(
    tmp_path: Path, sabt: Sabt, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_file, new_file = tmp_path / "keys" / "old.key", tmp_path / "keys" / "new.key"
    SealingKey.generate().save(old_file)
    case = tmp_path / "case"
    monkeypatch.setenv("SABT_CASE", str(case))
    monkeypatch.setenv(KEY_FILE_ENV, str(old_file))
    assert sabt("init", str(case))[0] == 0
    text = tmp_path / "t.txt"
    text.write_text("statement", "utf-8")
    assert sabt("testimony", "add", "--transcript", str(text), "--pseudonym", "W-005",
                "--name", "Nasrin Example")[0] == 0  # fmt: skip
    inside = sabt("testimony", "rotate-key", "--new-key-file", str(case / "new.key"))
    assert inside[0] == 1 and "inside the case folder" in inside[2]
    status, out, _ = sabt("testimony", "rotate-key", "--new-key-file", str(new_file))
    assert status == 0 and "1 identities rewrapped" in out
    assert new_file.stat().st_mode & 0o777 == 0o600
    status, _, err = sabt("testimony", "unseal", "W-005", "--reason", "check")
    assert status == 1 and "not the key given" in err
    monkeypatch.setenv(KEY_FILE_ENV, str(new_file))
    status, out, _ = sabt("testimony", "unseal", "W-005", "--reason", "check")
    assert status == 0 and "name: Nasrin Example" in out


def test_missing_sealing_key_is_one_clear_line(
    tmp_path: Path, sabt: Sabt, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = tmp_path / "case"
    monkeypatch.setenv("SABT_CASE", str(case))
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    assert sabt("init", str(case))[0] == 0
    text = tmp_path / "t.txt"
    text.write_text("statement", "utf-8")
    status, _, err = sabt(
        "testimony", "add", "--transcript", str(text), "--pseudonym", "W-001", "--name", "N"
    )
    assert status == 1
    assert err.strip().count("\n") == 0
    assert KEY_FILE_ENV in err
    assert json.loads(sabt("sources", "--json")[1]) == []
