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
from typing import Any

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

        _coordinator_shots(Path(tmp), args.lang, wait, settle, out)
    return 0


def _coordinator_shots(
    tmp: Path,
    lang: str,
    wait: Callable[..., None],
    settle: Callable[[object], None],
    out: Path,
) -> None:
    """Conflicts, duplicates and merge, as a coordinator sees them, against a real test hub.

    A second laptop (a field officer) edits the same fields as the coordinator's laptop, so the
    conflict queue has real base / hub / client values; the sample data has re-entered
    initiatives for the duplicate search.
    """
    import httpx

    from helavb_desktop.app import assemble
    from helavb_desktop.db.setup import open_database
    from helavb_desktop.domain.models import RecordType
    from helavb_desktop.domain.queries import ListQuery
    from helavb_desktop.hub import auth
    from helavb_desktop.hub.db import open_hub
    from helavb_desktop.hub.process import HubProcess
    from helavb_desktop.services import demo
    from helavb_desktop.services.register import RegisterService
    from helavb_desktop.services.sync_credentials import Credentials, TokenStore
    from helavb_desktop.services.sync_local import LocalSync
    from helavb_desktop.settings import Settings
    from helavb_desktop.sync.client import HubClient
    from helavb_desktop.sync.engine import SyncEngine

    os.environ["HELAVB_KEYRING"] = "off"  # never the keyring of whoever runs this
    hub_url = f"sqlite+pysqlite:///{tmp / 'hub.sqlite'}"
    engine, sessions = open_hub(hub_url)
    users = {"sam": ("samordnare", "sam-losenord"), "bertil": ("faltpersonal", "bertil-pw-1")}
    with sessions.begin() as s:
        for name, (role, password) in users.items():
            auth.add_user(s, name, role, password)
    engine.dispose()

    def login(data_dir: Path, user: str, url: str) -> Credentials:
        with httpx.Client(timeout=30) as http:
            answer = HubClient(url, client=http).login(user, users[user][1])
        creds = Credentials(url, answer.user, answer.token, answer.role)
        TokenStore(data_dir).save(creds)
        return creds

    def sync(db_sessions: Any, creds: Credentials) -> None:
        with httpx.Client(timeout=60) as http:
            client = HubClient(creds.hub_url, creds.token, client=http)
            SyncEngine(LocalSync(db_sessions), client).run()

    with HubProcess(hub_url, test_hub=True) as hub:
        coord = tmp / "coordinator"
        settings = Settings(data_dir=coord, language=lang, user_name="Sara Nilsson")
        settings.extra["welcome_done"] = True
        settings.save()
        db = open_database(settings.register_path)
        demo.load_demo(db.sessions, size="small", seed=1, actor="exempeldata")
        sam = login(coord, "sam", hub.url)
        sync(db.sessions, sam)
        field = tmp / "bertil"
        other = open_database(field / "register.sqlite")
        bertil = login(field, "bertil", hub.url)
        sync(other.sessions, bertil)
        mine = RegisterService(db.sessions, actor="Sara Nilsson")
        theirs = RegisterService(other.sessions, actor="Bertil Åström")
        ongoing = mine.list(RecordType.INITIATIVE, ListQuery(status="ongoing", limit=3))
        edits: list[tuple[dict[str, Any], dict[str, Any]]] = [
            ({"responsible": "Bertil Åström"}, {"responsible": "Sara Nilsson"}),
            ({"status": "completed"}, {"status": "cancelled"}),
            ({"tags": ["bredband", "leader"]}, {"tags": ["bredband", "skola"]}),
        ]
        for record, (field_edit, coord_edit) in zip(ongoing, edits, strict=False):
            theirs.update(RecordType.INITIATIVE, record.id, field_edit)
            mine.update(RecordType.INITIATIVE, record.id, coord_edit)
        sync(other.sessions, bertil)
        sync(db.sessions, sam)
        other.engine.dispose()
        db.engine.dispose()

        a = assemble(coord, with_sync=False)
        w = a.window
        w.resize(*SIZE)
        w.show()
        wait(lambda: w.is_ready)
        settle(w)
        wait(lambda: w.coordination.allowed)

        def shoot_dialog(dialog: object, name: str) -> None:
            settle(w)
            path = out / f"app-{name}.png"
            dialog.grab().save(str(path))  # type: ignore[attr-defined]
            print(f"wrote {path}")

        conflicts = w.coordination.open_conflicts()
        settle(w)
        conflicts.sides["hub"].radio.setChecked(True)
        conflicts.note_edit.setText("Bertil har senare uppgifter från kommunen.")
        shoot_dialog(conflicts, "conflicts")
        conflicts.close()

        duplicates = w.coordination.open_duplicates()
        settle(w)
        shoot_dialog(duplicates, "duplicates")
        duplicates.compare(0)
        wait(lambda: duplicates.merge_dialog is not None)
        shoot_dialog(duplicates.merge_dialog, "merge")
        duplicates.merge_dialog.close()
        duplicates.close()

        # The history of an initiative with a conflict: edits from both laptops, from the hub.
        first = ongoing[0]
        history = w.coordination.open_history(RecordType.INITIATIVE, first.id, first.title)
        shoot_dialog(history, "history")
        history.close()

        # A field officer's new initiative whose title is already in the register.
        w.new_initiative()
        editor = w.register.panel(RecordType.INITIATIVE).form
        editor.title.setText(ongoing[1].title)
        editor.save()
        wait(lambda: editor.duplicates.dialog is not None)
        shoot_dialog(editor.duplicates.dialog, "duplicate-warning")
        editor.duplicates.dialog.cancel_button.click()
        editor.close_form()
        w.hide()
        a.close()


if __name__ == "__main__":
    sys.exit(main())
