"""Turning raw values (JSON, CSV, form input) into validated records.

One table of field specs per record kind serves import, export, the command line and the
forms, so a rule is written once. Every refusal names the field.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
)
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import (
    RECORD_CLASSES,
    Record,
    RecordType,
    field_names,
    record_values,
)

# Separator for list fields in CSV cells. A bar is rare in names of organisations and tags,
# unlike commas and semicolons.
CSV_LIST_SEPARATOR = "|"

MAX_TEXT = 100_000  # a sanity bound, far above any real summary
MAX_LINE = 500


class Kind(StrEnum):
    ID = "id"
    LINE = "line"  # single-line text
    TEXT = "text"  # multi-line text
    DATE = "date"
    ENUM = "enum"
    ENUM_LIST = "enum_list"
    MUNICIPALITY = "municipality"
    MUNICIPALITY_LIST = "municipality_list"
    LINE_LIST = "line_list"
    ID_LIST = "id_list"
    REF = "ref"  # optional id of another record
    COUNT = "count"
    BOOL = "bool"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    kind: Kind
    required: bool = False
    enum: type[Enum] | None = None


SPECS: dict[RecordType, dict[str, FieldSpec]] = {
    RecordType.INITIATIVE: {
        "id": FieldSpec(Kind.ID, required=True),
        "title": FieldSpec(Kind.LINE, required=True),
        "focus_area": FieldSpec(Kind.ENUM, required=True, enum=FocusArea),
        "status": FieldSpec(Kind.ENUM, enum=InitiativeStatus),
        "municipalities": FieldSpec(Kind.MUNICIPALITY_LIST),
        "start_date": FieldSpec(Kind.DATE),
        "end_date": FieldSpec(Kind.DATE),
        "responsible": FieldSpec(Kind.LINE),
        "description": FieldSpec(Kind.TEXT),
        "outcome": FieldSpec(Kind.TEXT),
        "tags": FieldSpec(Kind.LINE_LIST),
        "diarienummer": FieldSpec(Kind.LINE),
    },
    RecordType.NOTE: {
        "id": FieldSpec(Kind.ID, required=True),
        "date": FieldSpec(Kind.DATE, required=True),
        "municipality": FieldSpec(Kind.MUNICIPALITY, required=True),
        "place": FieldSpec(Kind.LINE),
        "kind": FieldSpec(Kind.ENUM, enum=NoteKind),
        "organisations": FieldSpec(Kind.LINE_LIST),
        "women": FieldSpec(Kind.COUNT),
        "men": FieldSpec(Kind.COUNT),
        "girls": FieldSpec(Kind.COUNT),
        "boys": FieldSpec(Kind.COUNT),
        "focus_areas": FieldSpec(Kind.ENUM_LIST, enum=FocusArea),
        "initiatives": FieldSpec(Kind.ID_LIST),
        "summary": FieldSpec(Kind.TEXT),
        "personal_data": FieldSpec(Kind.BOOL),
        "record_class": FieldSpec(Kind.ENUM, enum=RecordClass),
        "author": FieldSpec(Kind.LINE),
    },
    RecordType.FOLLOWUP: {
        "id": FieldSpec(Kind.ID, required=True),
        "description": FieldSpec(Kind.TEXT, required=True),
        "owner": FieldSpec(Kind.LINE),
        "due_date": FieldSpec(Kind.DATE),
        "status": FieldSpec(Kind.ENUM, enum=FollowUpStatus),
        "note": FieldSpec(Kind.REF),
        "initiative": FieldSpec(Kind.REF),
    },
}

_TRUE = {"true", "1", "ja", "yes"}
_FALSE = {"false", "0", "nej", "no", ""}


def new_id() -> str:
    return str(uuid.uuid4())


def _check_id(name: str, raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValidationError(name, "must be a UUID string")
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        raise ValidationError(name, f"{raw!r} is not a UUID") from None


def _check_line(name: str, raw: Any, limit: int) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise ValidationError(name, "must be text")
    value = raw.strip() if limit == MAX_LINE else raw.rstrip()
    if limit == MAX_LINE and ("\n" in value or "\r" in value):
        raise ValidationError(name, "must be a single line")
    if len(value) > limit:
        raise ValidationError(name, f"is longer than {limit} characters")
    return value


def _check_date(name: str, raw: Any) -> date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise ValidationError(name, "must be a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationError(name, f"{raw!r} is not a date written YYYY-MM-DD") from None


def _split(raw: Any, from_text: bool) -> list[Any]:
    if raw is None:
        return []
    if from_text and isinstance(raw, str):
        return [part.strip() for part in raw.split(CSV_LIST_SEPARATOR) if part.strip()]
    if isinstance(raw, list | tuple):
        return list(raw)
    raise TypeError


def coerce_field(
    kind: RecordType,
    name: str,
    raw: Any,
    municipalities: Collection[str],
    *,
    from_text: bool = False,
) -> Any:
    """One raw value as the record's Python value; ``from_text`` accepts CSV cell spellings."""
    spec = SPECS[kind].get(name)
    if spec is None:
        raise ValidationError(name, f"is not a field of {kind.value}")
    k = spec.kind
    if spec.required and (raw is None or (isinstance(raw, str) and not raw.strip())):
        raise ValidationError(name, "is required")
    if k is Kind.ID:
        return _check_id(name, raw)
    if k is Kind.REF:
        return None if raw in (None, "") else _check_id(name, raw)
    if k is Kind.LINE:
        return _check_line(name, raw, MAX_LINE)
    if k is Kind.TEXT:
        return _check_line(name, raw, MAX_TEXT)
    if k is Kind.DATE:
        return _check_date(name, raw)
    if k is Kind.ENUM:
        assert spec.enum is not None
        return _check_enum(name, raw, spec.enum)
    if k is Kind.MUNICIPALITY:
        return _check_municipality(name, raw, municipalities)
    if k is Kind.COUNT:
        return _check_count(name, raw, from_text)
    if k is Kind.BOOL:
        return _check_bool(name, raw, from_text)
    try:
        items = _split(raw, from_text)
    except TypeError:
        raise ValidationError(name, "must be a list") from None
    item_check: Callable[[Any], Any]
    if k is Kind.ENUM_LIST:
        enum = spec.enum
        assert enum is not None
        item_check = lambda v: _check_enum(name, v, enum)  # noqa: E731
    elif k is Kind.MUNICIPALITY_LIST:
        item_check = lambda v: _check_municipality(name, v, municipalities)  # noqa: E731
    elif k is Kind.ID_LIST:
        item_check = lambda v: _check_id(name, v)  # noqa: E731
    else:
        item_check = lambda v: _check_line(name, v, MAX_LINE)  # noqa: E731
    values = [item_check(v) for v in items]
    # Keep first occurrence order, drop repeats and blanks: a list field is a set to a person.
    return tuple(dict.fromkeys(v for v in values if v != ""))


