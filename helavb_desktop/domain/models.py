"""The records of the register as plain, immutable dataclasses.

Field names are the English snake_case keys of the import/export format (README), so one
record converts to and from JSON without a mapping table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
)


class RecordType(StrEnum):
    """The three synced record kinds; the value is the table name and the CLI word."""

    INITIATIVE = "initiative"
    NOTE = "note"
    FOLLOWUP = "followup"

    @property
    def collection(self) -> str:
        """Key of this kind's array in the JSON document."""
        return {"initiative": "initiatives", "note": "notes", "followup": "followups"}[self.value]

    @property
    def label(self) -> str:
        return {"initiative": "insats", "note": "dialoganteckning", "followup": "uppföljning"}[
            self.value
        ]

    @classmethod
    def from_collection(cls, key: str) -> RecordType:
        for kind in cls:
            if kind.collection == key:
                return kind
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class SyncMeta:
    """What sync needs to know about a stored row; never part of the export format."""

    server_version: int | None = None
    deleted: bool = False
    merged_into: str | None = None
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class Initiative:
    """An insats: planned, ongoing, completed or cancelled work in one focus area."""

    TYPE: ClassVar[RecordType] = RecordType.INITIATIVE

    id: str
    title: str
    focus_area: FocusArea
    status: InitiativeStatus = InitiativeStatus.PLANNED
    # Municipality codes; empty means county-wide (hela länet).
    municipalities: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    responsible: str = ""
    description: str = ""
    outcome: str = ""
    tags: tuple[str, ...] = ()
    diarienummer: str = ""
    meta: SyncMeta = field(default_factory=SyncMeta, compare=False)


@dataclass(frozen=True, slots=True)
class DialogueNote:
    """A dialoganteckning: one visit, meeting or call, with who was met and what was said."""

    TYPE: ClassVar[RecordType] = RecordType.NOTE

    id: str
    date: date
    municipality: str
    place: str = ""
    kind: NoteKind = NoteKind.VISIT
    organisations: tuple[str, ...] = ()
    women: int = 0
    men: int = 0
    girls: int = 0
    boys: int = 0
    focus_areas: tuple[FocusArea, ...] = ()
    initiatives: tuple[str, ...] = ()
    summary: str = ""
    personal_data: bool = False
    record_class: RecordClass = RecordClass.WORKING_NOTE
    author: str = ""
    meta: SyncMeta = field(default_factory=SyncMeta, compare=False)

    @property
    def children(self) -> int:
        """Barn = flickor + pojkar."""
        return self.girls + self.boys

    @property
    def participants(self) -> int:
        return self.women + self.men + self.girls + self.boys


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An uppföljning: something promised, by whom and when, tied to a note and/or initiative."""

    TYPE: ClassVar[RecordType] = RecordType.FOLLOWUP

    id: str
    description: str
    owner: str = ""
    due_date: date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    note: str | None = None
    initiative: str | None = None
    meta: SyncMeta = field(default_factory=SyncMeta, compare=False)

    def is_overdue(self, today: date) -> bool:
        return (
            self.status is FollowUpStatus.OPEN
            and self.due_date is not None
            and self.due_date < today
        )


Record = Initiative | DialogueNote | FollowUp

RECORD_CLASSES: dict[RecordType, type[Initiative] | type[DialogueNote] | type[FollowUp]] = {
    RecordType.INITIATIVE: Initiative,
    RecordType.NOTE: DialogueNote,
    RecordType.FOLLOWUP: FollowUp,
}


def field_names(kind: RecordType) -> tuple[str, ...]:
    """The exportable fields of a record kind, in document order (``id`` first, no ``meta``)."""
    return tuple(f.name for f in dataclasses.fields(RECORD_CLASSES[kind]) if f.name != "meta")


def record_values(record: Record) -> dict[str, Any]:
    """The exportable fields of a record as Python values (no ``meta``)."""
    return {name: getattr(record, name) for name in field_names(record.TYPE)}


@dataclass(frozen=True, slots=True)
class Municipality:
    """One of Västerbotten's 15 municipalities, from the shipped reference data."""

    code: str
    name: str
    lat: float
    lon: float
    skr_group: str
    leader_area: str
    priority: bool
    priority_source: str = ""


@dataclass(frozen=True, slots=True)
class User:
    name: str
    display_name: str = ""
    role: str = "faltpersonal"


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    name: str
