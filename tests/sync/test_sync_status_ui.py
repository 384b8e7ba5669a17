"""The app's sync status area against a real hub process: online, pending, last sync, offline
with backoff, not logged in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSWORDS
from pytestqt.qtbot import QtBot

from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.domain.models import RecordType
from helavb_desktop.hub import auth
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.process import HubProcess, free_port
from helavb_desktop.services.register import RegisterService
from helavb_desktop.services.sync_credentials import Credentials, TokenStore
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.session import SyncSession
from helavb_desktop.ui.sync_status import SyncController, SyncLoginDialog, SyncStatusWidget


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Iterator[HubProcess]:
    url = f"sqlite+pysqlite:///{tmp_path / 'hub.sqlite'}"
    engine, sessions = open_hub(url)
    with sessions.begin() as s:
        auth.add_user(s, "anna", *PASSWORDS["anna"])
    engine.dispose()
    with HubProcess(url, test_hub=True) as hub:
        yield hub


@pytest.fixture
def register_db(tmp_path: Path) -> Iterator[OpenDatabase]:
    db = open_database(tmp_path / "laptop" / "register.sqlite", durable=False)
    yield db
    db.engine.dispose()


def _controller(qtbot: QtBot, session: SyncSession) -> tuple[SyncController, SyncStatusWidget]:
    controller = SyncController(session, backoff_ms=(300, 600, 1200))
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    return controller, widget


def test_online_sync_shows_pending_and_last_sync(
    qtbot: QtBot, sqlite_hub: HubProcess, register_db: OpenDatabase, tmp_path: Path
) -> None:
    session = SyncSession(LocalSync(register_db.sessions), TokenStore(tmp_path / "laptop"))
    session.login(sqlite_hub.url, "anna", PASSWORDS["anna"][1])
    register = RegisterService(register_db.sessions, actor="anna")
    register.create(RecordType.INITIATIVE, {"title": "Sommarcafé", "focus_area": "katalysator"})
    controller, widget = _controller(qtbot, session)
    try:
        controller.refresh()
        qtbot.waitUntil(lambda: controller.view.pending == 1)
        assert "1 ändring väntar" in widget.pending_label.text()
        assert "Aldrig synkad" in widget.last_label.text()
        with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
            controller.start()
        qtbot.waitUntil(lambda: controller.view.pending == 0 and not controller.view.running)
        assert controller.view.online is True
        assert "Online" in widget.state_label.text()
        assert "Senast synkad" in widget.last_label.text()
        assert controller.next_attempt_ms > 10_000  # the next routine sync, a minute away

        # An edit is shown at once and goes out shortly after.
        register.create(RecordType.INITIATIVE, {"title": "Byabuss", "focus_area": "brobyggare"})
        with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
            controller.notify_local_change()
        qtbot.waitUntil(lambda: controller.view.pending == 0)
        widget.grab().save(str(tmp_path / "sync_status_online.png"))
    finally:
        controller.shutdown()


def test_offline_retries_with_backoff(
    qtbot: QtBot, register_db: OpenDatabase, tmp_path: Path
) -> None:
    tokens = TokenStore(tmp_path / "laptop")
    tokens.save(Credentials(f"http://127.0.0.1:{free_port()}", "anna", "token"))
    session = SyncSession(LocalSync(register_db.sessions), tokens)
    controller, widget = _controller(qtbot, session)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.view.online is False, timeout=10_000)
        first = controller.view.retry_in_ms
        assert first == 300
        assert "Offline" in widget.state_label.text()
        qtbot.waitUntil(lambda: controller.view.retry_in_ms == 600, timeout=10_000)
        qtbot.waitUntil(lambda: controller.view.retry_in_ms == 1200, timeout=10_000)
        assert widget.sync_button.isEnabled() or controller.view.running
    finally:
        controller.shutdown()


def test_not_logged_in_says_so(qtbot: QtBot, register_db: OpenDatabase, tmp_path: Path) -> None:
    session = SyncSession(LocalSync(register_db.sessions), TokenStore(tmp_path / "laptop"))
    controller, widget = _controller(qtbot, session)
    try:
        controller.refresh()
        qtbot.waitUntil(lambda: "Ej ansluten" in widget.state_label.text())
        assert not widget.sync_button.isEnabled()
    finally:
        controller.shutdown()


def test_login_dialog_logs_in_and_starts_a_sync(
    qtbot: QtBot, sqlite_hub: HubProcess, register_db: OpenDatabase, tmp_path: Path
) -> None:
    tokens = TokenStore(tmp_path / "laptop")
    session = SyncSession(LocalSync(register_db.sessions), tokens)
    controller, _widget = _controller(qtbot, session)
    dialog = SyncLoginDialog(controller, hub_url=sqlite_hub.url, user="anna")
    qtbot.addWidget(dialog)
    try:
        dialog.password_edit.setText("fel lösenord")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
        assert "Logga in på nytt" in dialog.message.text() and tokens.load() is None
        dialog.password_edit.setText(PASSWORDS["anna"][1])
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.buttons.accepted.emit()
        assert dialog.credentials.user == "anna" and tokens.load() is not None
        qtbot.waitUntil(lambda: controller.view.online is True, timeout=20_000)
    finally:
        controller.shutdown()
