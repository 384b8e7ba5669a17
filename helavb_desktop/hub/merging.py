"""Merging duplicates on the hub, and undoing a merge (DESIGN.md §3, "Coordinator work").

A merge is one transaction. The survivor (KEEP) takes the values the coordinator chose from
OTHER; OTHER gets ``merged_into = KEEP`` with its data kept; every note whose ``initiatives``
names OTHER is re-linked to KEEP (no repeats), and so is every follow-up pointing at OTHER.
Each changed row is an ordinary change with its own change number, so every laptop converges
by pulling; changed fields move the hub's field clock, so a laptop's concurrent edit of the same
field is judged by the normal rules (a conflict, never a silent overwrite).

The merge log keeps what an unmerge needs: the survivor's previous values, each re-linked
row's previous link and the change number the merge gave it. Unmerge restores OTHER, moves back
only links still pointing at KEEP, and restores a survivor field only if nobody changed it after
the merge (the field clock still shows the merge's change); fields changed since are left as
they are and reported.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Index, String, cast, select, tuple_
from sqlalchemy.orm import Mapped, Session, mapped_column

from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.validation import SPECS
from helavb_desktop.hub.apply import take_seqs, upsert_rows
from helavb_desktop.hub.auth import utcnow
from helavb_desktop.hub.models import ChangeLogRow, FieldClockRow, HubBase, RecordRow
from helavb_desktop.sync.protocol import (
    SYNCED_TABLES,
    MergeRequest,
    MergeResponse,
    UnmergeRequest,
    UnmergeResponse,
)

MERGED_INTO = "merged_into"  # pseudo-field in the change log, like "deleted"


class MergeLogRow(HubBase):
    """One merge, with what it takes to undo it (migration 0002)."""

    __tablename__ = "merge_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(20))
    keep_id: Mapped[str] = mapped_column(String(36))
    other_id: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    seq: Mapped[int] = mapped_column(BigInteger)  # first change number of the merge
    # {field: {"old": survivor's value before, "new": value taken, "seq": change number}}
    taken: Mapped[dict[str, Any]] = mapped_column(JSON)
    # {"notes": {id: {"before": [...], "seq": n}}, "followups": {id: {"field": f, "seq": n}}}
    relinked: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12))  # merged | unmerged
    unmerged_by: Mapped[str | None] = mapped_column(String(200))
    unmerged_at: Mapped[datetime | None] = mapped_column(DateTime)
    unmerge_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_merge_log_other", "table_name", "other_id"),
        Index("ix_merge_log_keep", "table_name", "keep_id"),
    )


class MergeError(ValueError):
    """A merge or unmerge the hub refuses; ``status`` is the HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _record(session: Session, table: str, row_id: str) -> RecordRow:
    row = session.scalar(
        select(RecordRow)
        .where(RecordRow.table_name == table, RecordRow.id == row_id)
        .with_for_update()
    )
    if row is None:
        raise MergeError(404, f"posten {row_id} finns inte på navet ({table})")
    return row


def _mentioning(session: Session, table: str, row_id: str) -> list[RecordRow]:
    """Rows of ``table`` whose JSON data mentions ``row_id`` (the caller checks exactly where).

    A text match on the stored JSON narrows the scan to the few rows naming this id (ids are
    UUIDs, so the match is specific) on SQLite and PostgreSQL alike.
    """
    return list(
        session.scalars(
            select(RecordRow)
            .where(RecordRow.table_name == table, cast(RecordRow.data, String).contains(row_id))
            .order_by(RecordRow.id)
            .with_for_update()
        )
    )


