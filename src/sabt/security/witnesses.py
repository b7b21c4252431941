"""Testimonies of protected witnesses: the statement is evidence, the identity stays sealed.

A testimony is stored as ordinary Sources of kind "testimony" (the transcript, and any audio or
video originals) that carry only the witness's pseudonym: in their title, their stored filename,
their origin and their custody events. The identifying fields (name, phone, contact, exact
location, ...) exist in the database only as a :class:`~sabt.model.witness.SealedIdentity`, i.e.
ciphertext under a data key wrapped by the case sealing key (see :mod:`sabt.security.sealed`).

Every function here keeps one rule: no identifying value is ever passed to anything that stores,
indexes, logs or prints it, and no error message built here contains one. The canary test in
tests/security/test_testimonies.py checks that rule byte for byte over the whole case folder.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sabt.errors import BadInput, Conflict, Forbidden, NotFound
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Source
from sabt.model.witness import SealedIdentity
from sabt.security.keys import SealingKey
from sabt.security.sealed import (
    IdentityDestroyed,
    SealedBlob,
    identity_context,
    rewrap,
    seal,
    unseal,
)
from sabt.store.casefolder import CaseFolder

__all__ = [
    "NO_CONSENT",
    "PSEUDONYM_PATTERN",
    "Consent",
    "Testimony",
    "add_testimony",
    "check_pseudonym",
    "destroy_identity",
    "list_testimonies",
    "rotate_sealing_key",
    "unseal_identity",
]

# "W-" and 3 to 6 digits: a pseudonym carries no initials, town or other trace of the person.
PSEUDONYM_PATTERN = re.compile(r"W-[0-9]{3,6}")
KIND = "testimony"
# Identity values shorter than this are not looked for in an unseal reason (too many false hits).
_MIN_LEAK_CHECK = 3


class Consent(TypedDict):
    """What the witness agreed to: sharing at all, with whom, and use before a court."""

    share: bool
    share_with: str
    court_use: bool


NO_CONSENT: Consent = {"share": False, "share_with": "", "court_use": False}


@dataclass(frozen=True)
class Testimony:
    """A testimony as the team sees it without unsealing: pseudonym and sources, no identity."""

    pseudonym: str
    source_id: int | None
    destroyed: bool
    key_version: int


def check_pseudonym(pseudonym: str) -> str:
    """The pseudonym if it has the form W-017; a free-text pseudonym invites real initials."""
    if not isinstance(pseudonym, str) or not PSEUDONYM_PATTERN.fullmatch(pseudonym):
        raise BadInput(
            "a pseudonym has the form W- followed by 3 to 6 digits",
            remedy="e.g. W-017; assign it without reference to the person",
        )
    return pseudonym


def _check_reason(reason: str, what: str) -> str:
    if not isinstance(reason, str) or not reason.strip():
        raise BadInput(f"{what} needs a reason", remedy="say why, e.g. 'court summons, case 12'")
    return reason.strip()


def _clean_identity(identity: Mapping[str, str]) -> dict[str, str]:
    cleaned = {
        str(name).strip(): value.strip()
        for name, value in identity.items()
        if isinstance(value, str) and value.strip()
    }
    if not cleaned:
        raise BadInput(
            "a protected witness needs at least one identifying field to seal",
            remedy="give a name, phone, contact or location",
        )
    return cleaned


def _find(session: Session, case: CaseFolder, pseudonym: str) -> SealedIdentity | None:
    return session.scalar(
        select(SealedIdentity).where(
            SealedIdentity.case_id == case.case_id, SealedIdentity.pseudonym == pseudonym
        )
    )


def _require(session: Session, case: CaseFolder, pseudonym: str) -> SealedIdentity:
    row = _find(session, case, check_pseudonym(pseudonym))
    if row is None:
        raise NotFound(f"no protected witness {pseudonym} in this case")
    return row


def _blob(row: SealedIdentity) -> SealedBlob:
    return SealedBlob.from_stored(row.ciphertext, row.wrapped_key)


def _digest(ciphertext: bytes) -> str:
    return hashlib.sha256(ciphertext).hexdigest()


# -- adding -----------------------------------------------------------------------------------


def add_testimony(
    case: CaseFolder,
    transcript: Path,
    *,
    pseudonym: str,
    identity: Mapping[str, str],
    actor: str,
    interview_date: str = "",
    interview_place: str = "",
    interviewer: str = "",
    language: str = "",
    consent: Consent = NO_CONSENT,
    media: Sequence[Path] = (),
    key: SealingKey | None = None,
) -> Source:
    """Store a testimony under a pseudonym and seal the witness's identifying fields.

    ``interview_place`` should be coarse (a city, a country): the exact place belongs in
    ``identity``. ``key`` defaults to the sealing key configured in the environment. The identity
    is sealed before anything is written, so a missing or bad key stops the whole add. The
    originals are then ingested under neutral names (the user's file name may hold the witness's
    name), and the sealed identity, metadata and "testimony-added" event commit together.
    """
    check_pseudonym(pseudonym)
    cleaned = _clean_identity(identity)
    open_fields = (interview_date, interview_place, interviewer, language, consent["share_with"])
    if any(_mentions(str(value), cleaned) for value in open_fields):
        raise BadInput(
            "an interview or consent detail repeats one of the witness's identifying fields",
            remedy="those details are stored unsealed: keep them coarse and impersonal",
        )
    key = key or SealingKey.from_env(case_dir=case.path)
    with case.session() as session:
        if _find(session, case, pseudonym) is not None:
            raise Conflict(
                f"the pseudonym {pseudonym} is already taken in this case",
                remedy="choose another pseudonym",
            )
    sealed = seal(cleaned, key=key, context=identity_context(case.case_id, pseudonym))
    origin = f"testimony {pseudonym}"
    provenance = Provenance(actor, origin, kind=KIND)
    main_id = _ingest(
        case, transcript, provenance, f"{pseudonym}-transcript", f"Testimony {pseudonym}"
    )
    media_ids = [
        _ingest(
            case, path, provenance, f"{pseudonym}-media-{n}", f"Testimony {pseudonym} (media {n})"
        )
        for n, path in enumerate(media, start=1)
    ]
    meta: dict[str, Any] = {
        "pseudonym": pseudonym,
        "interview_date": interview_date,
        "interview_place": interview_place,
        "interviewer": interviewer,
        "language": language,
        "consent": {
            "share": bool(consent["share"]),
            "share_with": str(consent["share_with"]),
            "court_use": bool(consent["court_use"]),
        },
        "transcript_source_id": main_id,
        "media_source_ids": media_ids,
    }
    with case.session() as session:
        if _find(session, case, pseudonym) is not None:  # taken while the originals were stored
            raise Conflict(f"the pseudonym {pseudonym} is already taken in this case")
        for source_id, role in [(main_id, "transcript")] + [(m, "media") for m in media_ids]:
            source = session.get(Source, source_id)
            assert source is not None  # just ingested in this case
            source.metadata_json = {**source.metadata_json, "testimony": {**meta, "role": role}}
            if language:
                source.language = language[:12]
        session.add(
            SealedIdentity(
                case_id=case.case_id,
                pseudonym=pseudonym,
                source_id=main_id,
                ciphertext=sealed.ciphertext,
                wrapped_key=sealed.wrapped_key,
                key_version=1,
            )
        )
        case.record_event(
            session,
            actor=actor,
            action="testimony-added",
            object_type="witness",
            object_id=pseudonym,
            object_hash=_digest(sealed.ciphertext),
            detail={
                "pseudonym": pseudonym,
                "source_id": main_id,
                "media_source_ids": media_ids,
                "sealed_fields": len(cleaned),
                "key_id": sealed.key_id,
            },
        )
        main = session.get(Source, main_id)
        assert main is not None
    case.checkpoint()
    return main


def _ingest(case: CaseFolder, path: Path, provenance: Provenance, stem: str, title: str) -> int:
    """Ingest one original under a neutral stored name; refuse bytes the case already holds.

    An original left by an interrupted add of the same pseudonym (same neutral name and title,
    not yet linked to a testimony) is taken up, so re-running the add completes it.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"cannot read a file for {provenance.origin}: {error.strerror}") from None
    filename = stem + path.suffix.lower()
    sha256 = hashlib.sha256(data).hexdigest()
    with case.session() as session:
        existing = session.scalar(
            select(Source).where(Source.case_id == case.case_id, Source.blob_sha256 == sha256)
        )
        if existing is not None:
            if (existing.kind, existing.title, existing.filename) == (KIND, title, filename) and (
                "testimony" not in existing.metadata_json
            ):
                return existing.id
            raise Conflict(
                f"a file for {provenance.origin} is already in the case as source {existing.id}",
                remedy="a testimony's originals must be new to the case",
            )
    outcome = ingest_file(case, path, provenance, filename=filename, display=filename, title=title)
    assert outcome.source_id is not None  # a refused file raises instead
    return outcome.source_id


