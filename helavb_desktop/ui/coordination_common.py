"""What the coordinator screens share: a plain rows model, value formatting, messages.

Values arrive in JSON spelling (dates ISO, enums by key, lists as lists): shown here the way
the forms show them (labels, municipality names, ÅÅÅÅ-MM-DD HH:MM in local time).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from helavb_desktop.domain.errors import DomainError
from helavb_desktop.services.coordination import NeedsHub, NotAllowed
from helavb_desktop.ui import labels
from helavb_desktop.ui.models import Lookup

ModelIndex = QModelIndex | QPersistentModelIndex
EMPTY = "–"
_R = Qt.ItemDataRole
_TEXT_ROLES = frozenset({_R.DisplayRole, _R.AccessibleTextRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    return QCoreApplication.translate("Coordination", text)


@dataclass(frozen=True, slots=True)
class RowColumn:
    header: Callable[[], str]
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowsTableModel(QAbstractTableModel):
    """A list of plain rows (dataclasses) shown through columns; ``data()`` only formats."""

    def __init__(self, columns: Sequence[RowColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(self.columns)):
            return None
        column = self.columns[col]
        item = self._rows[row]
        if role in _TEXT_ROLES:
            return column.text(item)
        if role == _R.ToolTipRole:
            return (column.tooltip or column.text)(item)
        if role == _R.TextAlignmentRole:
            return _RIGHT if column.align_right else None
        if role == _R.UserRole:
            return item
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )


def format_when(stamp: str | None) -> str:
    """ISO 8601 (UTC when no zone) as local ÅÅÅÅ-MM-DD HH:MM; empty when unknown."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return str(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _enum_text(field: str, value: str) -> str | None:
    formatters: dict[str, Sequence[Callable[[str], str]]] = {
        "focus_area": (labels.focus_short,),
        "focus_areas": (labels.focus_short,),
        "status": (labels.status_label, labels.followup_status_label),
        "kind": (labels.note_kind_label,),
        "record_class": (labels.record_class_label,),
    }
    for fmt in formatters.get(field, ()):
        try:
            return fmt(value)
        except (ValueError, KeyError):
            continue
    return None


def format_value(field: str | None, value: Any, lookup: Lookup | None = None) -> str:
    """A field's value in JSON spelling, as a person reads it."""
    if field == "deleted" and isinstance(value, bool):
        return _t("Borttagen") if value else _t("Finns kvar")
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return _t("Ja") if value else _t("Nej")
    if isinstance(value, list | tuple):
        return ", ".join(format_value(field, v, lookup) for v in value) or EMPTY
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    if field in ("municipalities", "municipality") and lookup is not None:
        return lookup.municipality(text)
    if field:
        enum_text = _enum_text(field, text)
        if enum_text is not None:
            return enum_text
    return text


def one_line(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def field_name(field: str | None) -> str:
    if not field:
        return ""
    if field == "deleted":
        return _t("Borttagning")
    return labels.field_label(field)


def action_label(action: str) -> str:
    return {
        "created": _t("Skapad"),
        "edited": _t("Ändrad"),
        "deleted": _t("Borttagen"),
        "restored": _t("Återställd"),
        "resolved": _t("Konflikt löst"),
        "merged": _t("Sammanslagen"),
        "unmerged": _t("Sammanslagning ångrad"),
    }.get(action, action)


def coordination_message(exc: BaseException) -> str | None:
    """NotAllowed / NeedsHub in words a coordinator can act on; None for other errors."""
    if isinstance(exc, NotAllowed):
        return _t(
            "Hubben nekade åtgärden: bara samordnare och administratörer får lösa konflikter "
            "och slå ihop poster."
        ) + (f"\n\n{exc}" if str(exc) else "")
    if isinstance(exc, NeedsHub):
        return _t(
            "Det här görs mot hubben, och den går inte att nå just nu. Kontrollera "
            "anslutningen (eller logga in under Inställningar) och försök igen."
        ) + (f"\n\n{exc}" if str(exc) else "")
    if isinstance(exc, DomainError):
        from helavb_desktop.ui.errors import known_message

        return known_message(exc)  # a refused value names the field, in the person's words
    return None
