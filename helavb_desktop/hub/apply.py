"""Applying pushed ops on the hub (DESIGN.md §3, "Push").

A batch of ops is applied in one transaction that first takes the change counter, so writers
queue and change numbers become visible in order. Within the batch every op is judged on its
own, field by field, against the hub's field clocks; the result of each op is stored under its
op_id, so a resent op gets the same answer and changes nothing.

Rules:

* upsert: each changed field is applied unless another device changed it after the op's base
  version and the values differ; then the hub keeps its value and files a ``field`` conflict
  holding base, hub and client values. Equal values are never a conflict.
* upsert on a record another device deleted after the op's base: the tombstone stays and every
  edited field goes into an ``edit_vs_delete`` conflict, so the edit is not lost.
* delete: the record is tombstoned (data kept); fields another device changed after the op's
  base each become a ``delete_vs_edit`` conflict holding the edited value. Both orders of a
  delete and a concurrent edit therefore end the same way: tombstone plus conflicts.
* restore (undo of a delete): an edit of the tombstone flag back to live. It applies unless
  another device deleted the record after the op's base, in which case the tombstone stays and
  an ``edit_vs_delete`` conflict on ``deleted`` asks a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.reference import load_municipalities
from helavb_desktop.domain.validation import SPECS, coerce_field
from helavb_desktop.hub.auth import utcnow
from helavb_desktop.hub.models import (
    AppliedOpRow,
    ChangeLogRow,
    ConflictRow,
    FieldClockRow,
    HubCounter,
    RecordRow,
)
from helavb_desktop.sync.protocol import (
    DELETED_FIELD,
    SYNCED_TABLES,
    Change,
    Op,
    OpResult,
    OpStatus,
)
from helavb_desktop.sync.rules import Verdict, judge_field


def _table(cls: type[Any]) -> Table:
    """The Core table of an ORM class, typed for insert()/update()."""
    return cast(Table, cls.__table__)


CHUNK = 300  # keys per IN (...) query: well inside SQLite's bound-parameter limit


@dataclass(slots=True)
class _Rec:
    data: dict[str, Any]
    version: int
    deleted: bool
    merged_into: str | None
    updated_by: str
    new: bool = False
    dirty: bool = False


@dataclass(slots=True)
class _Batch:
    device_id: str
    user: str
    now: datetime
    records: dict[tuple[str, str], _Rec] = field(default_factory=dict)
    clocks: dict[tuple[str, str], dict[str, tuple[int, str]]] = field(default_factory=dict)
    dirty_clocks: set[tuple[str, str, str]] = field(default_factory=set)
    log: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)


@cache
def municipality_codes() -> frozenset[str]:
    return frozenset(m.code for m in load_municipalities())


def check_op(op: Op) -> str:
    """Why the hub refuses ``op`` (empty when it is well-formed)."""
    if op.table not in SYNCED_TABLES:
        return f"unknown table {op.table!r}"
    kind = RecordType(op.table)
    specs = SPECS[kind]
    for name, value in op.fields.items():
        if name == "id" or name not in specs:
            return f"unknown field {name!r} of {op.table}"
        try:
            coerce_field(kind, name, value, municipality_codes())
        except ValidationError as exc:
            return str(exc)
    return ""


def _missing_required(op: Op) -> str:
    """A new record must arrive whole: every laptop has to be able to store it."""
    for name, spec in SPECS[RecordType(op.table)].items():
        if spec.required and name != "id" and op.fields.get(name) in (None, ""):
            return f"a new {op.table} lacks the required field {name!r}"
    return ""


def take_seqs(session: Session, n: int) -> int:
    """Reserve ``n`` change numbers; returns the first. Holds the counter's row lock."""
    top = session.execute(
        update(HubCounter)
        .where(HubCounter.name == "change")
        .values(value=HubCounter.value + n)
        .returning(HubCounter.value)
    ).scalar_one()
    return int(top) - n + 1


def _load(session: Session, batch: _Batch, keys: set[tuple[str, str]]) -> None:
    wanted = sorted(keys)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = session.execute(
            select(
                RecordRow.table_name,
                RecordRow.id,
                RecordRow.data,
                RecordRow.version,
                RecordRow.deleted,
                RecordRow.merged_into,
                RecordRow.updated_by,
            ).where(tuple_(RecordRow.table_name, RecordRow.id).in_(chunk))
        )
        for t, i, data, version, deleted, merged, by in rows:
            batch.records[(t, i)] = _Rec(dict(data), version, deleted, merged, by)
        clocks = session.execute(
            select(
                FieldClockRow.table_name,
                FieldClockRow.row_id,
                FieldClockRow.field,
                FieldClockRow.version,
                FieldClockRow.device_id,
            ).where(tuple_(FieldClockRow.table_name, FieldClockRow.row_id).in_(chunk))
        )
        for t, i, f, version, device in clocks:
            batch.clocks.setdefault((t, i), {})[f] = (version, device)


