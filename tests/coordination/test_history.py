"""History: the hub's diff of consecutive changes, the endpoint on a real hub, and the laptop's
pending changes merged in (offline: those alone)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from coord_helpers import data_dir_of, log_in
from sync_fixtures import Hub, Laptop

from helavb_desktop.domain.models import RecordType
from helavb_desktop.hub.history import diff_history
from helavb_desktop.hub.models import ChangeLogRow
from helavb_desktop.services.coordination import CoordinationService, HistoryEntry
from helavb_desktop.sync.coordination_gateway import build_coordination_service

INI = RecordType.INITIATIVE


def _change(seq: int, kind: str, fields: dict[str, Any], user: str = "anna") -> ChangeLogRow:
    return ChangeLogRow(
        seq=seq, table_name="initiative", row_id="r", kind=kind, fields=fields,
        base_version=None, op_id=None, device_id="d", user_name=user,
        at=datetime(2026, 11, 28, 12, 0, seq),
    )  # fmt: skip


def test_diff_history_consecutive_versions() -> None:
    changes = [
        _change(1, "upsert", {"title": "Byskola", "status": "planned"}),
        _change(2, "upsert", {"status": "ongoing", "title": "Byskola"}, user="bertil"),
        _change(3, "delete", {"deleted": True}),
        _change(4, "restore", {"deleted": False}),
        _change(5, "resolve", {"status": "completed"}, user="sam"),
        _change(6, "merge", {"description": "Från dubbletten"}, user="sam"),
        _change(7, "merge", {"merged_into": "k"}, user="sam"),
    ]
    items = diff_history(changes, {5: "Avslutad enligt beslut"})
    got = [(i.version, i.who, i.action, i.field, i.old, i.new, i.note) for i in items]
    assert got == [
        (1, "anna", "created", None, None, {"title": "Byskola", "status": "planned"}, ""),
        # the unchanged title written again is not an entry
        (2, "bertil", "edited", "status", "planned", "ongoing", ""),
        (3, "anna", "deleted", None, False, True, ""),
        (4, "anna", "restored", None, True, False, ""),
        (5, "sam", "resolved", "status", "ongoing", "completed", "Avslutad enligt beslut"),
        (6, "sam", "merged", "description", None, "Från dubbletten", ""),
        (7, "sam", "merged", "merged_into", None, "k", ""),
    ]
    assert items[0].when == "2026-11-28T12:00:01Z"


def test_history_from_the_hub_with_resolutions_merges_and_pending_changes(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int], capsys: Any
) -> None:
    a, b, s = make_laptop("a", "anna"), make_laptop("b", "bertil"), make_laptop("s", "sam")
    rec = a.register.create(INI, {"title": "Lokal matproduktion", "focus_area": "katalysator"})
    twin = a.register.create(INI, {"title": "Lokal matproduktion!", "focus_area": "katalysator"})
    a.sync()
    b.sync()
    a.register.update(INI, rec.id, {"responsible": "Anna"})
    b.register.update(INI, rec.id, {"responsible": "Bertil"})
    a.sync()
    b.sync()
    s.sync()
    [conflict] = hub.conflicts()
    folder = log_in(s, hub)
    sides = build_coordination_service(s.db, folder).conflict_with_authors(conflict.id)
    assert (sides.hub.value, sides.hub.who, sides.client.value, sides.client.who) == (
        "Anna", "anna", "Bertil", "bertil",
    )  # fmt: skip
    assert sides.hub.when.endswith("Z") and sides.record_label == "Lokal matproduktion"
    assert cli(folder, "conflicts", "resolve", str(conflict.id), "--take", "client",
               "--note", "Bertil tar det") == 0  # fmt: skip
    assert cli(folder, "duplicates", "merge", rec.id, twin.id) == 0
    s.register.update(INI, rec.id, {"outcome": "Ny matbutik"})  # pending on s

    capsys.readouterr()
    assert cli(folder, "history", "initiative", rec.id, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["complete"] is True
    rows = [(e["action"], e["field"], e["old"], e["new"], e["who"]) for e in out["entries"]]
    assert rows[0] == ("edited", "outcome", "", "Ny matbutik", "sam")
    assert out["entries"][0]["pending"] is True
    assert ("merged", None, twin.id, rec.id, "sam") in rows
    assert ("resolved", "responsible", "Anna", "Bertil", "sam") in rows
    assert ("edited", "responsible", "", "Anna", "anna") in rows
    assert rows[-1][0] == "created"
    resolved = next(e for e in out["entries"] if e["action"] == "resolved")
    assert resolved["note"] == "Bertil tar det"
    versions = [e["version"] for e in out["entries"] if not e["pending"]]
    assert versions == sorted(versions, reverse=True)

    # the merged-away record shows its merge too
    twin_history = build_coordination_service(s.db, folder).history(INI, twin.id)
    assert ("merged", "merged_into", rec.id) in [(e.action, e.field, e.new) for e in twin_history]


def test_offline_history_is_the_pending_changes_only(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    a = make_laptop("a", "anna")
    rec = a.register.create(INI, {"title": "Byskola i Ammarnäs", "focus_area": "katalysator"})
    a.register.update(INI, rec.id, {"responsible": "Anna"})
    service = CoordinationService(a.db.sessions, data_dir_of(a), actor="anna")  # not logged in
    detail = service.history_detail(INI, rec.id)
    assert not detail.complete and "inloggad" in detail.message
    assert [(e.action, e.field, e.pending, e.version) for e in detail.entries] == [
        ("edited", "responsible", True, 0),
        ("created", None, True, 0),
    ]
    assert isinstance(detail.entries[0], HistoryEntry) and detail.entries[0].new == "Anna"
    assert service.role() is None and not service.can_coordinate()


@pytest.mark.parametrize("user,expected", [("anna", False), ("sam", True)])
def test_role_is_stored_at_login_and_printed(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int], capsys: Any,
    monkeypatch: pytest.MonkeyPatch, user: str, expected: bool,
) -> None:  # fmt: skip
    import io

    from sync_fixtures import PASSWORDS

    laptop = make_laptop("x", user)
    folder = data_dir_of(laptop)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORDS[user][1] + "\n"))
    assert cli(folder, "login", "--hub", hub.url, "--user", user, "--password-stdin") == 0
    assert f"({PASSWORDS[user][0]})" in capsys.readouterr().out
    service = build_coordination_service(laptop.db, folder)
    assert service.role() == PASSWORDS[user][0]
    assert service.can_coordinate() is expected
