"""The wire format between laptop and hub, shared by both sides (DESIGN.md §3).

Versions are hub-issued: every applied change takes the next value of one global sequence, and a
record's ``version`` is the sequence number of its last change. A laptop's clock never enters a
decision; ``created_at`` travels only for display.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 1

OpKind = Literal["upsert", "delete", "restore"]
OpStatus = Literal["applied", "conflict", "unchanged", "rejected"]
ConflictKind = Literal["field", "edit_vs_delete", "delete_vs_edit", "duplicate"]
SYNCED_TABLES = ("initiative", "note", "followup")

# The tombstone is tracked like a field in the hub's field clock, under a name no record has.
DELETED_FIELD = "deleted"


class Op(BaseModel):
    """One outbox op as sent: the changed fields of one row, against the version it was made on."""

    op_id: str
    device_seq: int
    table: str
    row_id: str
    base_version: int | None = None
    kind: OpKind
    fields: dict[str, Any] = Field(default_factory=dict)
    created_at: str = ""


class PushRequest(BaseModel):
    device_id: str
    ops: list[Op]


class Change(BaseModel):
    """A record's state on the hub as of ``version``; pulls carry whole rows, not diffs."""

    table: str
    row_id: str
    version: int
    deleted: bool
    merged_into: str | None = None
    data: dict[str, Any]
    updated_by: str = ""


class OpResult(BaseModel):
    op_id: str
    status: OpStatus
    version: int | None = None  # the record's version after the op (None: no record)
    conflicts: int = 0
    message: str = ""
    # True when the op was applied by an earlier request (a resend after a lost answer).
    replay: bool = False
    # The record as the hub holds it now, sent when the laptop cannot learn it from its next
    # pull (a resend, a conflict, a refusal): the laptop overwrites what it sent with this.
    record: Change | None = None


class PushResponse(BaseModel):
    results: list[OpResult]
    hub_time: str


class ConflictInfo(BaseModel):
    id: int
    table: str
    row_id: str
    field: str
    kind: ConflictKind
    base_value: Any = None
    hub_value: Any = None
    client_value: Any = None
    status: str = "open"
    device_id: str = ""
    user: str = ""
    created_at: str = ""
    seq: int = 0


class PullResponse(BaseModel):
    changes: list[Change]
    conflicts: list[ConflictInfo]
    cursor: int  # pass back as ``cursor`` next time; everything up to it is in this page
    more: bool
    hub_time: str


class LoginRequest(BaseModel):
    user: str
    password: str


class LoginResponse(BaseModel):
    token: str
    user: str
    role: str


class Health(BaseModel):
    status: str = "ok"
    service: str = "helavb-hub"
    protocol: int = PROTOCOL_VERSION
    test_hub: bool = False
    hub_time: str = ""


class NewUser(BaseModel):
    name: str
    role: str
    password: str


class Resolution(BaseModel):
    """A coordinator's decision: the value the field gets, and why."""

    value: Any = None
    note: str = ""


class Resolved(BaseModel):
    conflict_id: int
    version: int


# -- coordinator work (issue 5) -----------------------------------------------------------------


class MergeRequest(BaseModel):
    """Merge ``other`` into ``keep``; ``take`` names the fields whose value comes from ``other``."""

    table: str
    keep: str
    other: str
    take: list[str] = Field(default_factory=list)


class MergeResponse(BaseModel):
    merge_id: str
    keep: str
    other: str
    relinked_notes: int
    relinked_followups: int
    version: int  # the last change number the merge used


class UnmergeRequest(BaseModel):
    table: str
    other: str  # the merged-away record


class UnmergeResponse(BaseModel):
    merge_id: str
    keep: str
    other: str
    version: int
    # Fields of the survivor left as they are because someone changed them after the merge.
    kept_fields: list[str] = Field(default_factory=list)


HistoryAction = Literal[
    "created", "edited", "deleted", "restored", "resolved", "merged", "unmerged"
]


class HistoryItem(BaseModel):
    version: int
    when: str
    who: str
    action: HistoryAction
    field: str | None = None
    old: Any = None
    new: Any = None
    note: str = ""


class HistoryResponse(BaseModel):
    table: str
    row_id: str
    entries: list[HistoryItem]  # newest first