def _base_value(session: Session, table: str, row_id: str, name: str, base: int | None) -> Any:
    """The value a field had at ``base``, from the change log (None before the record existed)."""
    if base is None:
        return None
    entries = session.execute(
        select(ChangeLogRow.fields)
        .where(
            ChangeLogRow.table_name == table,
            ChangeLogRow.row_id == row_id,
            ChangeLogRow.seq <= base,
        )
        .order_by(ChangeLogRow.seq.desc())
    )
    for (fields,) in entries:
        if name in fields:
            return fields[name]
    return None


def apply_ops(session: Session, ops: Sequence[Op], *, device_id: str, user: str) -> list[OpResult]:
    """Apply a batch of ops from one device in the caller's transaction; one result per op."""
    if not ops:
        return []
    next_seq = take_seqs(session, len(ops))
    batch = _Batch(device_id=device_id, user=user, now=utcnow())
    done: dict[str, dict[str, Any]] = {}
    ids = [op.op_id for op in ops]
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(AppliedOpRow.op_id, AppliedOpRow.result).where(
                AppliedOpRow.op_id.in_(ids[start : start + CHUNK])
            )
        )
        done.update({op_id: dict(result) for op_id, result in rows})
    _load(session, batch, {(op.table, op.row_id) for op in ops})

    results: list[OpResult] = []
    for op in ops:
        if op.op_id in done:
            replayed = OpResult.model_validate(done[op.op_id])
            results.append(replayed.model_copy(update={"replay": True}))
            continue
        problem = check_op(op)
        if not problem and op.kind == "upsert" and (op.table, op.row_id) not in batch.records:
            problem = _missing_required(op)
        if problem:
            result = OpResult(op_id=op.op_id, status="rejected", message=problem)
        else:
            result = _apply_one(session, batch, op, next_seq)
            next_seq += 1
        stored = result.model_dump()
        done[op.op_id] = stored
        batch.applied.append(
            {
                "op_id": op.op_id,
                "device_id": device_id,
                "device_seq": op.device_seq,
                "result": stored,
                "at": batch.now,
            }
        )
        results.append(result)
    _flush(session, batch)
    return [_with_record(batch, op, r) for op, r in zip(ops, results, strict=True)]


def _with_record(batch: _Batch, op: Op, result: OpResult) -> OpResult:
    """Attach the record's current state where the laptop's next pull would not bring it."""
    if not (result.replay or result.status in ("conflict", "rejected")):
        return result
    rec = batch.records.get((op.table, op.row_id))
    if rec is None:
        return result
    change = Change(
        table=op.table,
        row_id=op.row_id,
        version=rec.version,
        deleted=rec.deleted,
        merged_into=rec.merged_into,
        data=dict(rec.data),
        updated_by=rec.updated_by,
    )
    return result.model_copy(update={"record": change})


