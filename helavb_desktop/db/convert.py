"""Between domain records and column values. The only place that knows both spellings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from helavb_desktop.domain.collation import swedish_sort_key
from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
)
from helavb_desktop.domain.models import (
    DialogueNote,
    FollowUp,
    Initiative,
    Record,
    RecordType,
    SyncMeta,
    record_values,
)


def column_value(value: Any) -> Any:
    """A domain value as stored: enums by key, tuples as JSON arrays."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [column_value(v) for v in value]
    return value


def record_columns(record: Record) -> dict[str, Any]:
    """The stored columns of a record's fields, including derived sort keys (no sync meta)."""
    cols = {name: column_value(v) for name, v in record_values(record).items()}
    cols.update(sort_columns(record.TYPE, cols))
    return cols


def sort_columns(kind: RecordType, cols: Mapping[str, Any]) -> dict[str, str]:
    """Derived Swedish sort keys for the columns given (empty when the source is absent)."""
    if kind is RecordType.INITIATIVE and "title" in cols:
        return {"sort_title": swedish_sort_key(cols["title"])}
    if kind is RecordType.NOTE and "place" in cols:
        return {"sort_place": swedish_sort_key(cols["place"])}
    if kind is RecordType.FOLLOWUP and "description" in cols:
        return {"sort_description": swedish_sort_key(cols["description"][:300])}
    return {}


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _meta(row: Mapping[Any, Any]) -> SyncMeta:
    updated_at = row.get("updated_at")
    if isinstance(updated_at, str):
        updated_at = datetime.fromisoformat(updated_at)
    return SyncMeta(
        server_version=row.get("server_version"),
        deleted=bool(row.get("deleted", False)),
        merged_into=row.get("merged_into"),
        updated_at=updated_at,
        updated_by=row.get("updated_by") or "",
    )


def row_to_record(kind: RecordType, row: Mapping[Any, Any]) -> Record:
    """A domain record from a row mapping (ORM ``__dict__`` or a Core ``RowMapping``)."""
    if kind is RecordType.INITIATIVE:
        return Initiative(
            id=row["id"],
            title=row["title"],
            focus_area=FocusArea(row["focus_area"]),
            status=InitiativeStatus(row["status"]),
            municipalities=tuple(row["municipalities"] or ()),
            start_date=_date(row["start_date"]),
            end_date=_date(row["end_date"]),
            responsible=row["responsible"],
            description=row["description"],
            outcome=row["outcome"],
            tags=tuple(row["tags"] or ()),
            diarienummer=row["diarienummer"],
            meta=_meta(row),
        )
    if kind is RecordType.NOTE:
        note_date = _date(row["date"])
        assert note_date is not None
        return DialogueNote(
            id=row["id"],
            date=note_date,
            municipality=row["municipality"],
            place=row["place"],
            kind=NoteKind(row["kind"]),
            organisations=tuple(row["organisations"] or ()),
            women=row["women"],
            men=row["men"],
            girls=row["girls"],
            boys=row["boys"],
            focus_areas=tuple(FocusArea(f) for f in row["focus_areas"] or ()),
            initiatives=tuple(row["initiatives"] or ()),
            summary=row["summary"],
            personal_data=bool(row["personal_data"]),
            record_class=RecordClass(row["record_class"]),
            author=row["author"],
            meta=_meta(row),
        )
    return FollowUp(
        id=row["id"],
        description=row["description"],
        owner=row["owner"],
        due_date=_date(row["due_date"]),
        status=FollowUpStatus(row["status"]),
        note=row["note"],
        initiative=row["initiative"],
        meta=_meta(row),
    )
