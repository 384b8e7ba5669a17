"""The hub's tables (DESIGN.md §3). Separate metadata from the client's register."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HubBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class HubCounter(HubBase):
    """The global change sequence. Taking it (UPDATE ... +n) also serialises writers, so change
    numbers become visible in order and a pull can never skip one committed late."""

    __tablename__ = "hub_counter"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class RecordRow(HubBase):
    __tablename__ = "record"

    table_name: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(BigInteger)  # sequence number of its last change
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_record_version", "version"),)


class FieldClockRow(HubBase):
    """Who last changed each field of a record, at which version."""

    __tablename__ = "field_clock"

    table_name: Mapped[str] = mapped_column(String(20), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(36))


class ChangeLogRow(HubBase):
    """Append-only: one row per applied change, with the values it wrote."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(20))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(BigInteger)
    op_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id", "seq"),)


class AppliedOpRow(HubBase):
    """The idempotency ledger: op_id -> the result sent back the first time."""

    __tablename__ = "applied_op"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime)


class ConflictRow(HubBase):
    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(20))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hub_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | resolved
    op_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Change-sequence number of the last change to this conflict, so pulls carry it.
    seq: Mapped[int] = mapped_column(BigInteger)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    chosen_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    resolution_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_conflict_seq", "seq"),
        Index("ix_conflict_row", "table_name", "row_id"),
    )


class HubUserRow(HubBase):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # faltpersonal | samordnare | admin
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TokenRow(HubBase):
    """Bearer tokens, stored as SHA-256 digests: a leaked table gives no usable token."""

    __tablename__ = "api_token"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
