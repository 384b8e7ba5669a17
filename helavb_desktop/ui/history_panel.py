"""A record's history: who changed which field when, old → new; resolutions and merges too.

Read from the hub (with this laptop's unsent changes on top) on the task runner. Offline, or
not logged in, only the unsent local changes are known: the dialog says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.models import RecordType
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.coordination_common import (
    RowColumn,
    RowsTableModel,
    action_label,
    coordination_message,
    field_name,
    format_value,
    format_when,
    one_line,
)
from helavb_desktop.ui.errors import show_error
from helavb_desktop.ui.models import Lookup

PENDING_COLOUR = QColor("#7a4d00")  # dark amber: readable on white (WCAG AA)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def _when(entry: Any) -> str:
    text = format_when(entry.when)
    return f"{text} ({_tr('ej skickad')})" if entry.pending else text


def history_columns(lookup: Lookup) -> list[RowColumn]:
    def old(e: Any) -> str:
        return one_line(format_value(e.field, e.old, lookup), 60) if e.field else ""

    def new(e: Any) -> str:
        if e.field is None and isinstance(e.new, dict):
            return ""  # a whole created record: its fields are on the form
        return one_line(format_value(e.field, e.new, lookup), 60) if e.field else ""

    def full(value_of: str) -> Any:
        return lambda e: format_value(e.field, getattr(e, value_of), lookup)

    return [
        RowColumn(lambda: _tr("När"), _when),
        RowColumn(lambda: _tr("Vem"), lambda e: e.who or _tr("okänd")),
        RowColumn(lambda: _tr("Vad"), lambda e: action_label(e.action)),
        RowColumn(lambda: _tr("Fält"), lambda e: field_name(e.field)),
        RowColumn(lambda: _tr("Från"), old, tooltip=full("old")),
        RowColumn(lambda: _tr("Till"), new, tooltip=full("new")),
        RowColumn(lambda: _tr("Notering"), lambda e: e.note or ""),
    ]


class HistoryTableModel(RowsTableModel):
    """History entries; unsent local changes in amber."""

    def __init__(self, lookup: Lookup, parent: Any = None) -> None:
        super().__init__(history_columns(lookup), parent)

    def data(self, index: Any, role: int = 0) -> Any:
        from PySide6.QtCore import Qt

        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            entry = self.row_at(index.row())
            if entry is not None and entry.pending:
                return QBrush(PENDING_COLOUR)
            return None
        return super().data(index, role)


def load_history(service: Any, kind: RecordType, record_id: str) -> Any:
    """Worker job: entries and whether the hub answered (``History``)."""
    return service.history_detail(kind, record_id)


class HistoryDialog(QDialog):
    """Historik för en post."""

    loaded = Signal(int)  # entries shown
    records_changed = Signal()  # a merge was undone from here
    unmerged = Signal(str)  # id of the record brought back

    def __init__(
        self,
        ctx: AppContext,
        kind: RecordType,
        record_id: str,
        title: str = "",
        parent: QWidget | None = None,
        *,
        can_coordinate: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self.record_title = title
        self.complete: bool | None = None
        self.can_coordinate = can_coordinate  # a merge into this record may be undone here
        self.setObjectName("historyDialog")
        self.resize(1000, 520)
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.model = HistoryTableModel(ctx.lookup, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_unmerge())
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        self.unmerge_button = QPushButton(self)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.unmerge_button.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.unmerge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Historik"))
        kind = labels.kind_label(self.kind)
        self.heading.setText(
            self.tr("Historik för {kind} ”{title}”").format(
                kind=kind, title=one_line(self.record_title, 70)
            )
            if self.record_title
            else self.tr("Historik för {kind}").format(kind=kind)
        )
        self.reload_button.setText(self.tr("&Uppdatera"))
        self.unmerge_button.setText(self.tr("Å&ngra sammanslagningen"))
        self.unmerge_button.setToolTip(
            self.tr("Den sammanslagna posten och dess kopplingar återställs.")
        )
        self.view.setAccessibleName(self.tr("Ändringar, nyast först"))
        self.model.retranslate()
        self._show_notice()

    def reload(self) -> None:
        if self.ctx.coordination is None:
            self.complete = False
            self._show_notice()
            return
        self.notice.setText(self.tr("Hämtar historiken…"))
        self.reload_button.setEnabled(False)
        self.ctx.runner.submit(
            load_history,
            self.ctx.coordination,
            self.kind,
            self.record_id,
            on_done=self._on_loaded,
            on_error=self._on_failed,
        )

    def _on_loaded(self, history: Any) -> None:
        self.reload_button.setEnabled(True)
        self.complete = bool(history.complete)
        self.model.set_rows(history.entries)
        self._show_notice()
        self._update_unmerge()
        self.loaded.emit(len(history.entries))

    # -- undoing a merge into this record ---------------------------------------------------

    def open_merges(self) -> list[str]:
        """Ids of records merged into this one and not unmerged since (newest first)."""
        out: list[str] = []
        for entry in reversed(self.model.rows()):  # oldest first
            if entry.action == "merged" and entry.old:
                out.append(str(entry.old))
            elif entry.action == "unmerged" and entry.new and str(entry.new) in out:
                out.remove(str(entry.new))
        return list(reversed(out))

    def _selected_merge(self) -> str | None:
        entry = self.model.row_at(self.view.currentIndex().row())
        merges = self.open_merges()
        if entry is not None and entry.action == "merged" and str(entry.old) in merges:
            return str(entry.old)
        return merges[0] if len(merges) == 1 else None

    def _update_unmerge(self) -> None:
        show = self.can_coordinate and bool(self.open_merges())
        self.unmerge_button.setVisible(show)
        self.unmerge_button.setEnabled(show and self._selected_merge() is not None)

    def unmerge_selected(self) -> None:
        other_id = self._selected_merge()
        if other_id is None or self.ctx.coordination is None:
            return
        self.unmerge_button.setEnabled(False)
        self.notice.setText(self.tr("Ångrar sammanslagningen på hubben…"))

        def done(_result: Any) -> None:
            self.unmerged.emit(other_id)
            self.records_changed.emit()
            if self.ctx.sync is not None:
                self.ctx.sync.notify_local_change()
            self.reload()

        def failed(exc: BaseException) -> None:
            self._update_unmerge()
            text = coordination_message(exc)
            if text is None:
                show_error(self, exc)
            else:
                self.notice.setText(text)

        self.ctx.runner.submit(
            self.ctx.coordination.unmerge, self.kind, other_id, on_done=done, on_error=failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.reload_button.setEnabled(True)
        self.notice.clear()
        show_error(self, exc)

    def _show_notice(self) -> None:
        if self.complete is None:
            return
        pending = sum(1 for e in self.model.rows() if e.pending)
        if not self.complete:
            self.notice.setStyleSheet("color: #7a4d00")
            self.notice.setText(
                self.tr(
                    "Hela historiken finns på hubben, som inte går att nå nu (eller så är du inte "
                    "inloggad). Här visas bara ändringar på den här datorn som inte skickats än."
                )
            )
        elif pending:
            self.notice.setStyleSheet("")
            self.notice.setText(
                self.tr("Nyast först. Ändringar märkta ”ej skickad” finns bara på den här datorn.")
            )
        else:
            self.notice.setStyleSheet("")
            self.notice.setText(self.tr("Nyast först."))
        if self.complete and self.model.rowCount() == 0:
            self.notice.setText(self.tr("Inga ändringar registrerade för posten."))
