"""Briefing PDFs: gather one selection's records and write the report atomically.

What belongs to a focus area's briefing:

- initiatives of the area whose own period overlaps the selected period (and, with a
  municipality, that name it);
- dialogue notes dated in the period (in the municipality) whose focus areas include the area
  or that link one of the area's initiatives; with ``no_personal_data`` notes flagged as
  holding personal data are left out in the query itself, so their text never leaves the
  database;
- follow-ups of those initiatives and notes.

Everything is filtered in SQL (the large register has 100,000 notes); one read transaction
sees one consistent state.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from helavb_desktop.db import listing
from helavb_desktop.db.convert import row_to_record
from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.outbox import get_state
from helavb_desktop.db.records import RecordStore
from helavb_desktop.db.schema import (
    FollowUpRow,
    InitiativeRow,
    NoteFocusAreaRow,
    NoteInitiativeRow,
    NoteRow,
)
from helavb_desktop.domain.briefing import DEFAULT_SOURCE, BriefingData, BriefingSelection
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import (
    DialogueNote,
    FollowUp,
    Initiative,
    Municipality,
    RecordType,
)
from helavb_desktop.domain.queries import ListQuery, SortOrder
from helavb_desktop.reports.briefing import render_briefing

log = logging.getLogger(__name__)

LAST_SYNC_KEY = "last_sync_at"


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any threads.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_read_umask()


def source_label(register_path: Path | None) -> str:
    """How the footer names the data source: the register's file name when there is one."""
    return f"{DEFAULT_SOURCE} ({register_path.name})" if register_path else DEFAULT_SOURCE


def parse_sync_time(value: str | None) -> datetime | None:
    """The stored last-sync time as an aware datetime; naive values are UTC (db.outbox.utcnow)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        log.info("unreadable %s in sync_state: %r", LAST_SYNC_KEY, value)
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def write_atomically(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a report is an ordinary document.
        os.chmod(tmp_name, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


class BriefingService:
    """Builds briefings from the register behind ``sessions``.

    ``register_path`` names the source in the footer; ``clock`` gives "now" (tests fix it).
    """

    def __init__(
        self,
        sessions: SessionFactory,
        *,
        register_path: Path | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._sessions = sessions
        self._source = source_label(register_path)
        self._clock = clock or (lambda: datetime.now().astimezone())

    # -- gathering -----------------------------------------------------------------------

    def gather(self, selection: BriefingSelection) -> BriefingData:
        with self._sessions.begin() as session:
            store = RecordStore(session)
            # Any: RecordStore's method named ``list`` shadows the builtin in its annotations.
            municipalities: list[Municipality] = cast(Any, store.municipalities())
            if selection.municipality and selection.municipality not in {
                m.code for m in municipalities
            }:
                raise ValidationError(
                    "municipality", f"unknown municipality code {selection.municipality!r}"
                )
            initiatives = [
                r
                for r in store.list(RecordType.INITIATIVE, self._initiative_query(selection))
                if isinstance(r, Initiative)
            ]
            notes_sel = self._note_select(selection, personal_data=False)
            notes = [
                r
                for r in (
                    row_to_record(RecordType.NOTE, dict(row))
                    for row in session.execute(
                        notes_sel.order_by(NoteRow.date.desc(), NoteRow.pk.desc())
                    ).mappings()
                )
                if isinstance(r, DialogueNote)
            ]
            withheld = 0
            if selection.no_personal_data:
                withheld = self._count(session, self._note_select(selection, personal_data=True))
            followups = self._followups(session, selection)
            last_sync = parse_sync_time(get_state(session, LAST_SYNC_KEY))
        return BriefingData(
            selection=selection,
            initiatives=tuple(initiatives),
            notes=tuple(notes),
            followups=tuple(followups),
            municipalities=tuple(municipalities),
            generated_at=self._clock(),
            last_sync_at=last_sync,
            source=self._source,
            withheld_notes=withheld,
        )

    @staticmethod
    def _initiative_query(selection: BriefingSelection) -> ListQuery:
        return ListQuery(
            focus_area=selection.focus_area.value,
            municipality=selection.municipality,
            date_from=selection.date_from,
            date_to=selection.date_to,
            order=SortOrder.TITLE,
        )

    def _initiative_ids(self, selection: BriefingSelection) -> Select[Any]:
        where = listing.build_where(RecordType.INITIATIVE, self._initiative_query(selection))
        assert where is not None  # no search text, so never "matches nothing"
        return select(InitiativeRow.id).where(and_(*where))

    @staticmethod
    def _note_select(selection: BriefingSelection, *, personal_data: bool) -> Select[Any]:
        """Notes of the selection. ``personal_data=True`` selects only the withheld ones."""
        base = ListQuery(
            municipality=selection.municipality,
            date_from=selection.date_from,
            date_to=selection.date_to,
        )
        where = listing.build_where(RecordType.NOTE, base)
        assert where is not None
        area = selection.focus_area.value
        in_area = NoteRow.pk.in_(
            select(NoteFocusAreaRow.note_pk).where(NoteFocusAreaRow.focus_area == area)
        )
        linked = NoteRow.pk.in_(
            select(NoteInitiativeRow.note_pk)
            .join(InitiativeRow, InitiativeRow.id == NoteInitiativeRow.initiative_id)
            .where(InitiativeRow.focus_area == area, InitiativeRow.deleted.is_(False))
        )
        where.append(or_(in_area, linked))
        if personal_data:
            where.append(NoteRow.personal_data.is_(True))
        elif selection.no_personal_data:
            where.append(NoteRow.personal_data.is_(False))
        return select(NoteRow.__table__).where(and_(*where))

    @staticmethod
    def _count(session: Session, stmt: Select[Any]) -> int:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

    def _followups(self, session: Session, selection: BriefingSelection) -> list[FollowUp]:
        where = listing.build_where(RecordType.FOLLOWUP, ListQuery())
        assert where is not None
        note_ids = self._note_select(selection, personal_data=False).with_only_columns(NoteRow.id)
        where.append(
            or_(
                FollowUpRow.initiative.in_(self._initiative_ids(selection)),
                FollowUpRow.note.in_(note_ids),
            )
        )
        stmt = select(FollowUpRow.__table__).where(and_(*where)).order_by(FollowUpRow.pk)
        records = (
            row_to_record(RecordType.FOLLOWUP, dict(r)) for r in session.execute(stmt).mappings()
        )
        return [r for r in records if isinstance(r, FollowUp)]

    # -- output --------------------------------------------------------------------------

    def render(self, selection: BriefingSelection) -> bytes:
        return render_briefing(self.gather(selection))

    def write(self, selection: BriefingSelection, path: Path) -> Path:
        """Render, then write atomically: a failure leaves no file (or the old one) behind."""
        payload = self.render(selection)
        write_atomically(path, payload)
        return path