def _check_enum(name: str, raw: Any, enum: type[Enum]) -> Any:
    if isinstance(raw, enum):
        return raw
    if isinstance(raw, str):
        try:
            return enum(raw.strip())
        except ValueError:
            pass
    allowed = ", ".join(str(m.value) for m in enum)
    raise ValidationError(name, f"{raw!r} is not one of: {allowed}")


def _check_municipality(name: str, raw: Any, municipalities: Collection[str]) -> str:
    code = raw.strip() if isinstance(raw, str) else raw
    if not isinstance(code, str) or code not in municipalities:
        raise ValidationError(name, f"{raw!r} is not a municipality code of Västerbotten")
    return code


def _check_count(name: str, raw: Any, from_text: bool) -> int:
    if raw is None or (from_text and raw == ""):
        return 0
    if from_text and isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
        raw = int(raw.strip())
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(name, "must be a whole number")
    if raw < 0:
        raise ValidationError(name, "must be 0 or more")
    if raw > 1_000_000:
        raise ValidationError(name, "is unreasonably large")
    return raw


def _check_bool(name: str, raw: Any, from_text: bool) -> bool:
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if from_text and isinstance(raw, str):
        text = raw.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValidationError(name, "must be true or false")


def coerce_fields(
    kind: RecordType,
    raw: Mapping[str, Any],
    municipalities: Collection[str],
    *,
    from_text: bool = False,
) -> dict[str, Any]:
    """Coerce only the fields given (for partial updates). Unknown keys are refused."""
    return {
        name: coerce_field(kind, name, value, municipalities, from_text=from_text)
        for name, value in raw.items()
    }


def build_record(
    kind: RecordType, values: Mapping[str, Any], municipalities: Collection[str]
) -> Record:
    """A complete, validated record from coerced values; missing optional fields take defaults.

    Cross-field rules live here: end not before start, required fields present.
    """
    for name, spec in SPECS[kind].items():
        if spec.required and values.get(name) in (None, ""):
            raise ValidationError(name, "is required")
    unknown = set(values) - set(SPECS[kind])
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"is not a field of {kind.value}")
    # Re-run the per-field checks: values may come from a merge of stored and new fields.
    checked = {n: coerce_field(kind, n, v, municipalities) for n, v in values.items()}
    start, end = checked.get("start_date"), checked.get("end_date")
    if start is not None and end is not None and end < start:
        raise ValidationError("end_date", "is before start_date")
    cls = RECORD_CLASSES[kind]
    return cls(**checked)


def to_json_value(value: Any) -> Any:
    """A record value in the JSON document's spelling."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [to_json_value(v) for v in value]
    return value


def record_to_json(record: Record) -> dict[str, Any]:
    return {name: to_json_value(v) for name, v in record_values(record).items()}


def to_text_value(value: Any) -> str:
    """A record value in the CSV document's spelling."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return CSV_LIST_SEPARATOR.join(str(to_json_value(v)) for v in value)
    return str(to_json_value(value))


__all__ = [
    "SPECS",
    "FieldSpec",
    "Kind",
    "build_record",
    "coerce_field",
    "coerce_fields",
    "field_names",
    "new_id",
    "record_to_json",
    "to_json_value",
    "to_text_value",
]
