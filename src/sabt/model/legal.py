"""The legal layer: how organisations nest over time, sanctions, outside identifiers, and the
analyst's links from evidence to the elements of a crime (the case matrix).

Like claims, none of these is a fact by itself: each carries its source or the analyst who made
it, and a note on what it shows.
"""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow

EVIDENCE_TYPES = ("claim", "violation", "source", "testimony", "occupancy")


class OrganisationLink(Base):
    """One body within another for a period ("death commission" within a prosecutor's office)."""

    __tablename__ = "organisation_links"
    __table_args__ = (
        CheckConstraint("child_id <> parent_id", name="not_self"),
        CheckConstraint(
            "start_earliest IS NULL OR end_latest IS NULL OR start_earliest <= end_latest",
            name="period_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    relation: Mapped[str] = mapped_column(String(40), default="part_of")
    start_earliest: Mapped[date | None] = mapped_column(default=None)
    end_latest: Mapped[date | None] = mapped_column(default=None)
    precision: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    excerpt: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Sanction(Base):
    """A sanction on an entity by an authority under a programme, as a sanctions list states it."""

    __tablename__ = "sanctions"
    __table_args__ = (
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name="period_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    authority: Mapped[str] = mapped_column(String(300), default="")
    program: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    external_id: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EntityIdentifier(Base):
    """An identifier another system gives an entity (a FollowTheMoney id, a sanctions-list id)."""

    __tablename__ = "entity_identifiers"
    __table_args__ = (UniqueConstraint("entity_id", "scheme", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    scheme: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(String(300), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EvidenceLink(Base):
    """An analyst's link from one piece of evidence to an element of a crime for a suspect.

    `crime` and `element` are codes from the case-matrix vocabulary (e.g. `cah.murder`,
    `cah.murder.killed`); `mode` a mode of liability (e.g. `art25_3_a`). A link is withdrawn,
    never deleted, so the matrix a dossier was built from can be reconstructed.
    """

    __tablename__ = "evidence_links"
    __table_args__ = (
        CheckConstraint(
            "evidence_type IN ('claim','violation','source','testimony','occupancy')",
            name="evidence_type",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    suspect_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    crime: Mapped[str] = mapped_column(String(80))
    element: Mapped[str] = mapped_column(String(120))
    mode: Mapped[str] = mapped_column(String(80), default="")
    evidence_type: Mapped[str] = mapped_column(String(20))
    evidence_id: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    withdrawn_by: Mapped[str] = mapped_column(String(120), default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")


class Share(Base):
    """One object shared with an external user of a case; what an `external` role may read."""

    __tablename__ = "shares"
    __table_args__ = (UniqueConstraint("case_id", "user_id", "object_type", "object_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int] = mapped_column(Integer)
    granted_by: Mapped[str] = mapped_column(String(120))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
