"""The domain: plain dataclasses, enums, validation and reference data. Imports stdlib only."""

from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
    Role,
)
from helavb_desktop.domain.errors import DomainError, ValidationError
from helavb_desktop.domain.models import (
    DialogueNote,
    FollowUp,
    Initiative,
    Municipality,
    Record,
    RecordType,
)

__all__ = [
    "DialogueNote",
    "DomainError",
    "FocusArea",
    "FollowUp",
    "FollowUpStatus",
    "Initiative",
    "InitiativeStatus",
    "Municipality",
    "NoteKind",
    "Record",
    "RecordClass",
    "RecordType",
    "Role",
    "ValidationError",
]
