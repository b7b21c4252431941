"""Sealed identities of protected persons: only ciphertext and a wrapped data key are stored."""

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from sabt.model.base import Base, utcnow


class SealedIdentity(Base):
    """A witness's identifying fields, encrypted under their own data key.

    The data key is stored only wrapped by the case's sealing key, which never sits in the
    database; destroying `wrapped_key` makes the identity unrecoverable.
    """

    __tablename__ = "sealed_identities"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), default=None)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    key_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
