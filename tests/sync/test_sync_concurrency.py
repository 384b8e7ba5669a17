"""Several laptops pushing at once while another pulls page by page: the change feed never
skips a change that commits late (the hub hands out change numbers under one lock)."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import httpx
from conftest import Hub

from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.protocol import Op, PushRequest


def _create(device_seq: int) -> Op:
    return Op(
        op_id=str(uuid.uuid4()),
        device_seq=device_seq,
        table="initiative",
        row_id=str(uuid.uuid4()),
        kind="upsert",
        fields={"title": f"Insats {device_seq}", "focus_area": "brobyggare"},
    )


def test_concurrent_pushes_never_hide_a_change_from_a_pull(hub: Hub) -> None:
    pushed: set[str] = set()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def push(user: str) -> None:
        try:
            with httpx.Client(timeout=60) as http:
                client = HubClient(hub.url, hub.tokens[user], client=http)
                device = str(uuid.uuid4())
                for batch in range(12):
                    ops = [_create(batch * 5 + i) for i in range(5)]
                    client.push(PushRequest(device_id=device, ops=ops))
                    with lock:
                        pushed.update(op.row_id for op in ops)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(u,)) for u in ("anna", "bertil", "cecilia")]
    for t in threads:
        t.start()
    seen: set[str] = set()
    cursor = 0
    with httpx.Client(timeout=60) as http:
        reader = HubClient(hub.url, hub.tokens["sam"], client=http)
        while any(t.is_alive() for t in threads):
            page = reader.pull(cursor, 7)
            seen.update(c.row_id for c in page.changes)
            cursor = page.cursor
        for t in threads:
            t.join()
        while True:
            page = reader.pull(cursor, 7)
            seen.update(c.row_id for c in page.changes)
            cursor = page.cursor
            if not page.more:
                break
    assert not errors, errors
    assert len(pushed) == 180
    assert seen == pushed


def test_hub_restored_from_backup_makes_laptops_fetch_again(tmp_path: Path) -> None:
    """A laptop whose cursor is beyond the hub's feed starts over instead of waiting forever."""
    import sqlite3

    from conftest import PASSWORDS, Laptop

    from helavb_desktop.domain.models import RecordType
    from helavb_desktop.hub import auth
    from helavb_desktop.hub.db import open_hub
    from helavb_desktop.hub.process import HubProcess

    live, backup = tmp_path / "hub.sqlite", tmp_path / "backup.sqlite"
    engine, sessions = open_hub(str(live))
    with sessions.begin() as s:
        auth.add_user(s, "anna", *PASSWORDS["anna"])
    engine.dispose()
    with HubProcess(f"sqlite+pysqlite:///{live}") as hub:
        token = HubClient(hub.url).login("anna", PASSWORDS["anna"][1]).token
        a = Laptop(tmp_path / "a" / "register.sqlite", hub.url, "anna", token)
        for i in range(3):
            a.register.create(RecordType.INITIATIVE, {"title": f"I{i}", "focus_area": "brobyggare"})
        a.sync()
        with sqlite3.connect(live) as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
        a.register.create(RecordType.INITIATIVE, {"title": "Sen", "focus_area": "brobyggare"})
        a.sync()
        seen = a.local.cursor()
    with HubProcess(f"sqlite+pysqlite:///{backup}") as restored:
        a.client.base_url = restored.url
        result = a.sync()
        assert a.local.cursor() < seen
        assert any("fetched again" in m for m in result.messages)
        assert a.sync().pulled == 0  # and from then on it follows the restored feed
        # What the restored hub lost comes back when the laptop resends its changes.
        assert len(restored_records(backup)) == 3
        assert a.local.resend_all() == 4
        result = a.sync()
        assert (result.replayed, result.applied) == (3, 1)
        assert len(restored_records(backup)) == 4
        assert a.local.pending_count() == 0
    a.close()


def restored_records(path: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM record")]