def _apply_one(session: Session, batch: _Batch, op: Op, seq: int) -> OpResult:
    key = (op.table, op.row_id)
    rec = batch.records.get(key)
    clock = batch.clocks.setdefault(key, {})
    device = batch.device_id
    applied: dict[str, Any] = {}
    n_conflicts = 0

    def concurrent(entry: tuple[int, str] | None) -> bool:
        return entry is not None and entry[0] > (op.base_version or 0) and entry[1] != device

    def conflict(kind: str, name: str, hub_value: Any, client_value: Any) -> None:
        nonlocal n_conflicts
        n_conflicts += 1
        batch.conflicts.append(
            {
                "table_name": op.table,
                "row_id": op.row_id,
                "field": name,
                "kind": kind,
                "base_value": _base_value(session, op.table, op.row_id, name, op.base_version),
                "hub_value": hub_value,
                "client_value": client_value,
                "status": "open",
                "op_id": op.op_id,
                "device_id": device,
                "user_name": batch.user,
                "created_at": batch.now,
                "seq": seq,
                "resolved_by": None,
                "resolved_at": None,
                "chosen_value": None,
                "resolution_note": "",
            }
        )

    if op.kind == "upsert":
        if rec is None:
            rec = _Rec(dict(op.fields), seq, False, None, batch.user, new=True)
            batch.records[key] = rec
            applied = dict(op.fields)
        elif rec.deleted and concurrent(clock.get(DELETED_FIELD)):
            for name, value in op.fields.items():
                conflict("edit_vs_delete", name, rec.data.get(name), value)
        else:
            for name, value in op.fields.items():
                entry = clock.get(name)
                verdict = judge_field(
                    base_version=op.base_version,
                    clock_version=entry[0] if entry else None,
                    clock_device=entry[1] if entry else None,
                    device=device,
                    hub_value=rec.data.get(name),
                    client_value=value,
                )
                if verdict is Verdict.APPLY:
                    rec.data[name] = value
                    applied[name] = value
                elif verdict is Verdict.CONFLICT:
                    conflict("field", name, rec.data.get(name), value)
    elif op.kind == "delete":
        if rec is not None and not rec.deleted:
            for name, entry in sorted(clock.items()):
                if name != DELETED_FIELD and concurrent(entry):
                    conflict("delete_vs_edit", name, rec.data.get(name), None)
            rec.deleted = True
            applied = {DELETED_FIELD: True}
    elif rec is not None and rec.deleted:  # restore
        if concurrent(clock.get(DELETED_FIELD)):
            conflict("edit_vs_delete", DELETED_FIELD, True, False)
        else:
            rec.deleted = False
            applied = {DELETED_FIELD: False}

    if applied:
        assert rec is not None
        rec.version, rec.updated_by, rec.dirty = seq, batch.user, True
        # A field without a clock entry is unchanged since the record was created, and every
        # device that can edit the record has seen its creation: creates need no clock rows (nor
        # do later ops in the creating batch: nobody sees the record before this transaction).
        if not rec.new:
            for name in applied:
                clock[name] = (seq, device)
                batch.dirty_clocks.add((op.table, op.row_id, name))
        batch.log.append(
            {
                "seq": seq,
                "table_name": op.table,
                "row_id": op.row_id,
                "kind": op.kind,
                "fields": applied,
                "base_version": op.base_version,
                "op_id": op.op_id,
                "device_id": device,
                "user_name": batch.user,
                "at": batch.now,
            }
        )
    status: OpStatus = "conflict" if n_conflicts else ("applied" if applied else "unchanged")
    return OpResult(
        op_id=op.op_id,
        status=status,
        version=rec.version if rec is not None else None,
        conflicts=n_conflicts,
    )


def upsert_rows(
    session: Session, table: Table, keys: Sequence[str], rows: list[dict[str, Any]]
) -> None:
    """INSERT ... ON CONFLICT DO UPDATE in the dialect at hand (SQLite and PostgreSQL agree)."""
    if not rows:
        return
    insert: Callable[[Table], Any] = (
        postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    )
    stmt = insert(table)
    others = [c for c in rows[0] if c not in keys]
    stmt = stmt.on_conflict_do_update(
        index_elements=list(keys), set_={c: stmt.excluded[c] for c in others}
    )
    session.execute(stmt, rows)


def _flush(session: Session, batch: _Batch) -> None:
    records = _table(RecordRow)
    new, changed = [], []
    for (t, i), rec in batch.records.items():
        if not rec.dirty:
            continue
        values = {
            "data": rec.data,
            "version": rec.version,
            "deleted": rec.deleted,
            "merged_into": rec.merged_into,
            "updated_at": batch.now,
            "updated_by": rec.updated_by,
        }
        if rec.new:
            new.append({"table_name": t, "id": i, **values})
        else:
            changed.append({"k_table": t, "k_id": i, **values})
    if new:
        session.execute(records.insert(), new)
    if changed:
        session.execute(
            update(records)
            .where(
                and_(
                    records.c.table_name == bindparam("k_table"),
                    records.c.id == bindparam("k_id"),
                )
            )
            .values(
                {
                    c: bindparam(c)
                    for c in (
                        "data",
                        "version",
                        "deleted",
                        "merged_into",
                        "updated_at",
                        "updated_by",
                    )
                }
            ),
            changed,
        )
    clock_rows = [
        {
            "table_name": t,
            "row_id": i,
            "field": f,
            "version": batch.clocks[(t, i)][f][0],
            "device_id": batch.clocks[(t, i)][f][1],
        }
        for t, i, f in sorted(batch.dirty_clocks)
    ]
    upsert_rows(session, _table(FieldClockRow), ("table_name", "row_id", "field"), clock_rows)
    if batch.log:
        session.execute(_table(ChangeLogRow).insert(), batch.log)
    if batch.conflicts:
        session.execute(_table(ConflictRow).insert(), batch.conflicts)
    if batch.applied:
        session.execute(_table(AppliedOpRow).insert(), batch.applied)
