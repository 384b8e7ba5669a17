"""Aggregate counts for the start view and the navigation: one grouped query each.

Kept apart from ``records.py`` so the overview can grow without touching the repository the
sync engine relies on. Takes a session, returns plain values, never commits.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from helavb_desktop.db.convert import row_to_record
from helavb_desktop.db.schema import (
    FollowUpRow,
    InitiativeMunicipalityRow,
    InitiativeRow,
    NoteFocusAreaRow,
    NoteRow,
)
from helavb_desktop.domain.models import FollowUp, RecordType


def _live(
    row: type[InitiativeRow] | type[NoteRow] | type[FollowUpRow],
) -> list[ColumnElement[bool]]:
    return [row.deleted.is_(False), row.merged_into.is_(None)]


def count_followups(session: Session) -> int:
    stmt = select(func.count()).select_from(FollowUpRow).where(and_(*_live(FollowUpRow)))
    return int(session.scalar(stmt) or 0)


def has_live_records(session: Session) -> bool:
    """Whether any live record exists (cheap: stops at the first row)."""
    for row in (InitiativeRow, NoteRow, FollowUpRow):
        stmt = select(row.pk).where(and_(*_live(row))).limit(1)
        if session.scalar(stmt) is not None:
            return True
    return False


def initiatives_per_focus_area(session: Session) -> dict[str, int]:
    stmt = (
        select(InitiativeRow.focus_area, func.count())
        .where(*_live(InitiativeRow))
        .group_by(InitiativeRow.focus_area)
    )
    return {str(k): int(n) for k, n in session.execute(stmt)}


def notes_per_focus_area(session: Session) -> dict[str, int]:
    stmt = (
        select(NoteFocusAreaRow.focus_area, func.count())
        # IN over the covering index ix_note_live_municipality, not a join reading note rows.
        .where(NoteFocusAreaRow.note_pk.in_(select(NoteRow.pk).where(*_live(NoteRow))))
        .group_by(NoteFocusAreaRow.focus_area)
    )
    return {str(k): int(n) for k, n in session.execute(stmt)}


def initiatives_per_municipality(session: Session) -> dict[str, int]:
    stmt = (
        select(InitiativeMunicipalityRow.code, func.count())
        .join(InitiativeRow, InitiativeRow.pk == InitiativeMunicipalityRow.initiative_pk)
        .where(*_live(InitiativeRow))
        .group_by(InitiativeMunicipalityRow.code)
    )
    return {str(k): int(n) for k, n in session.execute(stmt)}


def notes_per_municipality(session: Session) -> dict[str, int]:
    stmt = (
        select(NoteRow.municipality, func.count())
        .where(*_live(NoteRow))
        .group_by(NoteRow.municipality)
    )
    return {str(k): int(n) for k, n in session.execute(stmt)}


def open_followups_due(
    session: Session, *, before: date | None, on_or_after: date | None, limit: int
) -> list[FollowUp]:
    """Open follow-ups with a due date in [on_or_after, before), earliest first."""
    row = FollowUpRow
    where = [*_live(row), row.status == "open", row.due_date.is_not(None)]
    if before is not None:
        where.append(row.due_date < before)
    if on_or_after is not None:
        where.append(row.due_date >= on_or_after)
    stmt = select(row.__table__).where(and_(*where)).order_by(row.due_date, row.pk).limit(limit)
    records = [
        row_to_record(RecordType.FOLLOWUP, dict(r)) for r in session.execute(stmt).mappings()
    ]
    return [r for r in records if isinstance(r, FollowUp)]


def count_open_followups_due(
    session: Session, *, before: date | None, on_or_after: date | None
) -> int:
    row = FollowUpRow
    where = [*_live(row), row.status == "open", row.due_date.is_not(None)]
    if before is not None:
        where.append(row.due_date < before)
    if on_or_after is not None:
        where.append(row.due_date >= on_or_after)
    stmt = select(func.count()).select_from(row).where(and_(*where))
    return int(session.scalar(stmt) or 0)
