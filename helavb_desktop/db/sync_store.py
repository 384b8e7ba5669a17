"""Storage side of sync on the laptop: outbox reads, pulled rows written without new outbox ops,
the sync base, and the local cache of the hub's conflicts. Takes a session, never commits."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import JSON, Integer, String, Table, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from helavb_desktop.db.convert import column_value, row_to_record, sort_columns
from helavb_desktop.db.outbox import ACKNOWLEDGED, PENDING, utcnow
from helavb_desktop.db.schema import SYNCED_ROWS, Base, OutboxRow, SyncBaseRow
from helavb_desktop.domain.models import RECORD_CLASSES, RecordType
from helavb_desktop.domain.validation import SPECS, Kind, record_to_json


def _table(cls: type[Any]) -> Table:
    """The Core table of an ORM class, typed for insert()/update()."""
    return cast(Table, cls.__table__)


CHUNK = 400
DELETED = "deleted"  # pending delete/restore ops touch this pseudo-field


class SyncConflictRow(Base):
    """A conflict as the hub reported it (migration 0003)."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(20))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hub_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(12))
    device_id: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)


@dataclasses.dataclass(frozen=True, slots=True)
class PulledRow:
    table: str
    row_id: str
    version: int
    deleted: bool
    merged_into: str | None
    data: dict[str, Any]
    updated_by: str


def pending_ops(session: Session, limit: int) -> list[OutboxRow]:
    stmt = (
        select(OutboxRow)
        .where(OutboxRow.state == PENDING)
        .order_by(OutboxRow.device_seq)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def acknowledge(session: Session, op_ids: Sequence[str]) -> None:
    for start in range(0, len(op_ids), CHUNK):
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.op_id.in_(op_ids[start : start + CHUNK]))
            .values(state=ACKNOWLEDGED)
        )


def requeue_acknowledged(session: Session) -> int:
    """Mark every acknowledged op pending again (recovery after a hub lost changes)."""
    result = session.execute(
        update(OutboxRow).where(OutboxRow.state == ACKNOWLEDGED).values(state=PENDING)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def pending_fields(session: Session, table: str, ids: Iterable[str]) -> dict[str, set[str]]:
    """Per row id, the fields with local changes the hub has not acknowledged yet."""
    wanted = list(ids)
    out: dict[str, set[str]] = {}
    for start in range(0, len(wanted), CHUNK):
        stmt = select(OutboxRow.row_id, OutboxRow.kind, OutboxRow.fields).where(
            OutboxRow.state == PENDING,
            OutboxRow.table_name == table,
            OutboxRow.row_id.in_(wanted[start : start + CHUNK]),
        )
        for row_id, kind, fields in session.execute(stmt):
            names = out.setdefault(row_id, set())
            names.update(fields or {})
            if kind != "upsert":
                names.add(DELETED)
    return out


def _defaults(kind: RecordType) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in dataclasses.fields(RECORD_CLASSES[kind]):
        if f.name != "meta" and f.default is not dataclasses.MISSING:
            values[f.name] = f.default
    return values


def _columns(kind: RecordType, data: dict[str, Any]) -> dict[str, Any]:
    """Column values from the JSON spelling (dates parsed, derived sort keys added)."""
    specs = SPECS[kind]
    cols = {k: column_value(v) for k, v in _defaults(kind).items()}
    for name, value in data.items():
        spec = specs.get(name)
        if spec is None or name == "id":
            continue
        if spec.kind is Kind.DATE and isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        cols[name] = value
    cols.update(sort_columns(kind, cols))
    return cols


def local_json(session: Session, kind: RecordType, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows as JSON-spelled values plus ``deleted`` (for merging)."""
    table = _table(SYNCED_ROWS[kind.value])
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        stmt = select(table).where(table.c.id.in_(ids[start : start + CHUNK]))
        for row in session.execute(stmt).mappings():
            values = record_to_json(row_to_record(kind, row))
            values[DELETED] = bool(row["deleted"])
            out[row["id"]] = values
    return out


def local_versions(session: Session, kind: RecordType, ids: Sequence[str]) -> dict[str, int | None]:
    table = _table(SYNCED_ROWS[kind.value])
    out: dict[str, int | None] = {}
    for start in range(0, len(ids), CHUNK):
        stmt = select(table.c.id, table.c.server_version).where(
            table.c.id.in_(ids[start : start + CHUNK])
        )
        out.update({i: v for i, v in session.execute(stmt)})
    return out


def write_rows(
    session: Session, kind: RecordType, rows: Sequence[tuple[PulledRow, dict[str, Any]]]
) -> None:
    """Store pulled rows (each with the merged values to keep), inserting or updating.

    Written with Core and no outbox op: these changes came from the hub.
    """
    if not rows:
        return
    table = _table(SYNCED_ROWS[kind.value])
    ids = [p.row_id for p, _ in rows]
    existing: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        existing.update(
            session.scalars(select(table.c.id).where(table.c.id.in_(ids[start : start + CHUNK])))
        )
    now = utcnow()
    inserts, updates = [], []
    for pulled, values in rows:
        cols = _columns(kind, values)
        cols.update(
            server_version=pulled.version,
            deleted=bool(values.get(DELETED, pulled.deleted)),
            merged_into=pulled.merged_into,
            updated_at=now,
            updated_by=pulled.updated_by,
        )
        if pulled.row_id in existing:
            updates.append({"k_id": pulled.row_id, **cols})
        else:
            inserts.append({"id": pulled.row_id, **cols})
    if inserts:
        session.execute(table.insert(), inserts)
    if updates:
        names = [k for k in updates[0] if k != "k_id"]
        session.execute(
            update(table)
            .where(table.c.id == bindparam("k_id"))
            .values({n: bindparam(n) for n in names}),
            updates,
        )


def write_bases(
    session: Session, table: str, bases: Sequence[tuple[str, int, dict[str, Any]]]
) -> None:
    if not bases:
        return
    stmt = sqlite_insert(_table(SyncBaseRow))
    stmt = stmt.on_conflict_do_update(
        index_elements=["table_name", "row_id"],
        set_={"version": stmt.excluded.version, "data": stmt.excluded.data},
    )
    session.execute(
        stmt, [{"table_name": table, "row_id": i, "version": v, "data": d} for i, v, d in bases]
    )


def read_bases(session: Session, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        stmt = select(SyncBaseRow.row_id, SyncBaseRow.data).where(
            SyncBaseRow.table_name == table, SyncBaseRow.row_id.in_(ids[start : start + CHUNK])
        )
        out.update({i: dict(d) for i, d in session.execute(stmt)})
    return out


def store_conflicts(session: Session, conflicts: Sequence[dict[str, Any]]) -> None:
    if not conflicts:
        return
    stmt = sqlite_insert(_table(SyncConflictRow))
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={c: stmt.excluded[c] for c in conflicts[0] if c != "id"},
    )
    session.execute(stmt, list(conflicts))


def list_conflicts(session: Session, *, status: str | None = "open") -> list[SyncConflictRow]:
    stmt = select(SyncConflictRow).order_by(SyncConflictRow.id)
    if status is not None:
        stmt = stmt.where(SyncConflictRow.status == status)
    return list(session.scalars(stmt))
