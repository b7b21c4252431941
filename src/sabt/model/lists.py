"""Victim lists as imported, and the human judgements that link their records."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow


class ListRecord(Base):
    """One row of an imported list: kept verbatim in `raw`, beside the fields parsed from it."""

    __tablename__ = "list_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    list_name: Mapped[str] = mapped_column(String(200), index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    record_key: Mapped[str] = mapped_column(String(200), default="")
    raw: Mapped[dict[str, Any]] = mapped_column(default=dict)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    father_name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(10), default="")
    birth_earliest: Mapped[date | None] = mapped_column(default=None)
    birth_latest: Mapped[date | None] = mapped_column(default=None)
    event_earliest: Mapped[date | None] = mapped_column(default=None)
    event_latest: Mapped[date | None] = mapped_column(default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    problems: Mapped[list[Any]] = mapped_column(default=list)
    victim_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Judgement(Base):
    """A human decision that two list records are the same person, different, or unsure.

    Append-only: a later judgement on the same pair supersedes an earlier one; none is edited.
    """

    __tablename__ = "judgements"
    __table_args__ = (
        CheckConstraint("verdict IN ('same','different','unsure')", name="verdict"),
        CheckConstraint("left_id < right_id", name="pair_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    left_id: Mapped[int] = mapped_column(ForeignKey("list_records.id"))
    right_id: Mapped[int] = mapped_column(ForeignKey("list_records.id"))
    verdict: Mapped[str] = mapped_column(String(10))
    model_probability: Mapped[float | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
