"""Fixtures for driving the real main window offscreen over a real register in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from helavb_desktop.app import Assembled, assemble
from helavb_desktop.settings import Settings


class Answers:
    """What the patched QMessageBox.question answers next (default: Discard)."""

    def __init__(self) -> None:
        self.next: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *args: Any, **kw: Any) -> Any:
        self.asked.append(text)
        return self.next.pop(0) if self.next else QMessageBox.StandardButton.Discard


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Modal questions would block an offscreen test: answer them from the test instead."""
    a = Answers()
    monkeypatch.setattr(QMessageBox, "question", a)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args, **kw: QMessageBox.StandardButton.Ok
    )
    return a


@pytest.fixture
def make_window(qtbot: Any, data_dir: Path) -> Iterator[Callable[..., Assembled]]:
    """Build main windows on ``data_dir`` (like a start of the app); waits until ready."""
    built: list[Assembled] = []

    def make(*, wait: bool = True, with_sync: bool = False, **settings: Any) -> Assembled:
        if settings:
            s = Settings.load(data_dir)
            for key, value in settings.items():
                setattr(s, key, value)
            s.save()
        assembled = assemble(data_dir, durable=False, with_sync=with_sync)
        built.append(assembled)
        assembled.window.resize(1300, 800)
        assembled.window.show()
        if wait:
            qtbot.waitUntil(lambda: assembled.window.is_ready, timeout=15000)
            _wait_idle(qtbot, assembled)
        return assembled

    yield make
    for a in built:
        if shiboken6.isValid(a.window):
            if a.window.isVisible():
                a.window.close()
            a.window.deleteLater()
        a.close()


def _wait_idle(qtbot: Any, assembled: Assembled, timeout: int = 15000) -> None:
    qtbot.waitUntil(assembled.window.ctx.runner.is_idle, timeout=timeout)


@pytest.fixture
def wait_idle(qtbot: Any) -> Callable[[Assembled], None]:
    """Wait until the task runner has no job left (all results delivered)."""
    return lambda assembled: _wait_idle(qtbot, assembled)
