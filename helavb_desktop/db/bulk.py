"""Bulk writes for sample data and large imports: one executemany per table and chunk.

Rows are column dicts (see ``convert.record_columns``). Each gets its outbox op here too, so a
bulk write keeps the rule that every stored change has one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from helavb_desktop.db.outbox import PENDING, utcnow
from helavb_desktop.db.schema import SYNCED_ROWS, OutboxRow, table_of

_SYNC_COLUMNS = ("pk", "server_version", "deleted", "merged_into", "updated_at", "updated_by")


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def bulk_insert(
    session: Session,
    table: str,
    rows: Sequence[dict[str, Any]],
    *,
    actor: str,
    op_ids: Sequence[str],
) -> None:
    """Insert new rows and one pending ``upsert`` op each (``op_ids`` in row order)."""
    if not rows:
        return
    now = utcnow()
    row_cls = SYNCED_ROWS[table]
    full = [{**r, "updated_at": now, "updated_by": actor, "deleted": False} for r in rows]
    # Core inserts on the Table: one executemany per call, without ORM bookkeeping.
    session.execute(insert(table_of(row_cls)), full)
    seq = (session.scalar(select(func.max(OutboxRow.device_seq))) or 0) + 1
    ops = []
    for i, (r, op_id) in enumerate(zip(rows, op_ids, strict=True)):
        fields = {
            k: _json(v)
            for k, v in r.items()
            if k != "id" and k not in _SYNC_COLUMNS and not k.startswith("sort_")
        }
        ops.append(
            {
                "op_id": op_id,
                "device_seq": seq + i,
                "table_name": table,
                "row_id": r["id"],
                "base_version": None,
                "kind": "upsert",
                "fields": fields,
                "created_at": now,
                "state": PENDING,
            }
        )
    session.execute(insert(table_of(OutboxRow)), ops)


def random_uuid(bits: int) -> str:
    return str(uuid.UUID(int=bits, version=4))
