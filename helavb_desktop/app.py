"""The composition root: settings, the register, services, translations and the main window.

The only module besides ``ui/`` that imports Qt, and the only one that wires the database to
the interface; the widgets themselves never see a session.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

LOG_FILE = "helavb.log"
SELF_TEST_TIMEOUT_MS = 120_000


def setup_file_logging(log_dir: Path) -> None:
    """A rotating log in the data folder: what a support person asks for first."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(log_dir / LOG_FILE)
    if any(getattr(h, "baseFilename", None) == target for h in root.handlers):
        return
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def _demo_loader(sessions: Any, actor: str) -> Callable[[Callable[[int, int], None]], Any] | None:
    try:
        from helavb_desktop.services import demo
    except ImportError:  # sample data ships separately in some builds
        log.info("sample data module not available")
        return None

    def load(progress: Callable[[int, int], None]) -> Any:
        return demo.load_demo(sessions, size="small", seed=1, actor=actor, progress=progress)

    return load


def _briefing_build(sessions: Any, register_path: Path) -> Callable[[Any], Any] | None:
    try:
        from helavb_desktop.services.briefing import BriefingService
    except ImportError:
        log.info("briefing service not available")
        return None
    return BriefingService(sessions, register_path=register_path).render


APP_CACHE_KIB = 16_384


def _interactive_cache(engine: Any) -> None:
    """A 16 MiB page cache per connection for the desktop app.

    The register's default (64 MiB) serves bulk imports; the app holds two or three
    connections (task runner, sync, start-up) and must stay well under 300 MB on a large
    register, while its queries touch indexes and a page of rows at a time.
    """
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA cache_size=-{APP_CACHE_KIB}")
        cur.close()

    engine.dispose()  # the start-up connection was made with the default; open fresh ones


def _sync_controller(sessions: Any, data_dir: Path) -> Any | None:
    """Background sync with the hub (issue 4), when that part of the app is installed."""
    try:
        from helavb_desktop.services.sync_credentials import TokenStore
        from helavb_desktop.services.sync_local import LocalSync
        from helavb_desktop.sync.session import SyncSession
        from helavb_desktop.ui.sync_status import SyncController
    except ImportError:
        log.info("sync not available", exc_info=True)
        return None
    return SyncController(SyncSession(LocalSync(sessions), TokenStore(data_dir)))


def _coordination(database: Any, settings: Any) -> tuple[Any | None, Any | None]:
    """Coordinator work (issue 5): the hub-backed service and the duplicate search."""
    coordination = duplicates = None
    try:
        from helavb_desktop.sync.coordination_gateway import build_coordination_service

        coordination = build_coordination_service(database, settings.data_dir, settings)
    except ImportError:
        log.info("coordination not available", exc_info=True)
    try:
        from helavb_desktop.services.duplicates import DuplicateService

        duplicates = DuplicateService(database.sessions)
    except ImportError:
        log.info("duplicate search not available", exc_info=True)
    return coordination, duplicates


@dataclass
class Assembled:
    """Everything ``run_gui`` builds, also used by tests and the benchmark."""

    window: Any  # ui.main_window.MainWindow
    database: Any  # db.setup.OpenDatabase
    translations: Any  # ui.i18n.Translations

    runner: Any  # ui.tasks.TaskRunner (a child of the window; kept to shut it down)

    def close(self) -> None:
        """Finish the running job and release the register (the window may be gone already)."""
        import shiboken6

        sync = self.window.ctx.sync if shiboken6.isValid(self.window) else None
        if sync is not None and shiboken6.isValid(sync):
            sync.shutdown()
        if shiboken6.isValid(self.runner):
            self.runner.shutdown(wait=True)
        self.database.engine.dispose()


def assemble(data_dir: Path, *, durable: bool = True, with_sync: bool = True) -> Assembled:
    """Open the register in ``data_dir`` and build the main window (a QApplication must exist).

    ``with_sync=False`` leaves background sync out (tests of the register screens).
    """
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from helavb_desktop.db.setup import open_database
    from helavb_desktop.services.drafts import DraftStore
    from helavb_desktop.services.overview import OverviewService
    from helavb_desktop.services.register import RegisterService
    from helavb_desktop.settings import Settings
    from helavb_desktop.ui.context import AppContext
    from helavb_desktop.ui.i18n import Translations
    from helavb_desktop.ui.main_window import MainWindow
    from helavb_desktop.ui.tasks import TaskRunner

    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    settings = Settings.load(data_dir)
    database = open_database(settings.register_path, durable=durable)
    _interactive_cache(database.engine)
    actor = settings.actor()
    translations = Translations(app, settings.data_dir / "cache" / "translations")
    translations.install(settings.language)
    coordination, duplicates = _coordination(database, settings)
    ctx = AppContext(
        settings=settings,
        register=RegisterService(database.sessions, actor=actor),
        overview=OverviewService(database.sessions),
        drafts=DraftStore(settings.drafts_dir),
        runner=TaskRunner(),
        demo_loader=_demo_loader(database.sessions, actor),
        set_language=translations.install,
        briefing_build=_briefing_build(database.sessions, settings.register_path),
        sync=_sync_controller(database.sessions, settings.data_dir) if with_sync else None,
        coordination=coordination,
        duplicates=duplicates,
    )
    window = MainWindow(ctx)
    icon = resources.files("helavb_desktop").joinpath("resources", "icons", "helavb.svg")
    if icon.is_file():
        window.setWindowIcon(QIcon(str(icon)))
    return Assembled(window=window, database=database, translations=translations, runner=ctx.runner)


def _install_excepthook(show: Callable[[BaseException], object]) -> None:
    """An exception escaping a Qt slot is a bug: log it and show it, don't die silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        try:
            show(exc)
        except Exception:  # the error dialog itself failed; the log has it
            log.exception("could not show the error dialog")

    sys.excepthook = hook


def run_gui(data_dir: Path, args: argparse.Namespace | Any = None) -> int:
    """Start the desktop app; returns the exit code. ``args.self_test`` opens, loads, quits."""
    self_test = bool(getattr(args, "self_test", False))
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from helavb_desktop.settings import Settings
    from helavb_desktop.ui.errors import known_message, show_error

    setup_file_logging(Settings(data_dir=data_dir).log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HelaVB")
    app.setOrganizationName("Länsstyrelsen Västerbotten")
    app.setDesktopFileName("se.lansstyrelsen.helavb")
    try:
        assembled = assemble(data_dir)
    except Exception as exc:
        message = known_message(exc)
        if message is None:
            log.exception("could not open the register in %s", data_dir)
        else:
            log.error("could not open the register in %s: %s (%s)", data_dir, message, exc)
        if not self_test:
            QMessageBox.critical(
                None,
                "HelaVB",
                message or f"Registret kunde inte öppnas: {exc}",
            )
        return 1
    window = assembled.window
    _install_excepthook(lambda exc: show_error(window, exc))
    exit_code = 0
    if self_test:

        def timeout() -> None:
            nonlocal exit_code
            log.error("self-test: window not ready in time")
            exit_code = 1
            app.quit()

        def failed(exc: BaseException) -> None:
            nonlocal exit_code
            log.error("self-test: the register could not be read: %s", exc)
            exit_code = 1
            app.quit()

        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, timeout)
        window.ready.connect(lambda: QTimer.singleShot(0, window.close))
        window.load_failed.connect(failed)
    window.show()
    rc = app.exec()
    assembled.close()
    return exit_code or rc
