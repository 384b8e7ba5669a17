"""Building list queries from a ``ListQuery``: filters, full-text search and Swedish order."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from helavb_desktop.db.schema import (
    SYNCED_ROWS,
    FollowUpRow,
    InitiativeMunicipalityRow,
    InitiativeRow,
    NoteFocusAreaRow,
    NoteInitiativeRow,
    NoteRow,
    table_of,
)
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery, SortOrder

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_match_expression(user_text: str) -> str | None:
    """An FTS5 query from what a person typed: every word must occur, each as a prefix.

    Words are quoted so FTS5 operators (AND, NEAR, ", *) in the input are read as text.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _fts_pks(table: str, match: str) -> Any:
    return text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :match").bindparams(
        match=match
    )


def _has_tag(tag: str) -> ColumnElement[bool]:
    return exists(
        select(literal_column("1"))
        .select_from(func.json_each(InitiativeRow.tags).table_valued("value"))
        .where(literal_column("value") == tag)
    )


def _with_merged(row: type[InitiativeRow] | type[NoteRow], record_id: str) -> Any:
    """The id and the ids of records merged into it: a note linked offline to a record that a
    coordinator has meanwhile merged away still shows beside the surviving record."""
    return select(row.id).where(or_(row.id == record_id, row.merged_into == record_id))


def _initiative_filters(q: ListQuery) -> list[ColumnElement[bool]]:
    row = InitiativeRow
    where: list[ColumnElement[bool]] = []
    if q.focus_area:
        where.append(row.focus_area == q.focus_area)
    if q.status:
        where.append(row.status == q.status)
    if q.municipality:
        where.append(
            row.pk.in_(
                select(InitiativeMunicipalityRow.initiative_pk).where(
                    InitiativeMunicipalityRow.code == q.municipality
                )
            )
        )
    # A period filter keeps initiatives whose own period overlaps it (open ends overlap all).
    if q.date_from:
        where.append(or_(row.end_date.is_(None), row.end_date >= q.date_from))
    if q.date_to:
        where.append(or_(row.start_date.is_(None), row.start_date <= q.date_to))
    if q.tag:
        where.append(_has_tag(q.tag))
    if q.author:
        where.append(row.responsible == q.author)
    return where


def _note_filters(q: ListQuery) -> list[ColumnElement[bool]]:
    row = NoteRow
    where: list[ColumnElement[bool]] = []
    if q.focus_area:
        where.append(
            row.pk.in_(
                select(NoteFocusAreaRow.note_pk).where(NoteFocusAreaRow.focus_area == q.focus_area)
            )
        )
    if q.status:
        where.append(row.kind == q.status)
    if q.municipality:
        where.append(row.municipality == q.municipality)
    if q.date_from:
        where.append(row.date >= q.date_from)
    if q.date_to:
        where.append(row.date <= q.date_to)
    if q.author:
        where.append(row.author == q.author)
    if q.initiative:
        where.append(
            row.pk.in_(
                select(NoteInitiativeRow.note_pk).where(
                    NoteInitiativeRow.initiative_id.in_(_with_merged(InitiativeRow, q.initiative))
                )
            )
        )
    if q.tag:
        # Notes carry no tags of their own: a tag finds the notes of initiatives tagged so.
        tagged = select(InitiativeRow.id).where(_has_tag(q.tag))
        where.append(
            row.pk.in_(
                select(NoteInitiativeRow.note_pk).where(NoteInitiativeRow.initiative_id.in_(tagged))
            )
        )
    return where


