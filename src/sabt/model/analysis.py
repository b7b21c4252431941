"""Stored results of analyses, so that any published figure can be reproduced exactly."""

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow


class Estimate(Base):
    """One estimation run: its input table, method, settings, seed, and what it gave."""

    __tablename__ = "estimates"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), default=None, index=True)
    method: Mapped[str] = mapped_column(String(40))
    stratum: Mapped[str] = mapped_column(String(200), default="")
    lists: Mapped[list[Any]] = mapped_column(default=list)
    input_table: Mapped[list[Any]] = mapped_column(default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seed: Mapped[int | None] = mapped_column(Integer, default=None)
    observed: Mapped[int] = mapped_column(Integer)
    estimate: Mapped[float] = mapped_column(Float)
    interval_low: Mapped[float] = mapped_column(Float)
    interval_high: Mapped[float] = mapped_column(Float)
    level: Mapped[float] = mapped_column(Float, default=0.95)
    diagnostics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    samples_summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
