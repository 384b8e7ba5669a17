"""Creating, editing, deleting and listing records: what a person does with the register."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.outbox import pending_count
from helavb_desktop.db.records import RecordStore
from helavb_desktop.domain.errors import NotFoundError, ValidationError
from helavb_desktop.domain.models import Municipality, Record, RecordType, record_values
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import build_record, coerce_fields, new_id


class RegisterService:
    """The register's use cases. ``actor`` names who makes the changes (shown in history)."""

    def __init__(self, sessions: SessionFactory, *, actor: str) -> None:
        self._sessions = sessions
        self.actor = actor

    @cached_property
    def _municipalities(self) -> list[Municipality]:
        with self._sessions.begin() as session:
            return RecordStore(session).municipalities()

    def municipalities(self) -> builtins.list[Municipality]:
        return list(self._municipalities)

    @property
    def municipality_codes(self) -> frozenset[str]:
        return frozenset(m.code for m in self._municipalities)

    # -- reading -------------------------------------------------------------------------

    def get(self, kind: RecordType, record_id: str) -> Record:
        with self._sessions.begin() as session:
            record = RecordStore(session).get(kind, record_id)
        if record is None:
            raise NotFoundError(kind.label, record_id)
        return record

    def get_many(self, kind: RecordType, ids: Sequence[str]) -> list[Record]:
        with self._sessions.begin() as session:
            return RecordStore(session).get_many(kind, ids)

    def list(self, kind: RecordType, query: ListQuery | None = None) -> list[Record]:
        with self._sessions.begin() as session:
            return RecordStore(session).list(kind, query or ListQuery())

    def list_ids(self, kind: RecordType, query: ListQuery | None = None) -> builtins.list[str]:
        with self._sessions.begin() as session:
            return RecordStore(session).list_ids(kind, query or ListQuery())

    def count(self, kind: RecordType, query: ListQuery | None = None) -> int:
        with self._sessions.begin() as session:
            return RecordStore(session).count(kind, query or ListQuery())

    def pending_changes(self) -> int:
        with self._sessions.begin() as session:
            return pending_count(session)

    # -- writing -------------------------------------------------------------------------

    def validate(self, kind: RecordType, values: Mapping[str, Any]) -> Record:
        """The record ``values`` would make, or a ValidationError naming the bad field."""
        raw = dict(values)
        raw.setdefault("id", new_id())
        coerced = coerce_fields(kind, raw, self.municipality_codes)
        return build_record(kind, coerced, self.municipality_codes)

    def create(self, kind: RecordType, values: Mapping[str, Any]) -> Record:
        record = self.validate(kind, values)
        with self._sessions.begin() as session:
            store = RecordStore(session, actor=self.actor)
            if store.existing_ids(kind, [record.id]):
                raise ValidationError("id", f"a {kind.label} with id {record.id} already exists")
            store.insert(record)
            stored = store.get(kind, record.id)
        assert stored is not None
        return stored

    def update(self, kind: RecordType, record_id: str, changes: Mapping[str, Any]) -> Record:
        """Apply the fields in ``changes``; the others keep their stored values."""
        if "id" in changes and changes["id"] != record_id:
            raise ValidationError("id", "cannot be changed")
        coerced = coerce_fields(kind, changes, self.municipality_codes)
        with self._sessions.begin() as session:
            store = RecordStore(session, actor=self.actor)
            old = store.get(kind, record_id)
            if old is None:
                raise NotFoundError(kind.label, record_id)
            merged = {**record_values(old), **coerced}
            new = build_record(kind, merged, self.municipality_codes)
            store.update(old, new)
            stored = store.get(kind, record_id)
        assert stored is not None
        return stored

    def delete(self, kind: RecordType, record_id: str) -> Record:
        """Tombstone the record; returns it so the caller can offer undo."""
        with self._sessions.begin() as session:
            store = RecordStore(session, actor=self.actor)
            record = store.get(kind, record_id)
            if record is None:
                raise NotFoundError(kind.label, record_id)
            store.set_deleted(record, True)
        return record

    def restore(self, kind: RecordType, record_id: str) -> Record:
        """Undo a delete: lift the tombstone (this too syncs)."""
        with self._sessions.begin() as session:
            store = RecordStore(session, actor=self.actor)
            record = store.get(kind, record_id, include_deleted=True)
            if record is None:
                raise NotFoundError(kind.label, record_id)
            if record.meta.deleted:
                store.set_deleted(record, False)
            restored = store.get(kind, record_id)
        assert restored is not None
        return restored
