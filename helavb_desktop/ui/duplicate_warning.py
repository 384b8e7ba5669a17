"""Warning a field officer before a new initiative duplicates an existing one.

While the title is typed, a quiet hint under it names similar initiatives (after a pause);
when Save is pressed for a new initiative the search runs on the worker, and if anything
matches a dialog lists the matches: "Spara ändå", "Öppna befintlig" or "Avbryt".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.ui import labels
from helavb_desktop.ui.coordination_common import RowColumn, RowsTableModel, one_line
from helavb_desktop.ui.models import Lookup

log = logging.getLogger(__name__)

HINT_DELAY_MS = 700
SAVE, OPEN, CANCEL = "save", "open", "cancel"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DuplicateWarningDialog", text)


def match_columns(lookup: Lookup) -> list[RowColumn]:
    def places(hit: Any) -> str:
        codes = hit[0].municipalities
        return ", ".join(lookup.municipality(c) for c in codes) if codes else _tr("Hela länet")

    return [
        RowColumn(lambda: _tr("Likhet"), lambda h: f"{round(h[1] * 100)} %", align_right=True),
        RowColumn(lambda: _tr("Titel"), lambda h: h[0].title),
        RowColumn(lambda: _tr("Kommuner"), places),
        RowColumn(lambda: _tr("Insatsområde"), lambda h: labels.focus_short(h[0].focus_area)),
        RowColumn(lambda: _tr("Start"), lambda h: labels.fmt_date(h[0].start_date)),
    ]
    # Only these fields: the search reads a light copy of each initiative (no status etc.).


class DuplicateWarningDialog(QDialog):
    """The matches for a new initiative's title; ``chosen`` says what the person picked."""

    chosen = Signal(str, str)  # SAVE/OPEN/CANCEL, id of the existing initiative for OPEN

    def __init__(
        self, title: str, matches: list[Any], lookup: Lookup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setWindowTitle(self.tr("Finns insatsen redan?"))
        self.resize(820, 320)
        self.answer = CANCEL
        text = QLabel(
            self.tr(
                "Det finns redan insatser med liknande titel som ”{title}”. Kontrollera att du "
                "inte registrerar samma insats två gånger."
            ).format(title=one_line(title, 60)),
            self,
        )
        text.setWordWrap(True)
        self.model = RowsTableModel(match_columns(lookup), self)
        self.model.set_rows(matches)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Liknande insatser"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectRow(0)
        self.view.doubleClicked.connect(lambda _i: self._pick(OPEN))
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Spara ändå"), self)
        self.open_button = QPushButton(self.tr("Ö&ppna befintlig"), self)
        self.open_button.setToolTip(
            self.tr("Visar den markerade insatsen. Det du skrivit finns kvar som utkast.")
        )
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)  # the safe choice for a likely duplicate
        self.save_button.clicked.connect(lambda: self._pick(SAVE))
        self.open_button.clicked.connect(lambda: self._pick(OPEN))
        self.cancel_button.clicked.connect(lambda: self._pick(CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def selected_id(self) -> str:
        hit = self.model.row_at(self.view.currentIndex().row()) or self.model.row_at(0)
        return str(hit[0].id) if hit is not None else ""

    def _pick(self, answer: str) -> None:
        self.answer = answer
        record_id = self.selected_id() if answer == OPEN else ""
        self.done(QDialog.DialogCode.Rejected if answer == CANCEL else QDialog.DialogCode.Accepted)
        self.chosen.emit(answer, record_id)

    def reject(self) -> None:  # Esc and the window's close button
        if self.isVisible():
            self.answer = CANCEL
            super().reject()
            self.chosen.emit(CANCEL, "")
        else:
            super().reject()


class DuplicateGuard(QObject):
    """The hint under the title and the check before a new initiative is saved."""

    hint_updated = Signal(int)  # matches named in the hint
    checked = Signal(int)  # matches found when Save was pressed

    def __init__(self, form: Any, title_edit: QLineEdit) -> None:
        super().__init__(form)
        self.form = form
        self.ctx = form.ctx
        self.title_edit = title_edit
        self.busy = False
        self.dialog: DuplicateWarningDialog | None = None
        self.hint = QLabel(form)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HINT_DELAY_MS)
        self._timer.timeout.connect(self._look_up_hint)
        title_edit.textEdited.connect(lambda _t: self._typed())
        form.opened.connect(self.clear_hint)

    @property
    def service(self) -> Any:
        return self.ctx.duplicates

    def clear_hint(self) -> None:
        self._timer.stop()
        self.hint.clear()
        self.hint.hide()

    # -- hint while typing ------------------------------------------------------------------

    def _typed(self) -> None:
        if self.service is None or not self.form.is_new():
            return
        self._timer.start()

    def _look_up_hint(self) -> None:
        title = self.title_edit.text().strip()
        if len(title) < 4 or not self.form.is_new():
            self.clear_hint()
            return
        self.ctx.runner.submit(
            self.service.similar_initiatives,
            title,
            exclude_id=self.form.current_id,
            limit=3,
            on_done=lambda hits, t=title: self._show_hint(t, hits),
            on_error=lambda exc: log.info("duplicate hint failed: %s", exc),
        )

    def _show_hint(self, title: str, hits: list[Any]) -> None:
        if title != self.title_edit.text().strip() or not self.form.is_new():
            return  # typing went on; a newer look-up follows
        if not hits:
            self.clear_hint()
        else:
            names = ", ".join(f"”{one_line(r.title, 50)}”" for r, _s in hits)
            self.hint.setText(self.tr("Liknande insatser finns redan: {names}").format(names=names))
            self.hint.show()
        self.hint_updated.emit(len(hits))

    # -- before saving ----------------------------------------------------------------------

    def should_check(self) -> bool:
        return (
            self.service is not None
            and self.form.is_new()
            and not self.form.saving
            and bool(self.title_edit.text().strip())
        )

    def check_then(self, proceed: Callable[[], None]) -> None:
        """Search on the worker; ``proceed()`` saves when nothing matches or the person says so."""
        if self.busy:
            return
        self.busy = True
        self.ctx.runner.submit(
            self.service.similar_initiatives,
            self.title_edit.text().strip(),
            exclude_id=self.form.current_id,
            on_done=lambda hits: self._decide(hits, proceed),
            on_error=lambda exc: self._search_failed(exc, proceed),
        )

    def _search_failed(self, exc: BaseException, proceed: Callable[[], None]) -> None:
        # The warning is a help, not a gate: a failed search must not keep the record unsaved.
        log.warning("duplicate check before saving failed: %s", exc)
        self.busy = False
        proceed()

    def _decide(self, hits: list[Any], proceed: Callable[[], None]) -> None:
        self.checked.emit(len(hits))
        if not hits:
            self.busy = False
            proceed()
            return
        dialog = DuplicateWarningDialog(
            self.title_edit.text().strip(), hits, self.ctx.lookup, self.form.window()
        )
        self.dialog = dialog

        def chosen(answer: str, record_id: str) -> None:
            self.busy = False
            self.dialog = None
            dialog.deleteLater()
            if answer == SAVE:
                proceed()
            elif answer == OPEN and record_id:
                self.form.open_existing(record_id)
            else:
                self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.chosen.connect(chosen)
        dialog.open()
