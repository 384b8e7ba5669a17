"""Sync in the desktop app: a status-bar widget and the controller that runs sync in the
background (issue 4).

The controller runs the Qt-free ``SyncSession`` on a worker thread of its own (network waits
must not hold up the register's task runner, and the register's short write transactions
interleave with sync's under SQLite's lock). It probes the hub's ``/health``, syncs when the hub
answers, repeats every minute, and after a failure retries with growing pauses (5 s, 10 s,
20 s ... 5 min). QNetworkInformation, where the platform has it, is only a hint to try sooner.

Wiring (``app.py`` / main window)::

    controller = SyncController(SyncSession(LocalSync(db.sessions), TokenStore(data_dir)))
    window.statusBar().addPermanentWidget(SyncStatusWidget(controller))
    controller.start()
    # after each saved edit: controller.notify_local_change(); on close: controller.shutdown()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.sync.client import AuthRequired, Forbidden, HubUnreachable, SyncError
from helavb_desktop.sync.engine import SampleDataRefused, SyncResult
from helavb_desktop.sync.session import LocalStatus

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
BACKOFF_MS = (5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000)
AFTER_EDIT_MS = 3_000  # a burst of edits goes out together, shortly after the last one


class SyncBackend(Protocol):
    """What the controller needs (``sync.session.SyncSession``); every call blocks."""

    def status(self) -> LocalStatus: ...

    def probe(self) -> bool: ...

    def run(self, cancel: Any = None, progress: Any = None) -> SyncResult: ...

    def login(self, hub_url: str, user: str, password: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class SyncView:
    """What the status area shows."""

    configured: bool = False
    online: bool | None = None  # None: not known yet
    running: bool = False
    pending: int = 0
    last_sync_at: str | None = None
    error: str = ""
    retry_in_ms: int = 0


class SyncController(QObject):
    """Background sync for the app: probe, sync, retry with backoff; reports ``SyncView``s."""

    state_changed = Signal(object)  # SyncView
    sync_finished = Signal(object)  # SyncResult
    sync_failed = Signal(str)
    _delivered = Signal(object, object)  # (callbacks, future), emitted on the worker thread

    def __init__(
        self,
        backend: SyncBackend,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        backoff_ms: tuple[int, ...] = BACKOFF_MS,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._interval = interval_ms
        self._backoff = backoff_ms
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="helavb-sync")
        self._cancel = threading.Event()
        self._failures = 0
        self._closed = False
        self.view = SyncView()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._delivered.connect(self._deliver)
        self._network_hint()

    # -- public ----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the local state at once, then probe and sync."""
        self.refresh()
        self._schedule(0)

    @Slot()
    def sync_now(self) -> None:
        """Probe the hub and sync if it answers (the button, the timer, the network hint)."""
        if self._closed or self.view.running:
            return
        self._timer.stop()
        self._set(running=True, error="", retry_in_ms=0)
        self._submit(self._probe_and_sync, self._on_synced, self._on_failed)

    def refresh(self) -> None:
        """Re-read the pending count and last sync time (cheap; after edits)."""
        if not self._closed:
            self._submit(self._backend.status, self._on_status, self._on_failed)

    def notify_local_change(self) -> None:
        """A change was saved: show the new count and send it soon."""
        self.refresh()
        if not self.view.running and (
            not self._timer.isActive() or self._timer.remainingTime() > AFTER_EDIT_MS
        ):
            self._schedule(AFTER_EDIT_MS)

    def login(
        self,
        hub_url: str,
        user: str,
        password: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Log in on the worker; on success the stored token is used and a sync starts."""

        def done(creds: Any) -> None:
            self._failures = 0
            on_done(creds)
            self.start()

        self._submit(lambda: self._backend.login(hub_url, user, password), done, on_error)

    @property
    def next_attempt_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def shutdown(self) -> None:
        """Stop at the next safe point (sync resumes where it stopped next time)."""
        self._closed = True
        self._cancel.set()
        self._timer.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    # -- worker side -----------------------------------------------------------------------

    def _probe_and_sync(self) -> tuple[SyncResult | None, LocalStatus]:
        if not self._backend.probe():
            return None, self._backend.status()
        result = self._backend.run(cancel=self._cancel)
        return result, self._backend.status()

    def _submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._delivered.emit((on_done, on_error), f))

    # -- GUI side --------------------------------------------------------------------------

    @Slot(object, object)
    def _deliver(self, callbacks: tuple[Any, Any], future: Future[Any]) -> None:
        if future.cancelled() or self._closed:
            return
        on_done, on_error = callbacks
        exc = future.exception()
        if exc is None:
            on_done(future.result())
        else:
            on_error(exc)

    def _on_status(self, status: LocalStatus) -> None:
        self._set(
            configured=status.configured, pending=status.pending, last_sync_at=status.last_sync_at
        )

    def _on_synced(self, outcome: tuple[SyncResult | None, LocalStatus]) -> None:
        result, status = outcome
        self._on_status(status)
        if result is None:
            self._fail(offline=True, message="")
            return
        self._failures = 0
        self._set(running=False, online=True, error="", retry_in_ms=0)
        self._schedule(self._interval)
        self.sync_finished.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SyncError):
            log.info("sync failed: %s", exc)
            self._fail(offline=isinstance(exc, HubUnreachable), message=describe_error(exc))
        else:  # a bug: log it with its traceback, show it plainly, keep retrying
            log.error("sync failed", exc_info=exc)
            self._fail(offline=False, message=f"{type(exc).__name__}: {exc}")

    def _fail(self, *, offline: bool, message: str) -> None:
        delay = self._backoff[min(self._failures, len(self._backoff) - 1)]
        self._failures += 1
        self._set(
            running=False,
            online=False if offline else self.view.online,
            error=message,
            retry_in_ms=delay,
        )
        if message:
            self.sync_failed.emit(message)
        self._schedule(delay)

    def _schedule(self, ms: int) -> None:
        if not self._closed:
            self._timer.start(ms)

    def _set(self, **changes: Any) -> None:
        view = replace(self.view, **changes)
        if view != self.view:
            self.view = view
            self.state_changed.emit(view)

    def _network_hint(self) -> None:
        """Try again soon when the OS says the network came back (a hint, never trusted)."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError):
            return
        if info is None:
            return

        def changed(reachability: Any) -> None:
            if reachability == QNetworkInformation.Reachability.Online and not self.view.running:
                self._schedule(1_000)

        info.reachabilityChanged.connect(changed)


def describe_error(exc: BaseException | str) -> str:
    """A sync failure in words a field officer can act on (Swedish by default)."""
    tr = QCoreApplication.translate
    if isinstance(exc, HubUnreachable):
        return tr("SyncStatus", "Hubben svarar inte. Allt sparas lokalt och skickas senare.")
    if isinstance(exc, AuthRequired):
        return tr("SyncStatus", "Hubben godtog inte inloggningen. Logga in på nytt.")
    if isinstance(exc, Forbidden):
        return tr("SyncStatus", "Hubben nekade åtgärden för din roll.")
    if isinstance(exc, SampleDataRefused):
        return tr(
            "SyncStatus",
            "Registret innehåller exempeldata och skickas inte till den riktiga hubben.",
        )
    return str(exc)


def last_sync_text(stamp: str | None) -> str:
    """ISO 8601 UTC as local ÅÅÅÅ-MM-DD HH:MM (the way a person reads it)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class SyncStatusWidget(QWidget):
    """Online/offline, changes waiting, last successful sync, and a "Synka nu" button."""

    def __init__(
        self, controller: SyncController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_label = QLabel(self)
        self.sync_button = QToolButton(self)
        self.sync_button.setText(self.tr("Synka nu"))
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(12)
        for w in (self.state_label, self.pending_label, self.last_label, self.sync_button):
            layout.addWidget(w)
        self.controller = controller
        if controller is not None:
            controller.state_changed.connect(self.show_state)
            self.sync_button.clicked.connect(controller.sync_now)
            self.show_state(controller.view)
        else:
            self.show_state(SyncView())

    @Slot(object)
    def show_state(self, view: SyncView) -> None:
        if not view.configured:
            state, colour = self.tr("Ej ansluten till hubben"), "#6b6b6b"
            tip = self.tr("Logga in på hubben under Inställningar för att synka.")
        elif view.running:
            state, colour, tip = self.tr("Synkar…"), "#1f5fa8", ""
        elif view.online is None:
            state, colour, tip = self.tr("Kontrollerar anslutning…"), "#6b6b6b", ""
        elif view.error:
            seconds = max(1, round(view.retry_in_ms / 1000))
            prefix = self.tr("Offline") if view.online is False else self.tr("Synkfel")
            state = self.tr("{0} – nytt försök om {1} s").format(prefix, seconds)
            colour, tip = "#b3261e", view.error
        elif view.online:
            state, colour, tip = self.tr("Online"), "#1e7b34", ""
        else:
            seconds = max(1, round(view.retry_in_ms / 1000))
            state = self.tr("Offline – nytt försök om {0} s").format(seconds)
            colour, tip = "#6b6b6b", self.tr("Hubben svarar inte. Allt sparas lokalt.")
        self.state_label.setText(f'<span style="color:{colour}">●</span> {state}')
        self.state_label.setToolTip(tip)
        if view.pending == 0:
            self.pending_label.setText(self.tr("Inga ändringar väntar"))
        elif view.pending == 1:
            self.pending_label.setText(self.tr("1 ändring väntar på att skickas"))
        else:
            self.pending_label.setText(
                self.tr("{0} ändringar väntar på att skickas").format(view.pending)
            )
        last = last_sync_text(view.last_sync_at)
        self.last_label.setText(
            self.tr("Senast synkad {0}").format(last) if last else self.tr("Aldrig synkad")
        )
        self.sync_button.setEnabled(view.configured and not view.running)


class SyncLoginDialog(QDialog):
    """Hub address, user name and password; logs in without blocking the window.

    After ``accepted`` the token is stored (keyring or private file) and ``credentials`` holds
    the hub address and user, for the settings object.
    """

    def __init__(
        self,
        controller: SyncController,
        hub_url: str = "",
        user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logga in på hubben"))
        self.controller = controller
        self.credentials: Any = None
        self.url_edit = QLineEdit(hub_url, self)
        self.url_edit.setPlaceholderText("https://hub.example.se")
        self.user_edit = QLineEdit(user, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        form.addRow(self.tr("Hubbens adress"), self.url_edit)
        form.addRow(self.tr("Användarnamn"), self.user_edit)
        form.addRow(self.tr("Lösenord"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Logga in"))
        self.buttons.accepted.connect(self._log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def _log_in(self) -> None:
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        if not url or not user or not self.password_edit.text():
            self.message.setText(self.tr("Fyll i adress, användarnamn och lösenord."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Loggar in…"))
        self.controller.login(
            url, user, self.password_edit.text(), self._on_logged_in, self._on_failed
        )

    def _on_logged_in(self, creds: Any) -> None:
        self.credentials = creds
        self.password_edit.clear()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, SyncError):
            self.message.setText(describe_error(exc))
        else:
            log.error("login failed", exc_info=exc)
            self.message.setText(f"{type(exc).__name__}: {exc}")
