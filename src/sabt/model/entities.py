"""Who and what the evidence is about: entities with names in several scripts, and mentions."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sabt.model.base import Base, utcnow

ENTITY_TYPES = ("person", "organization", "place", "event")


class Entity(Base):
    """A person, organisation (incl. bodies such as a "death commission"), place or event."""

    __tablename__ = "entities"
    __table_args__ = (
        CheckConstraint("type IN ('person','organization','place','event')", name="entity_type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    canonical_name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    names: Mapped[list["EntityName"]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", lazy="selectin"
    )


class EntityName(Base):
    """One spelling of an entity's name, in one script ("Pour-Mohammadi", "پورمحمدی")."""

    __tablename__ = "entity_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(8), default="Latn")
    language: Mapped[str] = mapped_column(String(12), default="und")
    is_primary: Mapped[bool] = mapped_column(default=False)

    entity: Mapped[Entity] = relationship(back_populates="names")


class Mention(Base):
    """A span of a source's extracted text that refers to an entity (offsets into `text_raw`)."""

    __tablename__ = "mentions"
    __table_args__ = (CheckConstraint("start_offset <= end_offset", name="span_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    text: Mapped[str] = mapped_column(String(500))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    annotator: Mapped[str] = mapped_column(String(80))
    annotator_version: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
