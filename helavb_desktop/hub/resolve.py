"""A coordinator's decision on a conflict, applied as a change that syncs to every laptop.

The chosen value (the hub's, the laptop's, or a merged one written by the coordinator) becomes
the field's value at a new version; the conflict is marked resolved at the same change number,
so laptops receive both in one pull. A laptop still holding a pending edit of that field keeps
it and sends it later, where it is judged against this new version like any other edit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.validation import coerce_field, to_json_value
from helavb_desktop.hub.apply import check_op, municipality_codes, take_seqs, upsert_rows
from helavb_desktop.hub.auth import utcnow
from helavb_desktop.hub.models import ChangeLogRow, ConflictRow, FieldClockRow, RecordRow
from helavb_desktop.sync.protocol import DELETED_FIELD, Op


class ResolveError(ValueError):
    """The decision cannot be applied (unknown or closed conflict, invalid value)."""


def resolve_conflict(
    session: Session, conflict_id: int, chosen: Any, *, user: str, note: str = ""
) -> int:
    """Apply ``chosen`` to the conflicting field; returns the change number."""
    seq = take_seqs(session, 1)  # first, like every writer: one lock order, no deadlock
    conflict = session.get(ConflictRow, conflict_id, with_for_update=True)
    if conflict is None:
        raise ResolveError(f"no conflict {conflict_id}")
    if conflict.status != "open":
        raise ResolveError(f"conflict {conflict_id} is already {conflict.status}")
    name = conflict.field
    if name != DELETED_FIELD:
        probe = Op(
            op_id="-", device_seq=0, table=conflict.table_name, row_id=conflict.row_id,
            kind="upsert", fields={name: chosen},
        )  # fmt: skip
        problem = check_op(probe)
        if problem:
            raise ResolveError(problem)
        # Stored in its canonical spelling: "no value" for a text field is "", never null.
        kind = RecordType(conflict.table_name)
        chosen = to_json_value(coerce_field(kind, name, chosen, municipality_codes()))
    record = session.scalar(
        select(RecordRow)
        .where(RecordRow.table_name == conflict.table_name, RecordRow.id == conflict.row_id)
        .with_for_update()
    )
    if record is None:
        raise ResolveError(f"the record of conflict {conflict_id} is gone")
    now = utcnow()
    if name == DELETED_FIELD:
        record.deleted = bool(chosen)
    else:
        record.data = {**record.data, name: chosen}  # a new dict: JSON columns track assignment
    record.version, record.updated_at, record.updated_by = seq, now, user
    device = f"hub:{user}"[:36]
    upsert_rows(
        session,
        FieldClockRow.__table__,  # type: ignore[arg-type]
        ("table_name", "row_id", "field"),
        [
            {
                "table_name": conflict.table_name,
                "row_id": conflict.row_id,
                "field": name,
                "version": seq,
                "device_id": device,
            }
        ],
    )
    session.add(
        ChangeLogRow(
            seq=seq,
            table_name=conflict.table_name,
            row_id=conflict.row_id,
            kind="resolve",
            fields={name: chosen},
            base_version=seq - 1,
            op_id=None,
            device_id=device,
            user_name=user,
            at=now,
        )
    )
    conflict.status, conflict.resolved_by, conflict.resolved_at = "resolved", user, now
    conflict.chosen_value, conflict.resolution_note, conflict.seq = chosen, note, seq
    return seq
