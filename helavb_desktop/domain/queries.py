"""What a list of records should show: the filters a person sets, as one plain value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class SortOrder(StrEnum):
    """Orders the lists offer. ``DEFAULT`` is title for initiatives, newest first otherwise."""

    DEFAULT = "default"
    TITLE = "title"  # initiatives: title; notes: place; follow-ups: description
    DATE = "date"  # initiatives: start; notes: date; follow-ups: due date
    DATE_DESC = "date_desc"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Filters for a record list. ``None`` means "any"."""

    focus_area: str | None = None
    municipality: str | None = None
    status: str | None = None
    search: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    author: str | None = None
    initiative: str | None = None  # notes/follow-ups linked to this initiative
    note: str | None = None  # follow-ups of this note
    order: SortOrder = SortOrder.DEFAULT
    limit: int | None = None
    offset: int = 0
