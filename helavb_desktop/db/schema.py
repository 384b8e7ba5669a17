"""The client's tables as a typed SQLAlchemy ORM (DESIGN.md §1 and the client side of §3).

Every synced table has a local integer ``pk`` (stable under VACUUM, so the external-content FTS5
indexes can key on it) and the client-made UUID ``id`` that sync uses. List fields are JSON
arrays; triggers in the migrations keep the link tables and the search index in step.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class SyncedColumns:
    """Columns every synced row carries (DESIGN.md §3)."""

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class InitiativeRow(SyncedColumns, Base):
    __tablename__ = "initiative"

    title: Mapped[str] = mapped_column(String(500))
    sort_title: Mapped[str] = mapped_column(String(1100))
    focus_area: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    municipalities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    diarienummer: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (
        Index("ix_initiative_focus_sort", "focus_area", "sort_title"),
        Index("ix_initiative_sort", "sort_title"),
    )


class NoteRow(SyncedColumns, Base):
    __tablename__ = "note"

    date: Mapped[date] = mapped_column(Date)
    municipality: Mapped[str] = mapped_column(String(4))
    place: Mapped[str] = mapped_column(String(500), default="")
    sort_place: Mapped[str] = mapped_column(String(1100), default="")
    kind: Mapped[str] = mapped_column(String(20))
    organisations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)
    girls: Mapped[int] = mapped_column(Integer, default=0)
    boys: Mapped[int] = mapped_column(Integer, default=0)
    focus_areas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    initiatives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    record_class: Mapped[str] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_note_date", "date"),
        Index("ix_note_municipality_date", "municipality", "date"),
        # Covering index for counting live notes (migration 0004).
        Index("ix_note_live_municipality", "municipality", "deleted", "merged_into"),
    )


class FollowUpRow(SyncedColumns, Base):
    __tablename__ = "followup"

    description: Mapped[str] = mapped_column(Text)
    sort_description: Mapped[str] = mapped_column(String(1100), default="")
    owner: Mapped[str] = mapped_column(String(500), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(36))
    initiative: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_followup_due", "status", "due_date"),
        Index("ix_followup_note", "note"),
        Index("ix_followup_initiative", "initiative"),
    )


# Link tables, derived from the JSON list columns by triggers (see the first migration). They
# exist so "notes of this initiative" and "initiatives in this municipality" use an index.
class InitiativeMunicipalityRow(Base):
    __tablename__ = "initiative_municipality"

    initiative_pk: Mapped[int] = mapped_column(
        ForeignKey("initiative.pk", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(4), primary_key=True, index=True)


class NoteInitiativeRow(Base):
    __tablename__ = "note_initiative"

    note_pk: Mapped[int] = mapped_column(
        ForeignKey("note.pk", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class NoteFocusAreaRow(Base):
    __tablename__ = "note_focus_area"

    note_pk: Mapped[int] = mapped_column(
        ForeignKey("note.pk", ondelete="CASCADE"), primary_key=True
    )
    focus_area: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class MunicipalityRow(Base):
    """Reference data, seeded from resources/ and editable (the priority flag is data)."""

    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    lat: Mapped[float]
    lon: Mapped[float]
    skr_group: Mapped[str] = mapped_column(String(200), default="")
    leader_area: Mapped[str] = mapped_column(String(200), default="")
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_source: Mapped[str] = mapped_column(String(500), default="")


class UserRow(Base):
    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="faltpersonal")


class DeviceRow(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OutboxRow(Base):
    """One local change waiting for (or acknowledged by) the hub, written with the edit."""

    __tablename__ = "outbox"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, unique=True)
    table_name: Mapped[str] = mapped_column(String(20))
    row_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # upsert | delete | restore
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | acknowledged

    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "device_seq"),
        Index("ix_outbox_row", "table_name", "row_id"),
    )


class SyncBaseRow(Base):
    """The last state both sides agreed on, per row: the base of a three-way merge."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(20), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncStateRow(Base):
    """Key/value state of this register: device id, pull cursor, sample-data flag."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_ROWS: dict[str, type[InitiativeRow] | type[NoteRow] | type[FollowUpRow]] = {
    "initiative": InitiativeRow,
    "note": NoteRow,
    "followup": FollowUpRow,
}


def table_of(row_cls: type[Base]) -> Table:
    """The Core table of an ORM class, typed as a Table (mypy sees ``__table__`` as FromClause)."""
    return cast(Table, row_cls.__table__)
