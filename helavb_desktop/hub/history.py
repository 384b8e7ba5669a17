"""A record's history from the hub's append-only change log (who, when, which field, old → new).

Consecutive changes are diffed field by field; conflict resolutions carry the coordinator's
note, and merges and unmerges appear on both records (from the change log and the merge log).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from helavb_desktop.hub.merging import MERGED_INTO, MergeLogRow
from helavb_desktop.hub.models import ChangeLogRow, ConflictRow
from helavb_desktop.hub.pull import iso
from helavb_desktop.sync.protocol import DELETED_FIELD, HistoryItem

_ACTIONS = {"upsert": "edited", "resolve": "resolved", "merge": "merged", "unmerge": "unmerged"}


def diff_history(
    changes: Iterable[ChangeLogRow], notes: dict[int, str] | None = None
) -> list[HistoryItem]:
    """History items, oldest first, from one record's change-log rows in change order.

    ``notes`` maps a resolution's change number to the coordinator's note.
    """
    notes = notes or {}
    state: dict[str, Any] = {}
    items: list[HistoryItem] = []
    created = False
    for c in changes:
        when, who, fields = iso(c.at), c.user_name, dict(c.fields or {})

        def add(action: str, name: str | None, old: Any, new: Any, note: str = "") -> None:
            items.append(
                HistoryItem(
                    version=int(c.seq),  # noqa: B023 - used at once, inside this iteration
                    when=when,  # noqa: B023
                    who=who,  # noqa: B023
                    action=action,  # type: ignore[arg-type]
                    field=name,
                    old=old,
                    new=new,
                    note=note,
                )
            )

        if c.kind == "upsert" and not created:
            add("created", None, None, fields)
            state.update(fields)
        elif c.kind == "delete":
            add("deleted", None, False, True)
            state[DELETED_FIELD] = True
        elif c.kind == "restore":
            add("restored", None, True, False)
            state[DELETED_FIELD] = False
        else:
            action = _ACTIONS.get(c.kind, "edited")
            note = notes.get(int(c.seq), "")
            for name, new in fields.items():
                old = state.get(name, False if name == DELETED_FIELD else None)
                # An edit that wrote the value already there says nothing; a coordinator's
                # decision always shows (choosing the hub's side is a decision too).
                if old != new or action != "edited":
                    add(action, name, old, new, note)
                state[name] = new
        created = True
    return items


def merge_items(table: str, row_id: str, merges: Sequence[MergeLogRow]) -> list[HistoryItem]:
    """The survivor's view of merges into it (the merged-away record's is in its change log)."""
    items: list[HistoryItem] = []
    for m in merges:
        if m.table_name != table or m.keep_id != row_id:
            continue
        items.append(
            HistoryItem(
                version=int(m.seq),
                when=iso(m.at),
                who=m.user_name,
                action="merged",
                field=None,
                old=m.other_id,
                new=row_id,
                note=f"{m.other_id} slogs ihop med denna post",
            )
        )
        if m.status == "unmerged" and m.unmerge_seq is not None:
            items.append(
                HistoryItem(
                    version=int(m.unmerge_seq),
                    when=iso(m.unmerged_at),
                    who=m.unmerged_by or "",
                    action="unmerged",
                    field=None,
                    old=row_id,
                    new=m.other_id,
                    note=f"sammanslagningen med {m.other_id} ångrades",
                )
            )
    return items


def record_history(session: Session, table: str, row_id: str) -> list[HistoryItem]:
    """Newest first."""
    changes = list(
        session.scalars(
            select(ChangeLogRow)
            .where(ChangeLogRow.table_name == table, ChangeLogRow.row_id == row_id)
            .order_by(ChangeLogRow.seq)
        )
    )
    notes = {
        int(seq): note or ""
        for seq, note in session.execute(
            select(ConflictRow.seq, ConflictRow.resolution_note).where(
                ConflictRow.table_name == table,
                ConflictRow.row_id == row_id,
                ConflictRow.status == "resolved",
            )
        )
    }
    merges = list(
        session.scalars(
            select(MergeLogRow).where(
                MergeLogRow.table_name == table, MergeLogRow.keep_id == row_id
            )
        )
    )
    items = diff_history(changes, notes) + merge_items(table, row_id, merges)
    # Newest first; within one change, fields keep their order.
    indexed = sorted(enumerate(items), key=lambda p: (-p[1].version, p[0]))
    return [item for _, item in indexed]


__all__ = ["MERGED_INTO", "diff_history", "merge_items", "record_history"]