class _Writer:
    """Applies one coordinator action's row changes: versions, field clocks, change log."""

    def __init__(self, session: Session, user: str, kind: str) -> None:
        self.session = session
        self.user = user
        self.kind = kind  # change-log kind: "merge" | "unmerge"
        self.device = f"hub:{user}"[:36]
        self.now = utcnow()
        self.planned: list[tuple[RecordRow, dict[str, Any], str | bool | None]] = []

    def plan(
        self, row: RecordRow, fields: dict[str, Any], merged_into: str | bool | None = False
    ) -> int:
        """Queue a change (``merged_into`` False: unchanged); returns its index."""
        self.planned.append((row, fields, merged_into))
        return len(self.planned) - 1

    def write(self) -> int:
        """Take the change numbers and write everything; returns the first number."""
        first = take_seqs(self.session, len(self.planned))
        clocks: list[dict[str, Any]] = []
        for i, (row, fields, merged_into) in enumerate(self.planned):
            seq = first + i
            logged = dict(fields)
            if fields:
                row.data = {**row.data, **fields}  # a new dict: JSON columns track assignment
                clocks += [
                    {
                        "table_name": row.table_name,
                        "row_id": row.id,
                        "field": name,
                        "version": seq,
                        "device_id": self.device,
                    }
                    for name in fields
                ]
            if merged_into is not False:
                row.merged_into = merged_into  # type: ignore[assignment]
                logged[MERGED_INTO] = merged_into
            row.version, row.updated_at, row.updated_by = seq, self.now, self.user
            self.session.add(
                ChangeLogRow(
                    seq=seq,
                    table_name=row.table_name,
                    row_id=row.id,
                    kind=self.kind,
                    fields=logged,
                    base_version=seq - 1,
                    op_id=None,
                    device_id=self.device,
                    user_name=self.user,
                    at=self.now,
                )
            )
        upsert_rows(
            self.session,
            FieldClockRow.__table__,  # type: ignore[arg-type]
            ("table_name", "row_id", "field"),
            clocks,
        )
        return first


def _relinked_list(links: list[str], old: str, new: str) -> list[str]:
    return list(dict.fromkeys(new if x == old else x for x in links))


def merge_records(session: Session, req: MergeRequest, *, user: str) -> MergeResponse:
    """Merge ``req.other`` into ``req.keep`` in the caller's transaction."""
    if req.table not in SYNCED_TABLES:
        raise MergeError(422, f"okänd tabell {req.table!r}")
    specs = SPECS[RecordType(req.table)]
    bad = [f for f in req.take if f == "id" or f not in specs]
    if bad:
        raise MergeError(422, f"okända fält: {', '.join(bad)}")
    if req.keep == req.other:
        raise MergeError(422, "en post kan inte slås ihop med sig själv")
    take_seqs(session, 0)  # the counter's lock first, like every writer: one lock order
    keep, other = _record(session, req.table, req.keep), _record(session, req.table, req.other)
    for row in (keep, other):
        if row.deleted:
            raise MergeError(409, f"posten {row.id} är raderad; återställ den först")
        if row.merged_into:
            raise MergeError(409, f"posten {row.id} är redan sammanslagen med {row.merged_into}")
    writer = _Writer(session, user, "merge")
    taken_values = {
        f: other.data.get(f)
        for f in dict.fromkeys(req.take)
        if keep.data.get(f) != other.data.get(f)
    }
    keep_before = {f: keep.data.get(f) for f in taken_values}
    keep_index = writer.plan(keep, taken_values) if taken_values else None
    writer.plan(other, {}, merged_into=keep.id)
    notes: dict[str, dict[str, Any]] = {}
    followups: dict[str, dict[str, Any]] = {}
    note_index: dict[str, int] = {}
    followup_index: dict[str, int] = {}
    if req.table == "initiative":
        for note in _mentioning(session, "note", other.id):
            links = list(note.data.get("initiatives") or [])
            if other.id in links:
                notes[note.id] = {"before": links}
                note_index[note.id] = writer.plan(
                    note, {"initiatives": _relinked_list(links, other.id, keep.id)}
                )
    ref = {"initiative": "initiative", "note": "note"}.get(req.table)
    if ref is not None:
        for fu in _mentioning(session, "followup", other.id):
            if fu.data.get(ref) == other.id:
                followups[fu.id] = {"field": ref}
                followup_index[fu.id] = writer.plan(fu, {ref: keep.id})
    first = writer.write()
    taken = {
        f: {"old": keep_before[f], "new": v, "seq": first + (keep_index or 0)}
        for f, v in taken_values.items()
    }
    for nid, entry in notes.items():
        entry["seq"] = first + note_index[nid]
    for fid, entry in followups.items():
        entry["seq"] = first + followup_index[fid]
    log = MergeLogRow(
        id=str(uuid.uuid4()),
        table_name=req.table,
        keep_id=keep.id,
        other_id=other.id,
        user_name=user,
        at=writer.now,
        seq=first,
        taken=taken,
        relinked={"notes": notes, "followups": followups},
        status="merged",
        unmerged_by=None,
        unmerged_at=None,
        unmerge_seq=None,
    )
    session.add(log)
    return MergeResponse(
        merge_id=log.id,
        keep=keep.id,
        other=other.id,
        relinked_notes=len(notes),
        relinked_followups=len(followups),
        version=first + len(writer.planned) - 1,
    )