def _followup_filters(q: ListQuery) -> list[ColumnElement[bool]]:
    row = FollowUpRow
    where: list[ColumnElement[bool]] = []
    if q.status:
        where.append(row.status == q.status)
    if q.author:
        where.append(row.owner == q.author)
    if q.date_from:
        where.append(row.due_date >= q.date_from)
    if q.date_to:
        where.append(row.due_date <= q.date_to)
    if q.initiative:
        where.append(row.initiative.in_(_with_merged(InitiativeRow, q.initiative)))
    if q.note:
        where.append(row.note.in_(_with_merged(NoteRow, q.note)))
    if q.focus_area or q.municipality:
        # A follow-up belongs where its initiative or note belongs.
        ini = select(InitiativeRow.id)
        note = select(NoteRow.id)
        if q.focus_area:
            ini = ini.where(InitiativeRow.focus_area == q.focus_area)
            note = note.where(
                NoteRow.pk.in_(
                    select(NoteFocusAreaRow.note_pk).where(
                        NoteFocusAreaRow.focus_area == q.focus_area
                    )
                )
            )
        if q.municipality:
            ini = ini.where(
                InitiativeRow.pk.in_(
                    select(InitiativeMunicipalityRow.initiative_pk).where(
                        InitiativeMunicipalityRow.code == q.municipality
                    )
                )
            )
            note = note.where(NoteRow.municipality == q.municipality)
        where.append(or_(row.initiative.in_(ini), row.note.in_(note)))
    return where


_FILTERS = {
    RecordType.INITIATIVE: _initiative_filters,
    RecordType.NOTE: _note_filters,
    RecordType.FOLLOWUP: _followup_filters,
}


def _order(kind: RecordType, order: SortOrder) -> list[Any]:
    orders: dict[SortOrder, list[Any]]
    if kind is RecordType.INITIATIVE:
        r = InitiativeRow
        orders = {
            SortOrder.DEFAULT: [r.sort_title, r.pk],
            SortOrder.TITLE: [r.sort_title, r.pk],
            SortOrder.DATE: [r.start_date.is_(None), r.start_date, r.sort_title],
            SortOrder.DATE_DESC: [r.start_date.desc(), r.sort_title],
            SortOrder.UPDATED: [r.updated_at.desc(), r.pk.desc()],
        }
    elif kind is RecordType.NOTE:
        n = NoteRow
        orders = {
            SortOrder.DEFAULT: [n.date.desc(), n.pk.desc()],
            SortOrder.DATE_DESC: [n.date.desc(), n.pk.desc()],
            SortOrder.DATE: [n.date, n.pk],
            SortOrder.TITLE: [n.sort_place, n.date.desc()],
            SortOrder.UPDATED: [n.updated_at.desc(), n.pk.desc()],
        }
    else:
        f = FollowUpRow
        orders = {
            SortOrder.DEFAULT: [f.due_date.is_(None), f.due_date, f.pk],
            SortOrder.DATE: [f.due_date.is_(None), f.due_date, f.pk],
            SortOrder.DATE_DESC: [f.due_date.desc(), f.pk],
            SortOrder.TITLE: [f.sort_description, f.pk],
            SortOrder.UPDATED: [f.updated_at.desc(), f.pk.desc()],
        }
    return orders[order]


def build_where(kind: RecordType, q: ListQuery) -> list[ColumnElement[bool]] | None:
    """All conditions for a list, or ``None`` when the search text can match nothing."""
    row = SYNCED_ROWS[kind.value]
    where = [row.deleted.is_(False), row.merged_into.is_(None), *_FILTERS[kind](q)]
    if q.search and q.search.strip():
        match = fts_match_expression(q.search)
        if match is None:
            return None
        where.append(row.pk.in_(_fts_pks(kind.value, match)))
    return where


def list_select(kind: RecordType, q: ListQuery, *columns: Any) -> Select[Any] | None:
    row = SYNCED_ROWS[kind.value]
    where = build_where(kind, q)
    if where is None:
        return None
    stmt = select(*(columns or (table_of(row),))).where(and_(*where))
    stmt = stmt.order_by(*_order(kind, q.order))
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    if q.offset:
        stmt = stmt.offset(q.offset)
    return stmt


def count_select(kind: RecordType, q: ListQuery) -> Select[Any] | None:
    row = SYNCED_ROWS[kind.value]
    where = build_where(kind, q)
    if where is None:
        return None
    return select(func.count()).select_from(row).where(and_(*where))
