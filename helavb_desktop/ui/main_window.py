"""The main window: navigation on the left, start / welcome / register in the middle.

It owns the app-wide actions (Ctrl+N, Ctrl+S, Ctrl+Z ...), the undo of deletes, the offer to
restore drafts, and the first-start welcome. All database work goes through ``ctx.runner``.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from helavb_desktop.domain.models import Record, RecordType
from helavb_desktop.services.drafts import Draft
from helavb_desktop.services.overview import Overview
from helavb_desktop.ui import labels
from helavb_desktop.ui.about import HelpMenu
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.coordination_menu import CoordinationMenu
from helavb_desktop.ui.dialogs import DraftsDialog, SettingsDialog
from helavb_desktop.ui.errors import show_error
from helavb_desktop.ui.nav import NavigationPanel
from helavb_desktop.ui.register_view import RegisterView
from helavb_desktop.ui.start_view import StartView, WelcomeView
from helavb_desktop.ui.tasks import ProgressProbe
from helavb_desktop.ui.widgets import ask_unsaved

log = logging.getLogger(__name__)

WELCOME_DONE = "welcome_done"
LOAD_ATTEMPTS = 5
LOAD_RETRY_MS = 3000

# Headings by object name; colours keep WCAG AA contrast on the default light palette.
STYLE = """
QLabel#viewHeading, QLabel#welcomeHeading { font-size: 20px; font-weight: 600; color: #1f3a5f; }
QLabel#welcomeHeading { font-size: 26px; }
QLabel#formHeading { font-size: 16px; font-weight: 600; color: #1f3a5f; padding: 2px 0 6px 0; }
QLabel#sectionHeading { font-size: 14px; font-weight: 600; padding-top: 8px; }
QLabel#hint { color: #4a4a4a; }
QLabel#countLabel { color: #333333; padding-left: 6px; }
"""


def initial_load(ctx: AppContext) -> tuple[list[Any], Overview]:
    """Worker job at start: reference data and the start view, in one round trip.

    The counts over the whole register (navigation) follow in a second job, so the window is
    usable before they are done on a large register."""
    return ctx.register.municipalities(), ctx.overview.start_view()


class MainWindow(QMainWindow):
    ready = Signal()  # first data shown: the window is usable
    load_failed = Signal(object)  # the first read of the register failed (retried)
    overview_updated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_ready = False
        self.undo_stack: list[Record] = []
        self.drafts_dialog: DraftsDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.overview: Overview | None = None
        ctx.runner.error_handler = self._show_error
        ctx.runner.setParent(self)

        self.nav = NavigationPanel(ctx, self)
        self.nav.scope_selected.connect(self._on_scope)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomeView(self)
        self.welcome.load_demo.connect(self.load_demo)
        self.welcome.start_empty.connect(self.start_empty)
        self.start = StartView(ctx, self)
        self.start.open_followup.connect(lambda i: self.open_record(RecordType.FOLLOWUP, i))
        self.start.mark_done.connect(self._mark_done)
        self.start.new_note.connect(self.new_note)
        self.start.new_initiative.connect(self.new_initiative)
        self.register = RegisterView(ctx, self)
        for panel in self.register.panels.values():
            panel.record_saved.connect(self._on_saved)
            panel.record_deleted.connect(self._on_deleted)
        for w in (self.welcome, self.start, self.register):
            self.stack.addWidget(w)
        self.stack.setCurrentWidget(self.start)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.busy_label = QLabel(self)
        self.undo_label = QLabel(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.statusBar().addWidget(self.undo_label, 1)
        self.statusBar().addWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.busy_label)
        ctx.runner.busy_changed.connect(self._on_busy)
        self._add_sync_status()

        self.setStyleSheet(STYLE)
        self._make_actions()
        self.retranslate()
        if ctx.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(ctx.settings.window_geometry.encode()))
        else:
            self.resize(1360, 820)
        self._load_attempts = 0
        self._start_loading()

    def _start_loading(self) -> None:
        self._load_attempts += 1
        self.ctx.runner.submit(
            initial_load, self.ctx, on_done=self._on_initial_load, on_error=self._on_load_failed
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        """Locked by another program, damaged, ...: say so, and try again while it may pass."""
        self.load_failed.emit(exc)
        if self._load_attempts == 1:
            show_error(self, exc)
        if self._load_attempts < LOAD_ATTEMPTS and not self.ctx.runner.is_closed:
            self.statusBar().showMessage(self.tr("Registret kunde inte läsas; försöker igen…"))
            QTimer.singleShot(LOAD_RETRY_MS, self._start_loading)

    def _show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- sync (issue 4) -------------------------------------------------------------------

    def _add_sync_status(self) -> None:
        if self.ctx.sync is None:
            return
        try:
            from helavb_desktop.ui.sync_status import SyncStatusWidget
        except ImportError:
            log.info("sync status widget not available", exc_info=True)
            return
        self.sync_status = SyncStatusWidget(self.ctx.sync, self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.ctx.sync.sync_finished.connect(self._on_synced)

    def _on_synced(self, result: Any) -> None:
        """Changes from others arrived: show them (a sync with nothing new leaves lists be)."""
        received = sum(
            getattr(result, name, 0) for name in ("pulled", "merged", "conflicts_received")
        )
        if received:
            self.refresh_overview()
            self.register.reload_all()

    def _local_change(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.notify_local_change()

    # -- actions --------------------------------------------------------------------------

    def _action(self, name: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_new_note = a("newNote", "Ctrl+N", self.new_note)
        self.act_new_initiative = a("newInitiative", "Ctrl+Shift+N", self.new_initiative)
        self.act_save = a("save", QKeySequence.StandardKey.Save, self.save_current)
        self.act_delete = a("delete", QKeySequence.StandardKey.Delete, self.delete_current)
        self.act_undo = a("undo", "Ctrl+Z", self.undo_delete)
        self.act_undo.setEnabled(False)
        self.act_find = a("find", QKeySequence.StandardKey.Find, self.focus_search)
        self.act_print = a("print", QKeySequence.StandardKey.Print, self.open_briefing)
        self.act_drafts = a("drafts", None, self.show_drafts)
        self.act_settings = a("settings", "Ctrl+,", self.open_settings)
        self.act_quit = a("quit", QKeySequence.StandardKey.Quit, self.close)
        self.act_start = a("viewStart", "Ctrl+1", self.show_start)
        self.act_initiatives = a(
            "viewInitiatives", "Ctrl+2", lambda: self.show_kind(RecordType.INITIATIVE)
        )
        self.act_notes = a("viewNotes", "Ctrl+3", lambda: self.show_kind(RecordType.NOTE))
        self.act_followups = a(
            "viewFollowups", "Ctrl+4", lambda: self.show_kind(RecordType.FOLLOWUP)
        )
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (
            self.act_new_note,
            self.act_new_initiative,
            None,
            self.act_print,
            self.act_drafts,
            None,
            self.act_settings,
            None,
            self.act_quit,
        ):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_edit = bar.addMenu("")
        for act in (self.act_save, self.act_delete, self.act_undo, None, self.act_find):
            self.menu_edit.addSeparator() if act is None else self.menu_edit.addAction(act)
        self.menu_view = bar.addMenu("")
        for act in (self.act_start, self.act_initiatives, self.act_notes, self.act_followups):
            self.menu_view.addAction(act)
        # Samordning (coordinators only) and Redigera > Historik: their own module.
        self.coordination = CoordinationMenu(self)
        self.help_menu = HelpMenu(self, self.ctx.settings.data_dir)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HelaVB – Hela Västerbotten"))
        self.menu_file.setTitle(self.tr("&Arkiv"))
        self.menu_edit.setTitle(self.tr("&Redigera"))
        self.menu_view.setTitle(self.tr("&Visa"))
        texts = {
            self.act_new_note: self.tr("Ny &dialoganteckning"),
            self.act_new_initiative: self.tr("Ny &insats"),
            self.act_save: self.tr("&Spara"),
            self.act_delete: self.tr("&Ta bort"),
            self.act_undo: self.tr("&Ångra borttagning"),
            self.act_find: self.tr("&Sök"),
            self.act_print: self.tr("Skriv ut &lägesbild…"),
            self.act_drafts: self.tr("Osparade &utkast…"),
            self.act_settings: self.tr("&Inställningar…"),
            self.act_quit: self.tr("&Avsluta"),
            self.act_start: self.tr("&Start – att göra"),
            self.act_initiatives: self.tr("&Insatser"),
            self.act_notes: self.tr("&Dialoganteckningar"),
            self.act_followups: self.tr("&Uppföljningar"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.coordination.retranslate()
        self.help_menu.retranslate()
        self.undo_button.setText(self.tr("Ångra (Ctrl+Z)"))
        self._on_busy(not self.ctx.runner.is_idle())
        self._show_undo_message()

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Arbetar…") if busy else "")

    # -- start-up -------------------------------------------------------------------------

    def _on_initial_load(self, result: tuple[list[Any], Overview]) -> None:
        municipalities, overview = result
        self.ctx.set_municipalities(municipalities)
        self.nav.set_municipalities()
        for panel in self.register.panels.values():
            panel.retranslate()
            panel.form.retranslate()
        self._apply_overview(overview)
        if overview.is_empty and not self.ctx.settings.extra.get(WELCOME_DONE):
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.demo_button.setFocus()
        else:
            self.show_start()
        self.is_ready = True
        self.ready.emit()
        self.ctx.runner.submit(
            self.ctx.overview.with_counts, overview, on_done=self._apply_overview
        )
        self.offer_drafts()

    def refresh_overview(self) -> None:
        self.ctx.runner.submit(self.ctx.overview.overview, on_done=self._apply_overview)

    def _apply_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.nav.set_overview(overview)
        self.start.set_overview(overview)
        self.overview_updated.emit()

    # -- navigation -----------------------------------------------------------------------

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start)
        self.nav.select_start()

    def show_kind(self, kind: RecordType) -> Any:
        self.stack.setCurrentWidget(self.register)
        return self.register.show_kind(kind)

    def _on_scope(self, what: str, key: str) -> None:
        if what == "start":
            self.show_start()
            return
        self.stack.setCurrentWidget(self.register)
        focus = key if what == "focus" else None
        municipality = key if what == "municipality" else None
        self.register.set_scope(focus, municipality)

    def open_record(self, kind: RecordType, record_id: str) -> None:
        self.stack.setCurrentWidget(self.register)
        self.register.open_record(kind, record_id)

    def new_note(self) -> None:
        self.show_kind(RecordType.NOTE).new_record()

    def new_initiative(self) -> None:
        self.show_kind(RecordType.INITIATIVE).new_record()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.register:
            self.show_kind(RecordType.NOTE)
        self.register.current_panel().focus_search()

    def save_current(self) -> None:
        if self.stack.currentWidget() is self.register:
            self.register.current_panel().form.save()

    def _on_saved(self, record: Record) -> None:
        self.statusBar().showMessage(
            self.tr("Sparat: {kind}").format(kind=labels.kind_label(record.TYPE)), 4000
        )
        self.refresh_overview()
        self._local_change()

    # -- delete and undo ------------------------------------------------------------------

    def delete_current(self) -> None:
        if self.stack.currentWidget() is self.register:
            self.register.current_panel().delete_current()

    def _on_deleted(self, record: Record) -> None:
        self.undo_stack.append(record)
        self.act_undo.setEnabled(True)
        self._show_undo_message()
        self.refresh_overview()
        self._local_change()

    def _show_undo_message(self) -> None:
        if not self.undo_stack:
            self.undo_label.setText("")
            self.undo_button.hide()
            return
        record = self.undo_stack[-1]
        self.undo_label.setText(
            self.tr("Borttagen: {kind} ”{title}”.").format(
                kind=labels.kind_label(record.TYPE), title=_title(record)
            )
        )
        self.undo_button.show()

    def undo_delete(self) -> None:
        if not self.undo_stack:
            return
        record = self.undo_stack.pop()
        self.act_undo.setEnabled(bool(self.undo_stack))
        self._show_undo_message()

        def done(restored: Record) -> None:
            self.statusBar().showMessage(self.tr("Återställd."), 4000)
            self.register.panel(restored.TYPE).reload(select_id=restored.id)
            self.refresh_overview()
            self._local_change()

        self.ctx.runner.submit(self.ctx.register.restore, record.TYPE, record.id, on_done=done)

    def _mark_done(self, record_id: str) -> None:
        self.ctx.runner.submit(
            self.ctx.register.update,
            RecordType.FOLLOWUP,
            record_id,
            {"status": "done"},
            on_done=self._after_mark_done,
        )

    def _after_mark_done(self, _record: Any) -> None:
        self.refresh_overview()
        self.register.reload_all()
        self._local_change()

    # -- drafts ---------------------------------------------------------------------------

    def offer_drafts(self) -> None:
        drafts = self.ctx.drafts.list()
        if not drafts:
            return
        self.show_drafts(drafts)

    def show_drafts(self, drafts: list[Draft] | None = None) -> None:
        drafts = self.ctx.drafts.list() if drafts is None else drafts
        if not drafts:
            QMessageBox.information(
                self, self.tr("Osparade utkast"), self.tr("Inga osparade utkast.")
            )
            return
        dialog = DraftsDialog(drafts, self)
        dialog.restore_requested.connect(self.restore_draft)
        dialog.discard_requested.connect(lambda d: self.ctx.drafts.remove(d.draft_id))
        self.drafts_dialog = dialog
        dialog.open()

    def restore_draft(self, draft: Draft) -> None:
        kind = RecordType(draft.kind)
        panel = self.show_kind(kind)
        panel.form.confirm_leave(lambda: panel.form.restore_draft(draft))

    # -- first start, sample data ----------------------------------------------------------

    def start_empty(self) -> None:
        self.ctx.settings.extra[WELCOME_DONE] = True
        self.ctx.save_settings()
        self.show_start()

    def load_demo(self) -> None:
        loader = self.ctx.demo_loader
        if loader is None:
            QMessageBox.information(
                self, self.tr("Exempeldata"), self.tr("Exempeldata finns inte i den här versionen.")
            )
            return
        dialog = QProgressDialog(self.tr("Läser in exempeldata…"), "", 0, 0, self)
        dialog.setCancelButton(None)  # the load is one transaction per batch; let it finish
        dialog.setWindowTitle(self.tr("Exempeldata"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.progress_dialog = dialog
        probe = ProgressProbe()
        timer = QTimer(dialog)
        timer.setInterval(100)

        def show_progress() -> None:
            done, total = probe.value
            if total:
                dialog.setMaximum(total)
                dialog.setValue(done)

        timer.timeout.connect(show_progress)
        timer.start()

        def finished(_result: Any) -> None:
            timer.stop()
            dialog.reset()
            dialog.close()
            self.ctx.settings.extra[WELCOME_DONE] = True
            self.ctx.save_settings()
            self.refresh_overview()
            self.register.reload_all()
            self.show_start()
            self._local_change()

        def failed(exc: BaseException) -> None:
            timer.stop()
            dialog.close()
            show_error(self, exc)

        dialog.show()
        self.ctx.runner.submit(loader, probe, on_done=finished, on_error=failed)

    # -- other windows --------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        dialog.open()

    def open_briefing(self) -> None:
        """Ctrl+P: the briefing dialog (imported lazily: PDF preview pulls in QtPdf)."""
        module = None
        try:
            module = importlib.import_module("helavb_desktop.ui.briefing_dialog")
        except ImportError:
            log.info("briefing dialog not available", exc_info=True)
        if module is None or self.ctx.briefing_build is None:
            QMessageBox.information(
                self,
                self.tr("Skriv ut lägesbild"),
                self.tr("Utskrift av lägesbilder finns inte i den här versionen ännu."),
            )
            return
        dialog = module.BriefingDialog(
            build=self.ctx.briefing_build,
            municipalities=self.ctx.municipalities,
            parent=self,
            submit=self.ctx.runner.submit,
        )
        dialog.open()

    # -- closing --------------------------------------------------------------------------

    def dirty_forms(self) -> list[Any]:
        return [p.form for p in self.register.panels.values() if p.form.is_dirty()]

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self.dirty_forms()
        for form in dirty:
            form.flush_draft()  # whatever happens next, the typing is on disk
        if dirty:
            answer = ask_unsaved(
                self,
                self.tr("Osparade ändringar"),
                self.tr(
                    "Det finns osparade ändringar. Spara dem innan HelaVB stängs? "
                    "(Väljer du Avbryt finns de kvar som utkast.)"
                ),
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                for form in dirty:
                    form.save(after=lambda: None if self.dirty_forms() else self.close())
                return
            for form in dirty:
                form.close_form()
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        try:
            self.ctx.save_settings()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
        if self.ctx.sync is not None:
            self.ctx.sync.shutdown()
        self.ctx.runner.shutdown(wait=True)
        super().closeEvent(event)


def _title(record: Record) -> str:
    text = getattr(record, "title", None) or getattr(record, "place", None)
    text = text or getattr(record, "description", "") or record.id
    return text if len(text) < 60 else text[:59] + "…"
