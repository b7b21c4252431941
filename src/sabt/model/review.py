"""Machine suggestions awaiting a human, and the append-only decisions taken on them."""

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow


class Suggestion(Base):
    """What an annotator proposes (a mention, claim, occupancy, name): never a finding by itself.

    `fingerprint` identifies the proposal so that a rejected one is not proposed again.
    """

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    start_offset: Mapped[int | None] = mapped_column(Integer, default=None)
    end_offset: Mapped[int | None] = mapped_column(Integer, default=None)
    annotator: Mapped[str] = mapped_column(String(80))
    annotator_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewDecision(Base):
    """Who accepted, corrected or rejected a suggestion, when and why (append-only)."""

    __tablename__ = "review_decisions"
    __table_args__ = (
        CheckConstraint("decision IN ('accept','correct','reject')", name="decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id"), index=True)
    decision: Mapped[str] = mapped_column(String(10))
    correction: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
