"""The outbox: every local change leaves one op, written in the edit's own transaction."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from helavb_desktop.db.schema import OutboxRow, SyncStateRow

PENDING = "pending"
ACKNOWLEDGED = "acknowledged"


def utcnow() -> datetime:
    # Naive UTC in the database: SQLite has no time zones, and clocks here are for display only.
    return datetime.now(UTC).replace(tzinfo=None)


def next_device_seq(session: Session) -> int:
    current = session.scalar(select(func.max(OutboxRow.device_seq)))
    return (current or 0) + 1


def append_op(
    session: Session,
    *,
    table: str,
    row_id: str,
    base_version: int | None,
    kind: str,
    fields: dict[str, Any],
) -> OutboxRow:
    """Add one pending op. The caller's transaction makes it atomic with the edit."""
    op = OutboxRow(
        op_id=str(uuid.uuid4()),
        device_seq=next_device_seq(session),
        table_name=table,
        row_id=row_id,
        base_version=base_version,
        kind=kind,
        fields=fields,
        created_at=utcnow(),
        state=PENDING,
    )
    session.add(op)
    session.flush()
    return op


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(OutboxRow.state == PENDING)) or 0


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncStateRow, key)
    return row.value if row else None


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncStateRow, key)
    if row is None:
        session.add(SyncStateRow(key=key, value=value))
    else:
        row.value = value
