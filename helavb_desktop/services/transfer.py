"""Import and export of the register (JSON and CSV, the format in README).

Import is all or nothing: every record is parsed, validated and cross-checked before the first
write, and the writes share one transaction, so a bad record anywhere leaves the register
exactly as it was.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from helavb_desktop.db.bulk import bulk_insert
from helavb_desktop.db.convert import record_columns
from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.records import RecordStore
from helavb_desktop.domain.errors import DomainError, ValidationError
from helavb_desktop.domain.models import (
    DialogueNote,
    FollowUp,
    Record,
    RecordType,
    field_names,
    record_values,
)
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import (
    SPECS,
    build_record,
    coerce_fields,
    new_id,
    record_to_json,
    to_text_value,
)

CSV_TYPE_COLUMN = "record_type"
KIND_ORDER = (RecordType.INITIATIVE, RecordType.NOTE, RecordType.FOLLOWUP)


def csv_columns() -> list[str]:
    """CSV header: the record type, then every field of every kind, each once, in order."""
    cols: dict[str, None] = {CSV_TYPE_COLUMN: None}
    for kind in KIND_ORDER:
        cols.update(dict.fromkeys(field_names(kind)))
    return list(cols)


# -- export ---------------------------------------------------------------------------------


def export_records(sessions: SessionFactory) -> dict[RecordType, list[Record]]:
    """Every live record, each kind sorted by id (so the document is stable)."""
    with sessions.begin() as session:
        store = RecordStore(session)
        out = {kind: store.list(kind, ListQuery()) for kind in KIND_ORDER}
    return {kind: sorted(records, key=lambda r: r.id) for kind, records in out.items()}


def records_to_json(records: Mapping[RecordType, list[Record]]) -> str:
    doc = {
        kind.collection: [record_to_json(r) for r in records.get(kind, [])] for kind in KIND_ORDER
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def records_to_csv(records: Mapping[RecordType, list[Record]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=csv_columns(), lineterminator="\n")
    writer.writeheader()
    for kind in KIND_ORDER:
        for record in records.get(kind, []):
            row = {k: to_text_value(v) for k, v in record_values(record).items()}
            writer.writerow({CSV_TYPE_COLUMN: kind.value, **row})
    return buf.getvalue()


def export_document(sessions: SessionFactory, fmt: str = "json") -> str:
    records = export_records(sessions)
    if fmt == "json":
        return records_to_json(records)
    if fmt == "csv":
        return records_to_csv(records)
    raise DomainError(f"unknown export format {fmt!r}: choose json or csv")


# -- import ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Incoming:
    kind: RecordType
    position: str
    values: dict[str, Any]  # coerced, only the fields given
    from_text: bool


@dataclass(slots=True)
class ImportReport:
    created: dict[RecordType, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    updated: dict[RecordType, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    unchanged: dict[RecordType, int] = field(default_factory=lambda: dict.fromkeys(KIND_ORDER, 0))
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        parts = []
        for kind in KIND_ORDER:
            parts.append(
                f"{kind.collection}: {self.created[kind]} created, {self.updated[kind]} updated, "
                f"{self.unchanged[kind]} unchanged"
            )
        return f"Records that {verb} changed — " + "; ".join(parts)


def _parse_json(text: str) -> Iterator[tuple[RecordType, str, dict[str, Any]]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DomainError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    if not isinstance(doc, dict):
        raise DomainError('the JSON document must be an object: {"initiatives": [...], ...}')
    for key in doc:
        try:
            RecordType.from_collection(key)
        except KeyError:
            raise DomainError(
                f"unknown key {key!r} in the document; expected initiatives, notes, followups"
            ) from None
    for kind in KIND_ORDER:
        items = doc.get(kind.collection, [])
        if not isinstance(items, list):
            raise DomainError(f"{kind.collection} must be an array")
        for i, item in enumerate(items):
            position = f"{kind.collection}[{i}]"
            if not isinstance(item, dict):
                raise DomainError(f"{position}: a record must be an object")
            yield kind, position, item


def _parse_csv(text: str) -> Iterator[tuple[RecordType, str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if CSV_TYPE_COLUMN not in header:
        raise DomainError(f"the CSV file needs a {CSV_TYPE_COLUMN!r} column")
    for line_no, row in enumerate(reader, start=2):
        position = f"line {line_no}"
        if None in row:
            raise DomainError(f"{position}: more cells than columns")
        type_name = (row.pop(CSV_TYPE_COLUMN) or "").strip()
        try:
            kind = RecordType(type_name)
        except ValueError:
            raise ValidationError(
                CSV_TYPE_COLUMN,
                f"{type_name!r} is not initiative, note or followup",
                position=position,
            ) from None
        own = SPECS[kind]
        values: dict[str, Any] = {}
        for name, cell in row.items():
            if name in own:
                values[name] = cell
            elif cell not in ("", None):
                raise ValidationError(name, f"is not a field of {kind.value}", position=position)
        if not values.get("id"):
            values.pop("id", None)
        yield kind, position, values


def parse_document(
    text: str, *, filename: str = ""
) -> tuple[list[tuple[RecordType, str, dict[str, Any]]], bool]:
    """The raw records of a JSON or CSV document and whether they came from text cells (CSV)."""
    stripped = text.lstrip("\ufeff").lstrip()
    is_json = filename.lower().endswith(".json") or stripped.startswith(("{", "["))
    if is_json:
        return list(_parse_json(stripped)), False
    return list(_parse_csv(text.lstrip("\ufeff"))), True


def import_document(
    sessions: SessionFactory,
    text: str,
    *,
    actor: str,
    municipalities: frozenset[str],
    filename: str = "",
    dry_run: bool = False,
) -> ImportReport:
    raw, from_text = parse_document(text, filename=filename)
    incoming: list[_Incoming] = []
    seen: dict[str, str] = {}
    for kind, position, values in raw:
        try:
            if "id" not in values or values["id"] in (None, ""):
                values = {**values, "id": new_id()}
            coerced = coerce_fields(kind, values, municipalities, from_text=from_text)
        except ValidationError as exc:
            raise exc.at(position) from None
        if coerced["id"] in seen:
            raise ValidationError(
                "id", f"repeats the id of {seen[coerced['id']]}", position=position
            )
        seen[coerced["id"]] = position
        incoming.append(_Incoming(kind, position, coerced, from_text))

    report = ImportReport(dry_run=dry_run)
    with sessions.begin() as session:
        store = RecordStore(session, actor=actor)
        plan_new: dict[RecordType, list[Record]] = {k: [] for k in KIND_ORDER}
        plan_update: list[tuple[Record, Record]] = []
        known: dict[RecordType, set[str]] = {}
        for kind in KIND_ORDER:
            ids = [i.values["id"] for i in incoming if i.kind is kind]
            known[kind] = store.existing_ids(kind, ids)
        for item in incoming:
            rid = item.values["id"]
            try:
                if rid in known[item.kind]:
                    old = store.get(item.kind, rid)
                    if old is None:
                        raise ValidationError("id", f"{rid} was deleted in this register")
                    new = build_record(
                        item.kind, {**record_values(old), **item.values}, municipalities
                    )
                    if record_values(new) == record_values(old):
                        report.unchanged[item.kind] += 1
                    else:
                        plan_update.append((old, new))
                        report.updated[item.kind] += 1
                else:
                    new = build_record(item.kind, item.values, municipalities)
                    plan_new[item.kind].append(new)
                    report.created[item.kind] += 1
            except ValidationError as exc:
                raise exc.at(item.position) from None
        _check_references(store, incoming, plan_new, plan_update)
        if dry_run:
            session.rollback()
            return report
        for kind in KIND_ORDER:
            records = plan_new[kind]
            if records:
                bulk_insert(
                    session,
                    kind.value,
                    [record_columns(r) for r in records],
                    actor=actor,
                    op_ids=[new_id() for _ in records],
                )
        for old, new in plan_update:
            store.update(old, new)
    return report


def _check_references(
    store: RecordStore,
    incoming: list[_Incoming],
    plan_new: dict[RecordType, list[Record]],
    plan_update: list[tuple[Record, Record]],
) -> None:
    """Links must point at initiatives and notes that exist after the import."""
    positions = {i.values["id"]: i.position for i in incoming}
    records: list[Record] = [r for rs in plan_new.values() for r in rs] + [
        n for _, n in plan_update
    ]
    wanted: dict[RecordType, set[str]] = {RecordType.INITIATIVE: set(), RecordType.NOTE: set()}
    for r in records:
        if isinstance(r, DialogueNote):
            wanted[RecordType.INITIATIVE].update(r.initiatives)
        elif isinstance(r, FollowUp):
            if r.initiative:
                wanted[RecordType.INITIATIVE].add(r.initiative)
            if r.note:
                wanted[RecordType.NOTE].add(r.note)
    available: dict[RecordType, set[str]] = {}
    for kind, ids in wanted.items():
        in_file = {r.id for r in plan_new[kind]} | {n.id for _, n in plan_update if n.TYPE is kind}
        live = {r.id for r in store.get_many(kind, sorted(ids - in_file))}
        available[kind] = in_file | live
    for r in records:
        refs: list[tuple[str, RecordType, str]] = []
        if isinstance(r, DialogueNote):
            refs = [("initiatives", RecordType.INITIATIVE, i) for i in r.initiatives]
        elif isinstance(r, FollowUp):
            if r.initiative:
                refs.append(("initiative", RecordType.INITIATIVE, r.initiative))
            if r.note:
                refs.append(("note", RecordType.NOTE, r.note))
        for field_name, kind, ref in refs:
            if ref not in available[kind]:
                raise ValidationError(
                    field_name,
                    f"links to {kind.label} {ref}, which does not exist",
                    position=positions.get(r.id),
                )
