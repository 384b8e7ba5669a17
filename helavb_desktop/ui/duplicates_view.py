"""Duplicate candidates for coordinators: scored pairs with the reasons, merge and unmerge.

The search runs on the task runner (about a second over 20,000 initiatives); the dialog shows
that it is working meanwhile. A pair opens the field-by-field merge dialog; merges made here
can be undone from the list below the candidates.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.models import RecordType
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.coordination_common import RowColumn, RowsTableModel, coordination_message
from helavb_desktop.ui.errors import show_error
from helavb_desktop.ui.merge_dialog import MergeDialog, MergeSide, load_pair

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DuplicatesDialog", text)


def candidate_columns() -> list[RowColumn]:
    return [
        RowColumn(lambda: _tr("Likhet"), lambda c: f"{round(c.score * 100)} %", align_right=True),
        RowColumn(lambda: _tr("Post 1"), lambda c: c.first_label),
        RowColumn(lambda: _tr("Post 2"), lambda c: c.second_label),
        RowColumn(
            lambda: _tr("Varför"),
            lambda c: "; ".join(c.reasons),
            tooltip=lambda c: "\n".join(c.reasons),
        ),
    ]


class DuplicatesDialog(QDialog):
    """Dubbletter: find, compare, merge; undo a merge made here."""

    records_changed = Signal()
    candidates_loaded = Signal(int)
    merge_dialog_opened = Signal(object)  # the MergeDialog (tests and screenshots drive it)
    unmerged = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicatesDialog")
        self.resize(1180, 680)
        self.searching = False
        self.merge_dialog: MergeDialog | None = None
        # (kind, other id, label) of merges made in this dialog: "Ångra sammanslagning".
        self.merges: list[tuple[RecordType, str, str]] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("viewHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.kind_label = QLabel(self)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem("", RecordType.INITIATIVE)
        self.kind_box.addItem("", RecordType.NOTE)
        self.kind_label.setBuddy(self.kind_box)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.search())
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the search does not report steps
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.status_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.search_button)
        top.addWidget(self.progress)
        top.addWidget(self.status_label, 1)

        self.model = RowsTableModel(candidate_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # Titles and reasons wrap: a coordinator reads them whole to decide.
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 320)
        header.resizeSection(2, 320)
        self.view.doubleClicked.connect(lambda index: self.compare(index.row()))
        self.view.activated.connect(lambda index: self.compare(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(lambda: self.compare(self.view.currentIndex().row()))

        self.merged_label = QLabel(self)
        self.merged_label.setObjectName("sectionHeading")
        self.merged_list = QListWidget(self)
        self.merged_list.setMaximumHeight(90)
        self.merged_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.unmerge_button = QPushButton(self)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged_list, 1)
        merged_row.addWidget(self.unmerge_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.merged_label)
        layout.addLayout(merged_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.retranslate()
        self._update_buttons()
        self.search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dubbletter"))
        self.heading.setText(self.tr("Möjliga dubbletter"))
        self.intro.setText(
            self.tr(
                "Poster som troligen beskriver samma insats eller samma besök, med skälen. "
                "Dubbelklicka på ett par för att jämföra fälten och slå ihop dem."
            )
        )
        self.kind_label.setText(self.tr("&Visa:"))
        self.kind_box.setItemText(0, self.tr("Insatser"))
        self.kind_box.setItemText(1, self.tr("Dialoganteckningar"))
        self.search_button.setText(self.tr("Sök &igen"))
        self.compare_button.setText(self.tr("&Jämför och slå ihop…"))
        self.merged_label.setText(self.tr("Sammanslagna nu"))
        self.unmerge_button.setText(self.tr("Å&ngra sammanslagning"))
        self.view.setAccessibleName(self.tr("Möjliga dubbletter"))
        self.merged_list.setAccessibleName(self.tr("Sammanslagna nu"))
        self.model.retranslate()
        self._show_status()

    def kind(self) -> RecordType:
        data = self.kind_box.currentData()
        return data if isinstance(data, RecordType) else RecordType(data)

    # -- search ---------------------------------------------------------------------------

    def search(self) -> None:
        if self.ctx.duplicates is None:
            return
        self.searching = True
        self._show_status()
        self._update_buttons()
        kind = self.kind()
        self.ctx.runner.submit(
            self.ctx.duplicates.candidates,
            kind,
            on_done=lambda rows: self._on_found(kind, rows),
            on_error=self._on_search_failed,
        )

    def _on_found(self, kind: RecordType, rows: list[Any]) -> None:
        if kind is not self.kind():
            return  # the selector changed meanwhile; its own search is on the way
        self.searching = False
        self.model.set_rows(rows)
        self.view.resizeColumnToContents(0)
        if len(rows) <= 500:  # measuring every row of a very long list would stall the window
            self.view.resizeRowsToContents()
        if rows:
            self.view.selectRow(0)
        self._show_status()
        self._update_buttons()
        self.candidates_loaded.emit(len(rows))

    def _on_search_failed(self, exc: BaseException) -> None:
        self.searching = False
        self._show_status()
        self._update_buttons()
        show_error(self, exc)

    def _show_status(self) -> None:
        self.progress.setVisible(self.searching)
        if self.searching:
            self.status_label.setText(self.tr("Letar efter dubbletter…"))
        elif self.model.rowCount() == 0:
            self.status_label.setText(self.tr("Inga troliga dubbletter hittades."))
        elif self.model.rowCount() == 1:
            self.status_label.setText(self.tr("1 möjlig dubblett"))
        else:
            n = self.model.rowCount()
            self.status_label.setText(self.tr("{n} möjliga dubbletter").format(n=n))

    def _update_buttons(self) -> None:
        self.search_button.setEnabled(not self.searching)
        selected = self.model.row_at(self.view.currentIndex().row()) is not None
        self.compare_button.setEnabled(selected and not self.searching)
        self.unmerge_button.setEnabled(self.merged_list.currentRow() >= 0)
        has_merges = self.merged_list.count() > 0
        for widget in (self.merged_label, self.merged_list, self.unmerge_button):
            widget.setVisible(has_merges)

    # -- merge ----------------------------------------------------------------------------

    def compare(self, row: int) -> None:
        candidate = self.model.row_at(row)
        if candidate is None:
            return
        self.message.setText(self.tr("Hämtar posterna…"))
        self.ctx.runner.submit(
            load_pair,
            self.ctx.register,
            candidate.kind,
            candidate.first,
            candidate.second,
            on_done=lambda pair: self._open_merge(candidate, pair),
        )

    def _open_merge(self, candidate: Any, pair: tuple[MergeSide, MergeSide]) -> None:
        self.message.clear()
        first, second = pair
        dialog = MergeDialog(self.ctx, candidate.kind, first, second, self)
        dialog.merged.connect(lambda result, k=candidate.kind: self._on_merged(k, result))
        dialog.records_changed.connect(self.records_changed)
        self.merge_dialog = dialog
        dialog.open()
        self.merge_dialog_opened.emit(dialog)

    def _on_merged(self, kind: RecordType, result: Any) -> None:
        dialog = self.merge_dialog
        label = ""
        if dialog is not None:
            from helavb_desktop.ui.merge_dialog import record_title

            label = record_title(dialog.other.record)
        self.merges.append((kind, result.other, label))
        item = QListWidgetItem(
            self.tr("”{other}” slogs ihop med den behållna posten").format(other=label)
        )
        self.merged_list.addItem(item)
        self.merged_list.setCurrentRow(self.merged_list.count() - 1)
        self._update_buttons()
        relinked = getattr(result, "relinked_notes", 0) + getattr(result, "relinked_followups", 0)
        self.message.setText(
            self.tr("Sammanslaget. {n} kopplade poster flyttades.").format(n=relinked)
        )
        self.search()

    def unmerge_selected(self) -> None:
        row = self.merged_list.currentRow()
        if not 0 <= row < len(self.merges):
            return
        kind, other_id, label = self.merges[row]
        self.unmerge_button.setEnabled(False)
        self.message.setText(self.tr("Ångrar sammanslagningen på hubben…"))

        def done(_result: Any) -> None:
            self.merges.pop(row)
            self.merged_list.takeItem(row)
            self._update_buttons()
            self.message.setText(
                self.tr("Sammanslagningen är ångrad: ”{other}” finns igen.").format(other=label)
            )
            self.unmerged.emit(other_id)
            self.records_changed.emit()
            if self.ctx.sync is not None:
                self.ctx.sync.notify_local_change()
            self.search()

        self.ctx.runner.submit(
            self.ctx.coordination.unmerge, kind, other_id, on_done=done, on_error=self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        text = coordination_message(exc)
        if text is None:
            self.message.clear()
            show_error(self, exc)
        else:
            self.message.setText(text)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
