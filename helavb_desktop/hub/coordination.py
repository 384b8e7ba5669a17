"""Coordinator routes of the hub (issue 5): merge, unmerge, and a record's history.

Included by ``create_app``. Merging is samordnare/admin work (403 for other roles, checked
before anything is read or written); history is open to every logged-in role.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from helavb_desktop.hub.app import SessionDep, UserDep, require
from helavb_desktop.hub.history import record_history
from helavb_desktop.hub.merging import MergeError, merge_records, unmerge_record
from helavb_desktop.sync.protocol import (
    SYNCED_TABLES,
    HistoryResponse,
    MergeRequest,
    MergeResponse,
    UnmergeRequest,
    UnmergeResponse,
)

router = APIRouter()


@router.post("/merge")
def merge(body: MergeRequest, user: UserDep, session: SessionDep) -> MergeResponse:
    require(user, "samordnare", "admin")
    try:
        with session.begin():
            return merge_records(session, body, user=user.name)
    except MergeError as exc:
        raise HTTPException(exc.status, str(exc)) from None


@router.post("/unmerge")
def unmerge(body: UnmergeRequest, user: UserDep, session: SessionDep) -> UnmergeResponse:
    require(user, "samordnare", "admin")
    try:
        with session.begin():
            return unmerge_record(session, body, user=user.name)
    except MergeError as exc:
        raise HTTPException(exc.status, str(exc)) from None


@router.get("/history/{table}/{row_id}")
def history(table: str, row_id: str, user: UserDep, session: SessionDep) -> HistoryResponse:
    if table not in SYNCED_TABLES:
        raise HTTPException(404, f"okänd tabell {table!r}")
    with session.begin():
        entries = record_history(session, table, row_id)
    # A record the hub has not seen yet has no history there (not an error: it may be waiting
    # on a laptop's outbox).
    return HistoryResponse(table=table, row_id=row_id, entries=entries)