def list_testimonies(case: CaseFolder) -> list[Testimony]:
    """Every protected witness of the case, by pseudonym; never opens a sealed identity."""
    with case.session() as session:
        rows = session.scalars(
            select(SealedIdentity)
            .where(SealedIdentity.case_id == case.case_id)
            .order_by(SealedIdentity.pseudonym)
        )
        return [
            Testimony(r.pseudonym, r.source_id, r.wrapped_key is None, r.key_version) for r in rows
        ]


# -- reading, rotating, destroying ------------------------------------------------------------


def unseal_identity(
    case: CaseFolder,
    pseudonym: str,
    *,
    actor: str,
    reason: str,
    allowed: bool,
    key: SealingKey | None = None,
) -> dict[str, str]:
    """Open a witness's identity; the "identity-unsealed" event commits before it is returned.

    ``allowed`` is the policy's decision on the action "witness.unseal" for the caller (owner and
    investigator roles). A refusal is itself recorded, since a refused
    attempt to learn who a witness is may matter to the investigation.
    """
    reason = _check_reason(reason, "unsealing an identity")
    with case.session() as session:
        row = _require(session, case, pseudonym)
        if not allowed:
            _record(case, session, actor, "identity-unseal-refused", row, reason)
    if not allowed:
        case.checkpoint()
        raise Forbidden(
            f"you may not unseal {pseudonym}",
            remedy="only a case owner or investigator may unseal an identity",
        )
    key = key or SealingKey.from_env(case_dir=case.path)
    with case.session() as session:
        row = _require(session, case, pseudonym)
        identity = unseal(
            _blob(row), key=key, context=identity_context(case.case_id, row.pseudonym)
        )
        if _mentions(reason, identity):
            raise BadInput(
                "the reason contains the witness's identifying details",
                remedy="state the reason without naming or locating the witness",
            )
        _record(case, session, actor, "identity-unsealed", row, reason)
    case.checkpoint()
    return identity


