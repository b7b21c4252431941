"""Originals and their custody: Blob, Source and the CustodyEvent rows of the ledger."""

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow


class Blob(Base):
    """Original bytes, stored once by SHA-256 in the blob folder; the row is their receipt."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Source(Base):
    """One piece of evidence: a document, a list, a testimony or a media file, and its grading."""

    __tablename__ = "sources"
    __table_args__ = (
        UniqueConstraint("case_id", "blob_sha256"),
        CheckConstraint(
            "reliability IS NULL OR reliability IN ('A','B','C','D','E','F')",
            name="reliability_scale",
        ),
        CheckConstraint(
            "credibility IS NULL OR (credibility BETWEEN 1 AND 6)", name="credibility_scale"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="document")
    title: Mapped[str] = mapped_column(String(500))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(120))
    origin: Mapped[str] = mapped_column(Text)
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    acquired_by: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(12), default="und")
    text_raw: Mapped[str] = mapped_column(Text, default="")
    text_normalised: Mapped[str] = mapped_column(Text, default="")
    extraction_note: Mapped[str] = mapped_column(Text, default="")
    reliability: Mapped[str | None] = mapped_column(String(1), default=None)
    credibility: Mapped[int | None] = mapped_column(default=None)
    evaluation_note: Mapped[str] = mapped_column(Text, default="")
    affiliation_note: Mapped[str] = mapped_column(Text, default="")
    metadata_json: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustodyEvent(Base):
    """One leaf of the case's Merkle log.

    `entry` is the canonical JSON the leaf hash is computed over; the other columns repeat its
    fields so they can be queried, and `sabt verify` checks that the two agree.
    """

    __tablename__ = "custody_events"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(80), index=True)
    object_hash: Mapped[str] = mapped_column(String(64), default="")
    entry: Mapped[str] = mapped_column(Text)
    leaf_hash: Mapped[str] = mapped_column(String(64))
