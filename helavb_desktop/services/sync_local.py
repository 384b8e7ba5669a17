"""The laptop's side of sync as use cases, each in its own transaction (DESIGN.md §3).

Pulled rows are written without outbox ops; rows with pending local changes are merged three
ways (hub fields not edited locally are taken, locally edited fields wait for the hub's
judgement); the pull cursor moves in the same transaction as the rows it covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from helavb_desktop.db import sync_store
from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.outbox import get_state, pending_count, set_state
from helavb_desktop.db.sync_store import PulledRow
from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.sync_merge import merge_pulled

CURSOR_KEY = "pull_cursor"
LAST_SYNC_KEY = "last_sync_at"
SAMPLE_DATA_KEY = "sample_data"
DEVICE_KEY = "device_id"

__all__ = ["ConflictView", "LocalSync", "OutgoingOp", "PulledRow", "utc_iso"]


def utc_iso(moment: datetime | None = None) -> str:
    """ISO 8601 UTC with a Z, the spelling the report title page reads."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class OutgoingOp:
    op_id: str
    device_seq: int
    table: str
    row_id: str
    base_version: int | None
    kind: str
    fields: dict[str, Any]
    created_at: str


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    field: str
    kind: str
    base_value: Any
    hub_value: Any
    client_value: Any
    status: str
    device_id: str
    user: str
    created_at: str
    mine: bool


class LocalSync:
    """Everything the sync engine does to the local register."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    # -- state -----------------------------------------------------------------------------

    def _state(self, key: str) -> str | None:
        with self._sessions.begin() as session:
            return get_state(session, key)

    def device_id(self) -> str:
        value = self._state(DEVICE_KEY)
        assert value is not None, "open_database() gives every register a device id"
        return value

    def cursor(self) -> int:
        return int(self._state(CURSOR_KEY) or 0)

    def last_sync_at(self) -> str | None:
        return self._state(LAST_SYNC_KEY)

    def has_sample_data(self) -> bool:
        return self._state(SAMPLE_DATA_KEY) == "1"

    def pending_count(self) -> int:
        with self._sessions.begin() as session:
            return pending_count(session)

    def mark_synced(self, moment: datetime | None = None) -> str:
        stamp = utc_iso(moment)
        with self._sessions.begin() as session:
            set_state(session, LAST_SYNC_KEY, stamp)
        return stamp

    # -- push ------------------------------------------------------------------------------

    def pending_ops(self, limit: int) -> list[OutgoingOp]:
        with self._sessions.begin() as session:
            return [
                OutgoingOp(
                    op_id=op.op_id,
                    device_seq=op.device_seq,
                    table=op.table_name,
                    row_id=op.row_id,
                    base_version=op.base_version,
                    kind=op.kind,
                    fields=dict(op.fields or {}),
                    created_at=op.created_at.isoformat(timespec="seconds") + "Z",
                )
                for op in sync_store.pending_ops(session, limit)
            ]

    def acknowledge(self, op_ids: Sequence[str], current: Sequence[PulledRow] = ()) -> int:
        """Mark ops answered by the hub; only called with the hub's answer in hand.

        ``current`` holds the hub's present state of records whose ops were resent, lost a
        conflict or were refused: the next pull would not bring them, so they are merged here,
        in the same transaction, unless a newer state is already stored.
        """
        with self._sessions.begin() as session:
            sync_store.acknowledge(session, list(op_ids))
            return self._apply_rows(session, current, only_newer=True)

    def resend_all(self) -> int:
        """Queue every change this laptop ever sent for sending again.

        For a hub restored from a backup: the hub recognises what it already has (by op id)
        and applies the rest; nothing is lost, at worst a person sees a conflict.
        """
        with self._sessions.begin() as session:
            return sync_store.requeue_acknowledged(session)

    # -- pull ------------------------------------------------------------------------------

    def apply_pulled(
        self,
        rows: Sequence[PulledRow],
        conflicts: Sequence[dict[str, Any]],
        cursor: int,
    ) -> int:
        """Apply one pulled page and move the cursor, all in one transaction.

        Returns how many rows were merged with pending local changes.
        """
        with self._sessions.begin() as session:
            merged = self._apply_rows(session, rows)
            sync_store.store_conflicts(session, conflicts)
            set_state(session, CURSOR_KEY, str(cursor))
        return merged

    def _apply_rows(
        self, session: Session, rows: Sequence[PulledRow], *, only_newer: bool = False
    ) -> int:
        merged = 0
        by_table: dict[str, list[PulledRow]] = {}
        for row in rows:
            by_table.setdefault(row.table, []).append(row)
        for table, pulled in by_table.items():
            kind = RecordType(table)
            if only_newer:
                stored = sync_store.local_versions(session, kind, [p.row_id for p in pulled])
                pulled = [p for p in pulled if (stored.get(p.row_id) or 0) <= p.version]
            ids = [p.row_id for p in pulled]
            pending = sync_store.pending_fields(session, table, ids)
            local = sync_store.local_json(session, kind, [i for i in ids if i in pending])
            old_bases = sync_store.read_bases(session, table, list(pending))
            to_write: list[tuple[PulledRow, dict[str, Any]]] = []
            bases: list[tuple[str, int, dict[str, Any]]] = []
            for p in pulled:
                hub_values = {**p.data, sync_store.DELETED: p.deleted}
                fields = pending.get(p.row_id)
                base = dict(hub_values)
                if fields and p.row_id in local:
                    merged += 1
                    values = merge_pulled(local[p.row_id], hub_values, fields)
                    # A locally edited field's last agreed value is still the old one.
                    old = old_bases.get(p.row_id, {})
                    base.update({f: old.get(f) for f in fields})
                else:
                    values = hub_values
                to_write.append((p, values))
                bases.append((p.row_id, p.version, base))
            sync_store.write_rows(session, kind, to_write)
            sync_store.write_bases(session, table, bases)
        return merged

    # -- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, status: str | None = "open") -> list[ConflictView]:
        with self._sessions.begin() as session:
            me = get_state(session, DEVICE_KEY)
            return [
                ConflictView(
                    id=c.id,
                    table=c.table_name,
                    row_id=c.row_id,
                    field=c.field,
                    kind=c.kind,
                    base_value=c.base_value,
                    hub_value=c.hub_value,
                    client_value=c.client_value,
                    status=c.status,
                    device_id=c.device_id,
                    user=c.user_name,
                    created_at=c.created_at,
                    mine=c.device_id == me,
                )
                for c in sync_store.list_conflicts(session, status=status)
            ]
