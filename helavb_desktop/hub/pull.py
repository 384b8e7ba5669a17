"""Serving pulls: pages of the change feed from a client's cursor (DESIGN.md §3, "Pull").

Each record appears once with its current state, at the position of its latest change, so a
page never carries a row that a later page overwrites with older data. Conflicts travel with the
page whose range holds their change number.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from helavb_desktop.hub.models import ConflictRow, HubCounter, RecordRow
from helavb_desktop.sync.protocol import Change, ConflictInfo, PullResponse

MAX_PAGE = 2000


def iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") + "Z" if moment else ""


def current_seq(session: Session) -> int:
    value = session.scalar(select(HubCounter.value).where(HubCounter.name == "change"))
    return int(value or 0)


def pull_page(session: Session, cursor: int, limit: int, hub_time: str) -> PullResponse:
    # The counter is read first: every change numbered up to it has committed (writers hold the
    # counter's lock until they commit), so the page never skips a late commit.
    top = current_seq(session)
    # A cursor beyond the counter means this database is older than what the laptop saw (a
    # restored backup, a new hub): the answer's lower cursor tells the laptop to start over.
    limit = max(1, min(limit, MAX_PAGE))
    cols = (
        RecordRow.table_name,
        RecordRow.id,
        RecordRow.version,
        RecordRow.deleted,
        RecordRow.merged_into,
        RecordRow.data,
        RecordRow.updated_by,
    )
    rows = list(
        session.execute(
            select(*cols)
            .where(RecordRow.version > cursor, RecordRow.version <= top)
            .order_by(RecordRow.version, RecordRow.table_name, RecordRow.id)
            .limit(limit)
        )
    )
    more = len(rows) == limit
    if more:
        upto = int(rows[-1].version)
        # One change number may cover several rows (a coordinator's merge): never cut through it.
        seen = {(r.table_name, r.id) for r in rows}
        rows += [
            r
            for r in session.execute(select(*cols).where(RecordRow.version == upto))
            if (r.table_name, r.id) not in seen
        ]
    else:
        upto = top
    changes = [
        Change(
            table=r.table_name,
            row_id=r.id,
            version=int(r.version),
            deleted=bool(r.deleted),
            merged_into=r.merged_into,
            data=dict(r.data),
            updated_by=r.updated_by,
        )
        for r in rows
    ]
    conflicts = [
        conflict_info(c)
        for c in session.scalars(
            select(ConflictRow)
            .where(ConflictRow.seq > cursor, ConflictRow.seq <= upto)
            .order_by(ConflictRow.seq, ConflictRow.id)
        )
    ]
    return PullResponse(
        changes=changes, conflicts=conflicts, cursor=upto, more=more, hub_time=hub_time
    )


def conflict_info(c: ConflictRow) -> ConflictInfo:
    return ConflictInfo(
        id=c.id,
        table=c.table_name,
        row_id=c.row_id,
        field=c.field,
        kind=c.kind,  # type: ignore[arg-type]
        base_value=c.base_value,
        hub_value=c.hub_value,
        client_value=c.client_value,
        status=c.status,
        device_id=c.device_id,
        user=c.user_name,
        created_at=iso(c.created_at),
        seq=int(c.seq),
    )
