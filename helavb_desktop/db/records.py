"""The repository of synced records. Takes a session, returns domain objects, never commits."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from helavb_desktop.db import listing
from helavb_desktop.db.convert import record_columns, row_to_record
from helavb_desktop.db.outbox import append_op, utcnow
from helavb_desktop.db.schema import SYNCED_ROWS, InitiativeRow, MunicipalityRow, table_of
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.models import (
    Initiative,
    Municipality,
    Record,
    RecordType,
    record_values,
)
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import to_json_value

UPSERT = "upsert"
DELETE = "delete"
RESTORE = "restore"


class RecordStore:
    """Reads and writes the three synced record kinds; every write leaves an outbox op."""

    def __init__(self, session: Session, *, actor: str = "") -> None:
        self.session = session
        self.actor = actor

    # -- reading -------------------------------------------------------------------------

    def get(
        self, kind: RecordType, record_id: str, *, include_deleted: bool = False
    ) -> Record | None:
        row_cls = SYNCED_ROWS[kind.value]
        stmt = select(table_of(row_cls)).where(row_cls.id == record_id)
        row = self.session.execute(stmt).mappings().first()
        if row is None or (row["deleted"] and not include_deleted):
            return None
        return row_to_record(kind, row)

    def get_many(self, kind: RecordType, ids: Sequence[str]) -> list[Record]:
        """Live records with these ids, in the order of ``ids`` (missing ones left out)."""
        if not ids:
            return []
        row_cls = SYNCED_ROWS[kind.value]
        found: dict[str, Record] = {}
        # SQLite limits bound parameters; 500 per query stays far below it.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = select(table_of(row_cls)).where(
                row_cls.id.in_(chunk), row_cls.deleted.is_(False)
            )
            for row in self.session.execute(stmt).mappings():
                found[row["id"]] = row_to_record(kind, row)
        return [found[i] for i in ids if i in found]

    def list(self, kind: RecordType, query: ListQuery) -> list[Record]:
        stmt = listing.list_select(kind, query)
        if stmt is None:
            return []
        return [row_to_record(kind, r) for r in self.session.execute(stmt).mappings()]

    def list_ids(self, kind: RecordType, query: ListQuery) -> builtins.list[str]:
        stmt = listing.list_select(kind, query, SYNCED_ROWS[kind.value].id)
        return [] if stmt is None else list(self.session.scalars(stmt))

    def count(self, kind: RecordType, query: ListQuery) -> int:
        stmt = listing.count_select(kind, query)
        return 0 if stmt is None else int(self.session.scalar(stmt) or 0)

    def existing_ids(self, kind: RecordType, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` exist at all (tombstones included)."""
        row_cls = SYNCED_ROWS[kind.value]
        wanted = list(ids)
        out: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            out.update(self.session.scalars(select(row_cls.id).where(row_cls.id.in_(chunk))))
        return out

    def initiative_match_rows(self) -> builtins.list[Initiative]:
        """Live initiatives with only what duplicate matching reads (id, title, focus area,
        municipalities, start date): a fraction of the cost of full records."""
        r = InitiativeRow
        stmt = select(r.id, r.title, r.focus_area, r.municipalities, r.start_date).where(
            r.deleted.is_(False), r.merged_into.is_(None)
        )
        return [
            Initiative(
                id=row.id,
                title=row.title,
                focus_area=FocusArea(row.focus_area),
                municipalities=tuple(row.municipalities or ()),
                start_date=row.start_date,
            )
            for row in self.session.execute(stmt)
        ]

    def change_signature(self, kind: RecordType) -> tuple[int, str]:
        """Changes whenever a row of ``kind`` is added, edited or deleted: for caches."""
        row_cls = SYNCED_ROWS[kind.value]
        count, latest, top = self.session.execute(
            select(func.count(), func.max(row_cls.updated_at), func.max(row_cls.pk))
        ).one()
        return int(count), f"{latest}/{top}"

    def municipalities(self) -> builtins.list[Municipality]:
        rows = self.session.scalars(select(MunicipalityRow).order_by(MunicipalityRow.code))
        return [
            Municipality(
                code=r.code,
                name=r.name,
                lat=r.lat,
                lon=r.lon,
                skr_group=r.skr_group,
                leader_area=r.leader_area,
                priority=r.priority,
                priority_source=r.priority_source,
            )
            for r in rows
        ]

    # -- writing -------------------------------------------------------------------------

    def insert(self, record: Record) -> None:
        row_cls = SYNCED_ROWS[record.TYPE.value]
        cols = record_columns(record)
        self.session.execute(
            table_of(row_cls)
            .insert()
            .values(**cols, updated_at=utcnow(), updated_by=self.actor, deleted=False)
        )
        fields = {k: to_json_value(v) for k, v in record_values(record).items() if k != "id"}
        append_op(
            self.session,
            table=record.TYPE.value,
            row_id=record.id,
            base_version=None,
            kind=UPSERT,
            fields=fields,
        )

    def update(self, old: Record, new: Record) -> dict[str, Any]:
        """Store ``new`` over ``old`` (same id); returns the changed fields as JSON values."""
        assert old.id == new.id and old.TYPE is new.TYPE
        before, after = record_values(old), record_values(new)
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return {}
        row_cls = SYNCED_ROWS[new.TYPE.value]
        cols = {
            k: v for k, v in record_columns(new).items() if k in changed or k.startswith("sort_")
        }
        self.session.execute(
            update(row_cls)
            .where(row_cls.id == new.id)
            .values(**cols, updated_at=utcnow(), updated_by=self.actor)
        )
        fields = {k: to_json_value(v) for k, v in changed.items()}
        append_op(
            self.session,
            table=new.TYPE.value,
            row_id=new.id,
            base_version=old.meta.server_version,
            kind=UPSERT,
            fields=fields,
        )
        return fields

    def set_deleted(self, record: Record, deleted: bool) -> None:
        """Tombstone a record (or lift the tombstone, for undo); the change syncs."""
        row_cls = SYNCED_ROWS[record.TYPE.value]
        self.session.execute(
            update(row_cls)
            .where(row_cls.id == record.id)
            .values(deleted=deleted, updated_at=utcnow(), updated_by=self.actor)
        )
        append_op(
            self.session,
            table=record.TYPE.value,
            row_id=record.id,
            base_version=record.meta.server_version,
            kind=DELETE if deleted else RESTORE,
            fields={},
        )
