"""Platform pieces: PySide6 work-arounds, translations built on demand, the task runner."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

import helavb_desktop.ui  # noqa: F401  (applies the work-around)


class _Emitter(QObject):
    ping = Signal(int)


def test_many_emits_keep_true_alive() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(20_000):  # far more than True's natural reference count on 3.11
        emitter.ping.emit(i)
    assert len(received) == 20_000
    assert sys.getrefcount(True) > 1_000 or sys.version_info >= (3, 12)
    assert before > 0


def test_many_void_calls_keep_none_alive() -> None:
    emitter = _Emitter()
    for _ in range(20_000):
        emitter.setObjectName("x")  # a void method: returns None
    assert sys.getrefcount(None) > 1_000


def test_english_catalogue_is_built_on_demand(tmp_path: Any) -> None:
    from PySide6.QtCore import QTranslator

    from helavb_desktop.ui.i18n import qm_file

    path = qm_file("en", tmp_path / "cache")
    assert path is not None and path.exists()
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "&Arkiv") == "&File"


def test_task_runner_delivers_in_order_and_refuses_quietly_after_shutdown(qtbot: Any) -> None:
    from helavb_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    got: list[int] = []
    for i in range(50):
        runner.submit(lambda i=i: i, on_done=got.append)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert got == list(range(50))
    runner.shutdown()
    assert runner.submit(lambda: 1, on_done=got.append) == -1
    assert len(got) == 50
