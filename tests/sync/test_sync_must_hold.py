"""Issue 4's must-hold properties 1-8, each against a real hub process on 127.0.0.1.

Every test runs against an SQLite hub and a PostgreSQL hub (``hub_db_url``). Property 9, the
random three-laptop simulation, is in test_sync_simulation.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from conftest import Hub, Laptop, hub_view
from sqlalchemy import text

from helavb_desktop.domain.models import RecordType
from helavb_desktop.sync.client import HubUnreachable

INITIATIVE = RecordType.INITIATIVE
NOTE = RecordType.NOTE


def _shared_initiative(a: Laptop, b: Laptop, **values: Any) -> str:
    """An initiative created on ``a`` and synced to ``b``."""
    rec = a.register.create(
        INITIATIVE, {"title": "Bygdegården i Ammarnäs", "focus_area": "brobyggare", **values}
    )
    a.sync()
    b.sync()
    assert b.register.get(INITIATIVE, rec.id).title == rec.title
    return rec.id


def _converged(hub: Hub, *laptops: Laptop) -> None:
    for laptop in laptops:
        laptop.sync()
    expected = hub_view(hub)
    for laptop in laptops:
        assert laptop.rows() == expected, f"{laptop.user}'s register differs from the hub"


def test_1_different_fields_both_kept(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rid = _shared_initiative(a, b)
    a.register.update(INITIATIVE, rid, {"title": "Bygdegården i Ammarnäs – etapp 2"})
    b.register.update(INITIATIVE, rid, {"description": "Ny ventilation och tillgänglig entré."})
    a.sync()
    b.sync()
    _converged(hub, a, b)
    for laptop in (a, b):
        rec = laptop.register.get(INITIATIVE, rid)
        assert rec.title == "Bygdegården i Ammarnäs – etapp 2"
        assert rec.description == "Ny ventilation och tillgänglig entré."
    assert hub.conflicts() == []
    assert a.local.conflicts() == [] and b.local.conflicts() == []


def test_2_same_field_different_values_is_one_conflict(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rid = _shared_initiative(a, b, status="planned")
    a.register.update(INITIATIVE, rid, {"status": "ongoing"})
    b.register.update(INITIATIVE, rid, {"status": "cancelled"})
    a.sync()
    result = b.sync()
    assert result.new_conflicts == 1
    [conflict] = hub.conflicts()
    assert (conflict.field, conflict.kind, conflict.status) == ("status", "field", "open")
    assert (conflict.base_value, conflict.hub_value, conflict.client_value) == (
        "planned",
        "ongoing",
        "cancelled",
    )
    _converged(hub, a, b)
    # The hub's value stands everywhere until a coordinator decides; B's value is in the conflict.
    assert b.register.get(INITIATIVE, rid).status.value == "ongoing"
    for laptop in (a, b):
        [cached] = laptop.local.conflicts()
        assert (cached.base_value, cached.hub_value, cached.client_value) == (
            "planned",
            "ongoing",
            "cancelled",
        )
    assert [c.mine for c in b.local.conflicts()] == [True]


def test_3_same_field_same_value_no_conflict(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rid = _shared_initiative(a, b)
    a.register.update(INITIATIVE, rid, {"status": "completed", "outcome": "Klart."})
    b.register.update(INITIATIVE, rid, {"status": "completed", "outcome": "Klart."})
    a.sync()
    b.sync()
    _converged(hub, a, b)
    assert hub.conflicts() == []


class DropAfterCommit(httpx.BaseTransport):
    """Forwards to the real hub, then loses the answer of the next push (connection drop)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.drop_next_push = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.drop_next_push and request.url.path == "/push":
            self.drop_next_push = False
            response.read()  # the hub has answered, so it has committed
            response.close()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def test_4_lost_answer_retry_makes_no_duplicate(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    transport = DropAfterCommit()
    a = make_laptop("a", "anna", transport=transport)
    rec = a.register.create(INITIATIVE, {"title": "Fiberföreningen", "focus_area": "katalysator"})
    a.register.update(INITIATIVE, rec.id, {"tags": ["bredband"]})
    transport.drop_next_push = True
    with pytest.raises(HubUnreachable):
        a.sync()
    assert a.local.pending_count() == 2  # not acknowledged without the hub's answer
    log_before = [(c.seq, c.op_id) for c in hub.change_log()]
    version_before = hub.records()[("initiative", rec.id)]["_version"]
    assert len(log_before) == 2

    result = a.sync()
    assert (result.pushed, result.replayed, result.applied) == (2, 2, 0)  # from the ledger
    assert a.local.pending_count() == 0
    assert [(c.seq, c.op_id) for c in hub.change_log()] == log_before
    assert hub.records()[("initiative", rec.id)]["_version"] == version_before
    assert len(hub.records()) == 1
    _converged(hub, a)


_CHILD = """
import os, signal, sys
from pathlib import Path
from helavb_desktop.db.setup import open_database
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.engine import SyncEngine

db = open_database(Path(sys.argv[1]))
pages = 0

def hook(step):
    global pages
    if step.phase == "pull":
        pages += 1
        if pages == 2:
            os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no atexit: a power cut

SyncEngine(LocalSync(db.sessions), HubClient(sys.argv[2], sys.argv[3]), page_size=5,
           progress=hook).run()
"""


def test_5_killed_mid_pull_resumes_from_cursor(
    hub: Hub, make_laptop: Callable[..., Laptop], tmp_path: Any
) -> None:
    a = make_laptop("a", "anna")
    for i in range(23):
        a.register.create(INITIATIVE, {"title": f"Insats {i:02}", "focus_area": "brobyggare"})
    a.sync()
    b_path = tmp_path / "b" / "register.sqlite"
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(b_path), hub.url, hub.tokens["bertil"]],
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    b = make_laptop("b", "bertil")
    assert b.local.cursor() > 0
    assert len(b.rows()) == 10  # two pages committed, the cursor with them
    result = b.sync()
    assert result.pulled == 13  # only what was left: nothing twice, nothing missed
    assert b.local.pending_count() == 0  # pulled rows never become local changes
    _converged(hub, a, b)


