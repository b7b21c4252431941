"""Sourced statements: claims, occupancies of posts, and violations with their parties.

None of these is a fact: each says who asserts it, in which source, with which excerpt, and
whether an analyst accepted it. Machine suggestions live in the review queue until accepted.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow

_DATE_ORDER = "date_earliest IS NULL OR date_latest IS NULL OR date_earliest <= date_latest"


class Claim(Base):
    """ "About 30,000 executed", said by X, in source Y: subject, property, value, provenance."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(
            "value_low IS NULL OR value_high IS NULL OR value_low <= value_high", name="value_range"
        ),
        CheckConstraint(_DATE_ORDER, name="date_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    subject_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    subject_text: Mapped[str] = mapped_column(Text, default="")
    property: Mapped[str] = mapped_column(String(80))
    value_text: Mapped[str] = mapped_column(Text, default="")
    value_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    value_low: Mapped[float | None] = mapped_column(Float, default=None)
    value_high: Mapped[float | None] = mapped_column(Float, default=None)
    qualifier: Mapped[str] = mapped_column(String(40), default="")
    date_earliest: Mapped[date | None] = mapped_column(default=None)
    date_latest: Mapped[date | None] = mapped_column(default=None)
    date_precision: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    excerpt: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer, default=None)
    end_offset: Mapped[int | None] = mapped_column(Integer, default=None)
    attributed_to: Mapped[str] = mapped_column(String(300), default="")
    attributed_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id"), default=None
    )
    evaluation: Mapped[str] = mapped_column(Text, default="")
    review_status: Mapped[str] = mapped_column(String(20), default="accepted")
    qualifiers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Occupancy(Base):
    """A claim that a person held a position in an organisation from/to a date."""

    __tablename__ = "occupancies"
    __table_args__ = (
        CheckConstraint(
            "start_earliest IS NULL OR end_latest IS NULL OR start_earliest <= end_latest",
            name="period_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    position: Mapped[str] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    start_earliest: Mapped[date | None] = mapped_column(default=None)
    start_latest: Mapped[date | None] = mapped_column(default=None)
    end_earliest: Mapped[date | None] = mapped_column(default=None)
    end_latest: Mapped[date | None] = mapped_column(default=None)
    precision: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    excerpt: Mapped[str] = mapped_column(Text, default="")
    review_status: Mapped[str] = mapped_column(String(20), default="accepted")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Violation(Base):
    """An act against victims (execution, enforced disappearance, torture…), from the vocabulary."""

    __tablename__ = "violations"
    __table_args__ = (CheckConstraint(_DATE_ORDER, name="date_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    date_earliest: Mapped[date | None] = mapped_column(default=None)
    date_latest: Mapped[date | None] = mapped_column(default=None)
    date_precision: Mapped[str] = mapped_column(String(20), default="")
    place_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    victims_low: Mapped[int | None] = mapped_column(Integer, default=None)
    victims_high: Mapped[int | None] = mapped_column(Integer, default=None)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ViolationParty(Base):
    """A victim or perpetrator of a violation, with the perpetrator's mode of involvement."""

    __tablename__ = "violation_parties"
    __table_args__ = (CheckConstraint("role IN ('victim','perpetrator')", name="party_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("violations.id"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    role: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(60), default="")
