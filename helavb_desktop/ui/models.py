"""Table models. They hold rows handed to them; ``data()`` only formats, never queries.

``RecordTableModel`` holds a short list of records (start view, linked lists).
``PagedRecordModel`` holds the ordered ids of a whole list and a cache of pages of records
(as Anki's browser does): with 100,000 notes the view scrolls over the full length while only
the visible pages are ever fetched, by the controller, on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from helavb_desktop.domain.enums import FollowUpStatus
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, Record, RecordType
from helavb_desktop.domain.queries import SortOrder
from helavb_desktop.ui import labels

PAGE_SIZE = 200
PLACEHOLDER = "…"
ModelIndex = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#a4161a")  # dark red: 7:1 contrast on white

_R = Qt.ItemDataRole
_TEXT_ROLES = frozenset({_R.DisplayRole, _R.AccessibleTextRole})
_ALIGN, _TOOLTIP, _USER = _R.TextAlignmentRole, _R.ToolTipRole, _R.UserRole
_FOREGROUND, _FONT = _R.ForegroundRole, _R.FontRole
_ROLES = _TEXT_ROLES | {_ALIGN, _TOOLTIP, _USER, _FOREGROUND, _FONT}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(slots=True)
class Lookup:
    """Reference values the formatting needs; filled once the worker has read them."""

    municipality_names: dict[str, str] = field(default_factory=dict)
    priority: set[str] = field(default_factory=set)
    today: date = field(default_factory=date.today)

    def municipality(self, code: str) -> str:
        return self.municipality_names.get(code, code)


@dataclass(frozen=True, slots=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any, Lookup], str]
    sort: SortOrder | None = None  # order asked of the register when this header is clicked
    align_right: bool = False


def _first_line(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _municipalities(rec: Initiative, lk: Lookup) -> str:
    if not rec.municipalities:
        return _t("Columns", "Hela länet")
    return ", ".join(lk.municipality(c) for c in rec.municipalities)


COLUMNS: dict[RecordType, list[Column]] = {
    RecordType.INITIATIVE: [
        Column(lambda: _t("Columns", "Titel"), lambda r, lk: r.title, SortOrder.TITLE),
        Column(
            lambda: _t("Columns", "Insatsområde"), lambda r, lk: labels.focus_short(r.focus_area)
        ),
        Column(lambda: _t("Columns", "Status"), lambda r, lk: labels.status_label(r.status)),
        Column(lambda: _t("Columns", "Kommuner"), _municipalities),
        Column(
            lambda: _t("Columns", "Start"),
            lambda r, lk: labels.fmt_date(r.start_date),
            SortOrder.DATE,
        ),
        Column(lambda: _t("Columns", "Slut"), lambda r, lk: labels.fmt_date(r.end_date)),
        Column(lambda: _t("Columns", "Ansvarig"), lambda r, lk: r.responsible),
    ],
    RecordType.NOTE: [
        Column(
            lambda: _t("Columns", "Datum"), lambda r, lk: labels.fmt_date(r.date), SortOrder.DATE
        ),
        Column(lambda: _t("Columns", "Kommun"), lambda r, lk: lk.municipality(r.municipality)),
        Column(lambda: _t("Columns", "Plats"), lambda r, lk: r.place, SortOrder.TITLE),
        Column(lambda: _t("Columns", "Typ"), lambda r, lk: labels.note_kind_label(r.kind)),
        Column(
            lambda: _t("Columns", "Deltagare"), lambda r, lk: str(r.participants), align_right=True
        ),
        Column(lambda: _t("Columns", "Sammanfattning"), lambda r, lk: _first_line(r.summary)),
        Column(lambda: _t("Columns", "Författare"), lambda r, lk: r.author),
    ],
    RecordType.FOLLOWUP: [
        Column(
            lambda: _t("Columns", "Senast"),
            lambda r, lk: labels.fmt_date(r.due_date),
            SortOrder.DATE,
        ),
        Column(
            lambda: _t("Columns", "Vad"), lambda r, lk: _first_line(r.description), SortOrder.TITLE
        ),
        Column(lambda: _t("Columns", "Ansvarig"), lambda r, lk: r.owner),
        Column(
            lambda: _t("Columns", "Status"), lambda r, lk: labels.followup_status_label(r.status)
        ),
    ],
}


def tooltip(record: Record, lk: Lookup) -> str:
    if isinstance(record, Initiative):
        return record.title
    if isinstance(record, DialogueNote):
        return record.summary[:500]
    return record.description[:500]


class _BaseRecordModel(QAbstractTableModel):
    """Formatting shared by both models; subclasses say where a row's record comes from."""

    def __init__(self, kind: RecordType, lookup: Lookup, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.lookup = lookup
        self.columns = COLUMNS[kind]

    def record_at(self, row: int) -> Record | None:
        raise NotImplementedError

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks ~10 roles per visible cell on every paint: answer the rest at once.
        if role not in _ROLES or not index.isValid():
            return None
        col, row = index.column(), index.row()
        if col >= len(self.columns) or row < 0 or row >= self.rowCount():
            return None
        column = self.columns[col]
        if role == _ALIGN:
            return _RIGHT if column.align_right else None
        record = self.record_at(row)
        if record is None:
            return PLACEHOLDER if role in _TEXT_ROLES else None
        if role in _TEXT_ROLES:
            return column.text(record, self.lookup)
        if role == _TOOLTIP:
            return tooltip(record, self.lookup)
        if role == _USER:
            return record.id
        if isinstance(record, FollowUp) and record.is_overdue(self.lookup.today):
            if role == _FOREGROUND:
                return QBrush(OVERDUE_COLOUR)
            if role == _FONT and col == 0:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def sort_order_for(self, column: int, order: Qt.SortOrder) -> SortOrder | None:
        if not 0 <= column < len(self.columns):
            return None
        wanted = self.columns[column].sort
        if wanted is SortOrder.DATE and order == Qt.SortOrder.DescendingOrder:
            return SortOrder.DATE_DESC
        return wanted

    def retranslate(self) -> None:
        """After a language switch: headers and every formatted cell change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rowCount() > 0:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1)
            )


class RecordTableModel(_BaseRecordModel):
    """A short list of records held in full."""

    def __init__(self, kind: RecordType, lookup: Lookup, parent: Any = None) -> None:
        super().__init__(kind, lookup, parent)
        self._rows: list[Record] = []

    def set_rows(self, rows: Sequence[Record]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Record]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class PagedRecordModel(_BaseRecordModel):
    """All ids of a list, records fetched page by page when a view first shows them.

    ``page_needed(generation, page, ids)`` asks the controller for a page; it answers with
    ``set_page``. A page arriving for an older id list (``generation``) is dropped.
    """

    page_needed = Signal(int, int, list)
    sort_requested = Signal(object)  # a SortOrder

    def __init__(self, kind: RecordType, lookup: Lookup, parent: Any = None) -> None:
        super().__init__(kind, lookup, parent)
        self._ids: list[str] = []
        self._pages: dict[int, dict[str, Record]] = {}
        self._requested: set[int] = set()
        self.generation = 0

    def set_ids(self, ids: Sequence[str], first_page: Sequence[Record] = ()) -> int:
        """Show a new list; ``first_page`` (fetched with the ids) avoids a second round trip."""
        self.beginResetModel()
        self.generation += 1
        self._ids = list(ids)
        self._pages = {}
        self._requested = set()
        if first_page:
            self._pages[0] = {r.id: r for r in first_page}
            self._requested.add(0)
        self.endResetModel()
        return self.generation

    def ids(self) -> list[str]:
        return list(self._ids)

    def page_ids(self, page: int) -> list[str]:
        return self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    def set_page(self, generation: int, page: int, records: Sequence[Record]) -> None:
        if generation != self.generation:
            return
        self._pages[page] = {r.id: r for r in records}
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def replace_record(self, record: Record) -> None:
        """An edited record: update it in place when its page is cached."""
        for page, rows in self._pages.items():
            if record.id in rows:
                rows[record.id] = record
                row = self._ids.index(record.id, page * PAGE_SIZE)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                return

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def record_at(self, row: int) -> Record | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            if page not in self._requested:
                # Only a request: the controller fetches on the worker and calls set_page.
                self._requested.add(page)
                self.page_needed.emit(self.generation, page, self.page_ids(page))
            return None
        return cached.get(self._ids[row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = self.sort_order_for(column, order)
        if wanted is not None:
            self.sort_requested.emit(wanted)


def is_open(record: Record) -> bool:
    return isinstance(record, FollowUp) and record.status is FollowUpStatus.OPEN
