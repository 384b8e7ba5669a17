"""The "Samordning" menu and the "Historik" action of the main window.

The menu is shown only to a logged-in samordnare or admin (the role stored at login); a field
officer never sees actions the hub would refuse. The role is read again after every login and
sync, so logging in as a coordinator in the settings brings the menu without a restart.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from helavb_desktop.domain.models import RecordType

log = logging.getLogger(__name__)


class CoordinationMenu(QObject):
    """Owns the coordinator actions of ``window`` (a ``MainWindow``) and their dialogs."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window: Any = window  # MainWindow (not imported: it imports this module)
        self.ctx = window.ctx
        self.allowed = False
        self.dialogs: dict[str, Any] = {}
        self.act_conflicts = self._action("coordConflicts", "Ctrl+Shift+K", self.open_conflicts)
        self.act_duplicates = self._action("coordDuplicates", "Ctrl+Shift+D", self.open_duplicates)
        self.act_history = self._action("recordHistory", "Ctrl+H", self.open_history)
        self.menu = QMenu(window)
        self.menu.addAction(self.act_conflicts)
        self.menu.addAction(self.act_duplicates)
        self.menu_action = window.menuBar().addMenu(self.menu)
        self.window.menu_edit.addSeparator()
        self.window.menu_edit.addAction(self.act_history)
        self._apply(False)
        self._configured: bool | None = None
        sync = self.ctx.sync
        if sync is not None:
            sync.state_changed.connect(self._on_sync_state)
            sync.sync_finished.connect(lambda _result: self.check_role())
        self.check_role()

    def _on_sync_state(self, view: Any) -> None:
        # A login (or a logout) flips ``configured``; a re-login as someone else is followed
        # by a sync, which checks again.
        if view.configured != self._configured:
            self._configured = view.configured
            self.check_role()

    def _action(self, name: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Sa&mordning"))
        self.act_conflicts.setText(self.tr("&Konflikter…"))
        self.act_duplicates.setText(self.tr("&Dubbletter…"))
        self.act_history.setText(self.tr("&Historik för posten…"))

    # -- who may ----------------------------------------------------------------------------

    def check_role(self) -> None:
        """Ask the service (token store: keyring or file) on the worker; show or hide."""
        service = self.ctx.coordination
        if service is None or self.ctx.runner.is_closed:
            self._apply(False)
            return
        self.ctx.runner.submit(service.can_coordinate, on_done=self._apply, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.info("role not readable: %s", exc)
        self._apply(False)

    def _apply(self, allowed: bool) -> None:
        self.allowed = bool(allowed)
        # Hidden, and disabled so the shortcuts do nothing either.
        self.menu_action.setVisible(self.allowed)
        for action in (self.act_conflicts, self.act_duplicates):
            action.setEnabled(self.allowed)
            action.setVisible(self.allowed)
        if not self.allowed:
            for name in ("conflicts", "duplicates"):
                dialog = self.dialogs.pop(name, None)
                if dialog is not None:
                    dialog.close()

    # -- dialogs ----------------------------------------------------------------------------

    def _show(self, name: str, make: Any) -> Any:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = make()
            dialog.records_changed.connect(self._records_changed)
            self.dialogs[name] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_conflicts(self) -> Any:
        if not self.allowed:
            return None
        from helavb_desktop.ui.conflicts_view import ConflictsDialog

        created = "conflicts" not in self.dialogs
        dialog = self._show("conflicts", lambda: ConflictsDialog(self.ctx, self.window))
        if not created:
            dialog.refresh()  # a new dialog loads the list itself
        return dialog

    def open_duplicates(self) -> Any:
        if not self.allowed or self.ctx.duplicates is None:
            return None
        from helavb_desktop.ui.duplicates_view import DuplicatesDialog

        created = "duplicates" not in self.dialogs
        dialog = self._show("duplicates", lambda: DuplicatesDialog(self.ctx, self.window))
        if not created:
            dialog.search()
        return dialog

    def _records_changed(self) -> None:
        self.window.refresh_overview()
        self.window.register.reload_all()

    def open_history(
        self, kind: RecordType | None = None, record_id: str | None = None, title: str = ""
    ) -> Any:
        """The history of the record open in the current form (or of the given one)."""
        if record_id is None and self.window.stack.currentWidget() is self.window.register:
            panel = self.window.register.current_panel()
            kind, record_id = panel.kind, panel.form.record_id
            title = panel.form.draft_title()
        if kind is None or record_id is None:
            QMessageBox.information(
                self.window,
                self.tr("Historik"),
                self.tr("Öppna en sparad post först; historiken gäller den post som visas."),
            )
            return None
        from helavb_desktop.ui.history_panel import HistoryDialog

        dialog = HistoryDialog(
            self.ctx, kind, record_id, title, self.window, can_coordinate=self.allowed
        )
        dialog.records_changed.connect(self._records_changed)
        self.dialogs["history"] = dialog
        dialog.open()
        return dialog