def test_6_clock_a_day_ahead_wins_nothing(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rid = _shared_initiative(a, b)
    # Bertil's laptop runs a day ahead: his edit looks a day newer than Anna's.
    b.register.update(INITIATIVE, rid, {"responsible": "Bertil (klocka före)"})
    with b.db.sessions.begin() as s:
        day = timedelta(days=1)
        s.execute(text("UPDATE outbox SET created_at = :t"), {"t": _now() + day})
        s.execute(text("UPDATE initiative SET updated_at = :t"), {"t": _now() + day})
    a.register.update(INITIATIVE, rid, {"responsible": "Anna"})
    a.sync()
    b.sync()
    _converged(hub, a, b)
    assert a.register.get(INITIATIVE, rid).responsible == "Anna"
    [conflict] = hub.conflicts()
    assert (conflict.hub_value, conflict.client_value) == ("Anna", "Bertil (klocka före)")


def _now() -> Any:
    from helavb_desktop.db.outbox import utcnow

    return utcnow()


@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-first", "edit-first"])
def test_7_delete_vs_edit_keeps_the_edit_in_a_conflict(
    hub: Hub, make_laptop: Callable[..., Laptop], delete_first: bool
) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    rid = _shared_initiative(a, b)
    a.register.delete(INITIATIVE, rid)
    b.register.update(INITIATIVE, rid, {"outcome": "Föreningen bildades i maj."})
    first, second = (a, b) if delete_first else (b, a)
    first.sync()
    second.sync()
    _converged(hub, a, b)
    [conflict] = hub.conflicts()
    assert conflict.field == "outcome"
    if delete_first:
        assert conflict.kind == "edit_vs_delete"
        assert conflict.client_value == "Föreningen bildades i maj."
    else:
        assert conflict.kind == "delete_vs_edit"
        assert conflict.hub_value == "Föreningen bildades i maj."
    # Same end state in both orders: a tombstone (data kept) plus the conflict for a person.
    stored = hub.records()[("initiative", rid)]
    assert stored["deleted"] is True and stored["title"] == "Bygdegården i Ammarnäs"
    for laptop in (a, b):
        assert [c.field for c in laptop.local.conflicts()] == ["outcome"]


class EditDuringPush(httpx.BaseTransport):
    """Runs ``on_push`` (a local edit) while the first push is on its way to the hub."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.on_push: Callable[[], None] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/push" and self.on_push is not None:
            action, self.on_push = self.on_push, None
            action()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_8_edit_during_push_survives_the_echo(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    transport = EditDuringPush()
    a = make_laptop("a", "anna", transport=transport)
    rec = a.register.create(NOTE, {"date": "2026-03-02", "municipality": "2462", "summary": "v1"})
    a.sync()
    a.register.update(NOTE, rec.id, {"summary": "v2"})
    transport.on_push = lambda: a.register.update(NOTE, rec.id, {"summary": "v3"})
    # Push only v2 and pull right away, so the echo of v2 meets the pending v3.
    a.sync(push_batch=1000)
    assert a.register.get(NOTE, rec.id).summary == "v3"
    _converged(hub, a)
    assert hub.records()[("note", rec.id)]["summary"] == "v3"
    assert hub.conflicts() == []


def test_8_echo_is_merged_while_an_edit_is_pending(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    """The pull half of property 8, step by step: an echo never overwrites a pending field."""
    a = make_laptop("a", "anna")
    rec = a.register.create(NOTE, {"date": "2026-03-02", "municipality": "2462", "summary": "v1"})
    a.sync()
    a.register.update(NOTE, rec.id, {"summary": "v2", "place": "Sorsele"})
    from helavb_desktop.sync.engine import SyncEngine, SyncResult

    engine = SyncEngine(a.local, a.client)
    engine.push(SyncResult())  # v2 reaches the hub and is acknowledged
    a.register.update(NOTE, rec.id, {"summary": "v3"})  # pending again
    engine.pull(SyncResult())  # the echo of v2 arrives
    note = a.register.get(NOTE, rec.id)
    assert (note.summary, note.place) == ("v3", "Sorsele")
    _converged(hub, a)
    assert hub.records()[("note", rec.id)]["summary"] == "v3"


def test_pulled_rows_leave_no_outbox_ops(hub: Hub, make_laptop: Callable[..., Laptop]) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    _shared_initiative(a, b)
    assert b.local.pending_count() == 0
    assert b.local.last_sync_at() is not None and b.local.last_sync_at().endswith("Z")
    assert os.environ["HELAVB_KEYRING"] == "off"
