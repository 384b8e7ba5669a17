"""After logging in to the hub in Settings, new changes carry the hub user's name at once."""

from __future__ import annotations

from typing import Any

from helavb_desktop.domain.models import RecordType

from .coordination_hub import PASSWORDS, RunningHub, running_hub

__all__ = ["running_hub"]  # the fixture, imported for pytest


def test_changes_after_login_carry_the_hub_user(
    qtbot: Any, make_window: Any, running_hub: RunningHub
) -> None:
    from helavb_desktop.ui.dialogs import SettingsDialog
    from helavb_desktop.ui.sync_status import SyncLoginDialog

    w = make_window(with_sync=True).window
    before = w.ctx.register.create(RecordType.NOTE, {"date": "2026-11-02", "municipality": "2418"})
    assert before.meta.updated_by != "anna"
    settings = SettingsDialog(w.ctx, w)
    qtbot.addWidget(settings)
    settings.log_in()
    qtbot.waitUntil(lambda: bool(settings.findChildren(SyncLoginDialog)), timeout=5000)
    login = settings.findChildren(SyncLoginDialog)[0]
    login.url_edit.setText(running_hub.url)
    login.user_edit.setText("anna")
    login.password_edit.setText(PASSWORDS["anna"][1])
    with qtbot.waitSignal(login.accepted, timeout=20_000):
        login.buttons.accepted.emit()
    assert w.ctx.settings.user_name == "anna"
    after = w.ctx.register.create(RecordType.NOTE, {"date": "2026-11-03", "municipality": "2418"})
    assert after.meta.updated_by == "anna"