def _clock_versions(
    session: Session, keys: list[tuple[str, str, str]]
) -> dict[tuple[str, str, str], int]:
    if not keys:
        return {}
    rows = session.execute(
        select(
            FieldClockRow.table_name,
            FieldClockRow.row_id,
            FieldClockRow.field,
            FieldClockRow.version,
        ).where(
            tuple_(FieldClockRow.table_name, FieldClockRow.row_id, FieldClockRow.field).in_(keys)
        )
    )
    return {(t, i, f): int(v) for t, i, f, v in rows}


def unmerge_record(session: Session, req: UnmergeRequest, *, user: str) -> UnmergeResponse:
    """Undo the merge that made ``req.other`` merged_into another record."""
    if req.table not in SYNCED_TABLES:
        raise MergeError(422, f"okänd tabell {req.table!r}")
    take_seqs(session, 0)
    log = session.scalar(
        select(MergeLogRow)
        .where(
            MergeLogRow.table_name == req.table,
            MergeLogRow.other_id == req.other,
            MergeLogRow.status == "merged",
        )
        .order_by(MergeLogRow.seq.desc())
        .with_for_update()
    )
    if log is None:
        raise MergeError(404, f"posten {req.other} är inte sammanslagen med någon annan post")
    keep, other = _record(session, req.table, log.keep_id), _record(session, req.table, req.other)
    writer = _Writer(session, user, "unmerge")
    writer.plan(other, {}, merged_into=None)
    notes: dict[str, Any] = log.relinked.get("notes", {})
    followups: dict[str, Any] = log.relinked.get("followups", {})
    keys = [(req.table, keep.id, f) for f in log.taken]
    keys += [("note", nid, "initiatives") for nid in notes]
    keys += [("followup", fid, e["field"]) for fid, e in followups.items()]
    clocks = _clock_versions(session, keys)
    restore: dict[str, Any] = {}
    kept_fields: list[str] = []
    for name, entry in log.taken.items():
        if clocks.get((req.table, keep.id, name)) == entry["seq"]:
            restore[name] = entry["old"]
        else:
            kept_fields.append(name)  # changed by someone after the merge: theirs stands
    if restore:
        writer.plan(keep, restore)
    for row in _rows(session, "note", list(notes)):
        entry = notes[row.id]
        links = list(row.data.get("initiatives") or [])
        if clocks.get(("note", row.id, "initiatives")) == entry["seq"]:
            new = list(entry["before"])
        elif keep.id in links and other.id not in links:
            before = entry["before"]
            new = (
                [*links, other.id]
                if keep.id in before
                else _relinked_list(links, keep.id, other.id)
            )
        else:
            continue  # re-linked elsewhere since: a person decided, leave it
        if new != links:
            writer.plan(row, {"initiatives": new})
    for row in _rows(session, "followup", list(followups)):
        name = followups[row.id]["field"]
        if row.data.get(name) == keep.id:
            writer.plan(row, {name: other.id})
    first = writer.write()
    log.status, log.unmerged_by, log.unmerged_at, log.unmerge_seq = (
        "unmerged",
        user,
        writer.now,
        first,
    )
    return UnmergeResponse(
        merge_id=log.id,
        keep=keep.id,
        other=other.id,
        version=first + len(writer.planned) - 1,
        kept_fields=kept_fields,
    )


def _rows(session: Session, table: str, ids: list[str]) -> list[RecordRow]:
    if not ids:
        return []
    return list(
        session.scalars(
            select(RecordRow)
            .where(RecordRow.table_name == table, RecordRow.id.in_(ids))
            .order_by(RecordRow.id)
            .with_for_update()
        )
    )