def _mentions(reason: str, identity: Mapping[str, str]) -> bool:
    folded = reason.casefold()
    return any(
        len(value) >= _MIN_LEAK_CHECK and value.casefold() in folded for value in identity.values()
    )


def _record(
    case: CaseFolder,
    session: Session,
    actor: str,
    action: str,
    row: SealedIdentity,
    reason: str,
    **extra: Any,
) -> None:
    case.record_event(
        session,
        actor=actor,
        action=action,
        object_type="witness",
        object_id=row.pseudonym,
        object_hash=_digest(row.ciphertext),
        detail={"pseudonym": row.pseudonym, "reason": reason, **extra},
    )


def rotate_sealing_key(case: CaseFolder, old: SealingKey, new: SealingKey, *, actor: str) -> int:
    """Rewrap every live data key of the case from ``old`` to ``new``; returns how many.

    All or nothing: one identity that does not open under ``old`` leaves every row as it was.
    Ciphertexts are untouched; destroyed identities have nothing to rewrap and are skipped.
    """
    if old == new:
        raise BadInput("the new sealing key is the one already in use", remedy="give a new key")
    with case.session() as session:
        rows = list(
            session.scalars(
                select(SealedIdentity).where(
                    SealedIdentity.case_id == case.case_id,
                    SealedIdentity.wrapped_key.is_not(None),
                )
            )
        )
        for row in rows:
            row.wrapped_key = rewrap(_blob(row), old=old, new=new).wrapped_key
            row.key_version += 1
        case.record_event(
            session,
            actor=actor,
            action="sealing-key-rotated",
            object_type="case",
            object_id=str(case.case_id),
            detail={"from_key": old.key_id, "to_key": new.key_id, "rewrapped": len(rows)},
        )
    case.checkpoint()
    return len(rows)


def destroy_identity(case: CaseFolder, pseudonym: str, *, actor: str, reason: str) -> None:
    """Forget a witness's data key for good; the testimony itself stays as evidence.

    On SQLite the row is rewritten with ``secure_delete`` on and the WAL is checkpointed and
    truncated, so the old wrapped key does not linger in the case folder's files. Backups and
    PostgreSQL's own WAL are beyond reach: rotate the sealing key afterwards to make it final.
    """
    reason = _check_reason(reason, "destroying an identity")
    sqlite = case.engine.dialect.name == "sqlite"
    with case.session() as session:
        if sqlite:
            session.execute(text("PRAGMA secure_delete = ON"))
        row = _require(session, case, pseudonym)
        if row.wrapped_key is None:
            raise IdentityDestroyed(f"the identity of {pseudonym} was already destroyed")
        row.wrapped_key = None
        _record(case, session, actor, "identity-destroyed", row, reason)
    if sqlite:  # outside any transaction, or SQLite refuses to checkpoint
        raw = case.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    case.checkpoint()
