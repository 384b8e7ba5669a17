"""What every record form shares: dirty tracking, drafts while typing, save and cancel.

A form never loses typing: each edit restarts a 500 ms timer that writes the whole form as a
draft file; saving or cancelling removes the draft; a crash leaves it for the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from helavb_desktop.domain.errors import NotFoundError, ValidationError
from helavb_desktop.domain.models import Record, RecordType
from helavb_desktop.domain.validation import new_id
from helavb_desktop.services.drafts import Draft, new_draft_id
from helavb_desktop.services.register import RegisterService
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.errors import show_error
from helavb_desktop.ui.widgets import MunicipalityChecklist, ask_unsaved

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 500


def _t(context: str, text: str) -> str:
    # A fixed context: subclasses share these texts (self.tr would use the subclass name).
    return QCoreApplication.translate(context, text)


def save_record(
    register: RegisterService, kind: RecordType, record_id: str | None, values: Mapping[str, Any]
) -> Record:
    """Worker job: create or update one record from form values.

    A new record carries the id its form chose when it opened, so saving a restored draft
    whose record did reach the register before a crash updates it instead of copying it.
    """
    target = record_id or values.get("id")
    changes = {k: v for k, v in values.items() if k != "id"}
    if target and record_id is None:
        try:
            register.get(kind, str(target))
        except NotFoundError:
            return register.create(kind, values)
    if target:
        return register.update(kind, str(target), changes)
    return register.create(kind, values)


class RecordForm(QWidget):
    """Base of the three forms. Subclasses set ``kind`` and implement collect/fill/field_widget."""

    kind: RecordType
    saved = Signal(object)  # the stored record
    opened = Signal()  # a record, a new one or a draft is now shown
    closed = Signal()
    dirty_changed = Signal(bool)
    draft_written = Signal(str)
    save_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.new_id = new_id()  # the id a new record will have (stable across a crash)
        self.draft_id = new_draft_id()
        self._dirty = False
        self._loading = False
        self._open = False
        self.saving = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._write_draft)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel)

    # -- for subclasses -------------------------------------------------------------------

    def make_save_cancel_row(self) -> QHBoxLayout:
        """The forms' Avbryt / Spara row (right-aligned, Save the default button): one place,
        so every form behaves the same for Enter and Esc."""
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def collect(self) -> dict[str, Any]:
        """The form's values in JSON spelling (dates as ÅÅÅÅ-MM-DD text), ``id`` included."""
        raise NotImplementedError

    @property
    def current_id(self) -> str:
        """The record's id, or the id a new record will get."""
        return self.record_id or self.new_id

    def fill(self, values: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def field_widget(self, name: str) -> QWidget | None:
        return None

    def first_widget(self) -> QWidget | None:
        return None

    def draft_title(self) -> str:
        return ""

    def draft_values(self) -> dict[str, Any]:
        return self.collect()

    def fill_draft(self, values: Mapping[str, Any]) -> None:
        self.fill(values)

    def save_job(self, values: dict[str, Any]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return save_record, (self.ctx.register, self.kind, self.record_id, values)

    def after_fill(self) -> None:
        """Hook: load things that hang off the record (linked lists)."""

    def retranslate(self) -> None:
        """Hook: set every visible text again (language switch)."""

    # -- state ----------------------------------------------------------------------------

    def watch(self, *widgets: QWidget) -> None:
        """Every edit of these widgets marks the form dirty and schedules a draft."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self._on_edited)
                w.textChanged.connect(self._on_edited)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._on_edited)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self._on_edited)
            elif isinstance(w, QAbstractSpinBox):
                w.valueChanged.connect(self._on_edited)  # type: ignore[attr-defined]
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._on_edited)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self._on_edited)
            elif isinstance(w, MunicipalityChecklist):
                w.changed.connect(self._on_edited)
            elif isinstance(w, QListWidget):
                w.model().rowsInserted.connect(self._on_edited)
                w.model().rowsRemoved.connect(self._on_edited)

    def _on_edited(self, *_args: Any) -> None:
        if self._loading or not self._open:
            return
        self._set_dirty(True)
        self._draft_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def is_open(self) -> bool:
        return self._open

    def is_new(self) -> bool:
        return self._open and self.record_id is None

    def _fill_quietly(self, values: Mapping[str, Any], *, draft: bool = False) -> None:
        self._loading = True
        try:
            self.fill_draft(values) if draft else self.fill(values)
        finally:
            self._loading = False

    def start_new(self, defaults: Mapping[str, Any] | None = None) -> None:
        self._draft_timer.stop()
        self.record_id = None
        self.new_id = new_id()
        self.draft_id = new_draft_id()
        self._open = True
        self.setEnabled(True)
        self.opened.emit()
        self._fill_quietly({**self.defaults(), **(defaults or {})})
        self._set_dirty(False)
        self.after_fill()
        first = self.first_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def load_record(self, record: Record) -> None:
        from helavb_desktop.domain.validation import record_to_json

        self._draft_timer.stop()
        self.record_id = record.id
        self.draft_id = new_draft_id()
        self._open = True
        self.setEnabled(True)
        self.opened.emit()
        self._fill_quietly(record_to_json(record))
        self._set_dirty(False)
        self.after_fill()

    def restore_draft(self, draft: Draft) -> None:
        """Show a draft found after a crash; it stays dirty (and stored) until saved."""
        self._draft_timer.stop()
        self.record_id = draft.record_id
        self.new_id = str(draft.values.get("id") or new_id())
        self.draft_id = draft.draft_id
        self._open = True
        self.setEnabled(True)
        self.opened.emit()
        self._fill_quietly({**self.defaults(), **draft.values}, draft=True)
        self._set_dirty(True)
        self.after_fill()

    def flush_draft(self) -> None:
        """Write a pending draft now (before closing the window, switching records, ...)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._write_draft()

    def _write_draft(self) -> None:
        if not self._open or not self._dirty:
            return
        try:
            # Small file, written on the GUI thread on purpose: it must not wait behind a long
            # database job, and a crash right after typing must find it on disk.
            self.ctx.drafts.save(
                self.draft_id,
                self.kind.value,
                self.record_id,
                self.draft_values(),
                title=self.draft_title(),
            )
        except OSError as exc:
            log.warning("draft not written: %s", exc)
            return
        self.draft_written.emit(self.draft_id)

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        try:
            self.ctx.drafts.remove(self.draft_id)
        except OSError as exc:
            log.warning("draft not removed: %s", exc)

    # -- actions --------------------------------------------------------------------------

    def save(self, after: Callable[[], None] | None = None) -> None:
        if not self._open or self.saving:
            return
        self.flush_draft()
        values = self.collect()
        fn, args = self.save_job(values)
        self.saving = True

        def done(record: Any) -> None:
            self.saving = False
            self._drop_draft()
            self._loading = True
            self.record_id = getattr(record, "id", self.record_id)
            self._loading = False
            self._set_dirty(False)
            self.draft_id = new_draft_id()
            self.saved.emit(record)
            if after is not None:
                after()

        def failed(exc: BaseException) -> None:
            self.saving = False
            show_error(self.window(), exc)
            if isinstance(exc, ValidationError):
                widget = self.field_widget(exc.field)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.save_failed.emit(exc)

        self.ctx.runner.submit(fn, *args, on_done=done, on_error=failed)

    def close_form(self) -> None:
        """Empty the form without asking (its draft is removed)."""
        self._drop_draft()
        self._open = False
        self.record_id = None
        self._set_dirty(False)
        self.setEnabled(False)
        self.closed.emit()

    def cancel(self) -> None:
        """Esc: close, asking first when something is unsaved."""
        if not self._open:
            return
        self.confirm_leave(self.close_form)

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or knowingly discarded."""
        if not (self._open and self._dirty):
            then()
            return
        answer = ask_unsaved(
            self,
            _t("RecordForm", "Osparade ändringar"),
            _t("RecordForm", "Det finns osparade ändringar. Vill du spara dem?"),
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(after=then)
        elif answer == QMessageBox.StandardButton.Discard:
            self._drop_draft()
            self._set_dirty(False)
            then()
