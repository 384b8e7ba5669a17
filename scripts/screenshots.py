"""Screenshots of the main views, with the sample data, for the README and for review.

Runs the real app in a temporary data folder under Xvfb (re-executes itself with xvfb-run
when there is no display; falls back to Qt's offscreen platform without it) and writes
docs/images/app-*.png.

    .venv/bin/python scripts/screenshots.py [--out docs/images] [--lang sv|en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1440, 900)


def _reexec_under_xvfb() -> None:
    if (
        os.environ.get("DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("_HELAVB_XVFB")
    ):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    env = {**os.environ, "_HELAVB_XVFB": "1", "QT_QPA_PLATFORM": "xcb"}
    cmd = [
        xvfb,
        "-a",
        "-s",
        f"-screen 0 {SIZE[0] + 40}x{SIZE[1] + 60}x24",
        sys.executable,
        *sys.argv,
    ]
    sys.exit(subprocess.call(cmd, env=env))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
    args = parser.parse_args()
    _reexec_under_xvfb()

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from helavb_desktop.app import assemble
    from helavb_desktop.db.setup import open_database
    from helavb_desktop.domain.models import RecordType
    from helavb_desktop.services import demo
    from helavb_desktop.settings import Settings

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("HelaVB")

    def wait(cond: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("screenshot step timed out")
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def settle(window: object) -> None:
        runner = window.ctx.runner  # type: ignore[attr-defined]
        wait(runner.is_idle)
        for _ in range(20):
            QCoreApplication.processEvents()
            time.sleep(0.01)
        wait(runner.is_idle)

    def shoot(window: object, name: str) -> None:
        settle(window)
        pixmap = window.grab()  # type: ignore[attr-defined]
        path = out / f"app-{name}.png"
        pixmap.save(str(path))
        print(f"wrote {path}")

    with tempfile.TemporaryDirectory() as tmp:
        # Welcome view: an empty register on first start.
        empty = Path(tmp) / "empty"
        settings = Settings(data_dir=empty, language=args.lang, user_name="Anna Lindqvist")
        settings.save()
        a = assemble(empty)
        w = a.window
        w.resize(*SIZE)
        w.show()
        wait(lambda: w.is_ready)
        shoot(w, "welcome")
        w.hide()
        a.close()

        data = Path(tmp) / "demo"
        settings = Settings(
            data_dir=data, language=args.lang, user_name="Anna Lindqvist", last_municipality="2422"
        )
        settings.extra["welcome_done"] = True
        settings.save()
        db = open_database(settings.register_path)
        demo.load_demo(db.sessions, size="small", seed=1, actor="exempeldata")
        db.engine.dispose()

        a = assemble(data)
        w = a.window
        w.resize(*SIZE)
        w.show()
        wait(lambda: w.is_ready)
        shoot(w, "start")

        panel = w.show_kind(RecordType.INITIATIVE)
        wait(lambda: panel.model.rowCount() > 0)
        settle(w)
        # An initiative with notes linked to it shows the editor at its fullest.
        panel.view.selectRow(min(2, panel.model.rowCount() - 1))
        shoot(w, "initiatives")

        w.new_note()
        form = w.register.panel(RecordType.NOTE).form
        form.place.setText("Ammarnäs")
        form.organisations.setText("Ammarnäs byaförening; Sorsele kommun")
        for key, value in {"women": 7, "men": 5, "girls": 2, "boys": 1}.items():
            form.count_boxes[key].setValue(value)
        form.focus_boxes["framtidsverkstader"].setChecked(True)
        form.summary.setPlainText(
            "Byamöte om vinterväghållning och om att behålla skolan. Byaföreningen vill "
            "starta en framtidsverkstad under våren."
        )
        form.add_followup_row(
            {
                "description": "Skicka underlag om bredbandsstöd",
                "owner": "Anna Lindqvist",
                "due_date": "2026-12-11",
            }
        )
        form.place.setFocus()  # leave the follow-up cell editor
        shoot(w, "note")

        w.show_kind(RecordType.FOLLOWUP)
        fpanel = w.register.panel(RecordType.FOLLOWUP)
        wait(lambda: fpanel.model.rowCount() > 0)
        fpanel.view.selectRow(0)
        shoot(w, "followups")
        form.close_form()
        w.hide()
        a.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
