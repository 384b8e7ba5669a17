"""The CLI surface of sync (login, sync, conflicts list), bundles, and the sample-data guard."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSWORDS, Hub, Laptop, hub_view

from helavb_desktop.cli import main
from helavb_desktop.db.outbox import set_state
from helavb_desktop.domain.models import RecordType
from helavb_desktop.hub.process import HubProcess
from helavb_desktop.sync.bundle import MAGIC, BundleError, read_bundle


def _helavb(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(args))


def _login(monkeypatch: pytest.MonkeyPatch, data: Path, hub_url: str, user: str = "anna") -> None:
    password = PASSWORDS[user][1] + "\n"
    args = ["--data-dir", str(data), "login", "--hub", hub_url, "--user", user, "--password-stdin"]
    assert _helavb(monkeypatch, *args, stdin=password) == 0


def test_login_sync_and_conflicts_list(
    hub: Hub,
    make_laptop: Callable[..., Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "cli"
    wrong = ["--data-dir", str(data), "login", "--hub", hub.url, "--user", "anna"]
    assert _helavb(monkeypatch, *wrong, "--password-stdin", stdin="fel\n") == 1
    assert "login" in capsys.readouterr().err
    _login(monkeypatch, data, hub.url)
    token_file = data / "hub_token.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600

    b = make_laptop("b", "bertil")
    rec = b.register.create(
        RecordType.INITIATIVE, {"title": "Skoterled Kittelfjäll", "focus_area": "katalysator"}
    )
    b.sync()
    assert _helavb(monkeypatch, "--data-dir", str(data), "sync") == 0
    assert "fetched 1 records" in capsys.readouterr().out

    # A conflict made by the CLI laptop shows up in `conflicts list`.
    b.register.update(RecordType.INITIATIVE, rec.id, {"status": "ongoing"})
    b.sync()
    from helavb_desktop.db.setup import open_database
    from helavb_desktop.services.register import RegisterService

    opened = open_database(data / "register.sqlite", durable=False)
    RegisterService(opened.sessions, actor="anna").update(
        RecordType.INITIATIVE, rec.id, {"status": "completed"}
    )
    opened.engine.dispose()
    assert _helavb(monkeypatch, "--data-dir", str(data), "sync") == 0
    assert "1 new conflicts" in capsys.readouterr().out
    assert _helavb(monkeypatch, "--data-dir", str(data), "conflicts", "list", "--json") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["field"] == "status" and listed["mine"] is True
    assert (listed["hub_value"], listed["client_value"]) == ("ongoing", "completed")
    assert _helavb(monkeypatch, "--data-dir", str(data), "conflicts", "list") == 0
    assert "this laptop" in capsys.readouterr().out


def test_sync_without_login_fails_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HELAVB_KEYRING", "off")
    assert _helavb(monkeypatch, "--data-dir", str(tmp_path / "x"), "sync") == 1
    assert "not logged in" in capsys.readouterr().err


def test_bundle_round_trip_is_idempotent(
    hub: Hub,
    make_laptop: Callable[..., Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "offline"
    _login(monkeypatch, data, hub.url, "cecilia")
    from helavb_desktop.db.setup import open_database
    from helavb_desktop.services.register import RegisterService

    opened = open_database(data / "register.sqlite", durable=False)
    register = RegisterService(opened.sessions, actor="cecilia")
    for i in range(5):
        register.create(RecordType.NOTE, {"date": "2026-02-0" + str(i + 1), "municipality": "2425"})
    opened.engine.dispose()
    bundle = tmp_path / "usb" / "cecilia"
    bundle.parent.mkdir()
    assert (
        _helavb(monkeypatch, "--data-dir", str(data), "sync", "--export-bundle", str(bundle)) == 0
    )
    path = bundle.with_name("cecilia.helavb")
    assert len(read_bundle(path).ops) == 5

    args = ["hub", "import-bundle", str(path), "--db", hub.db_url]
    assert _helavb(monkeypatch, *args) == 0
    assert "5 applied" in capsys.readouterr().out
    after_first = hub.records()
    assert _helavb(monkeypatch, *args) == 0  # twice: nothing new
    assert "0 applied, 5 already imported" in capsys.readouterr().out
    assert hub.records() == after_first

    # Later the laptop gets a network: the same ops are recognised, nothing doubles.
    assert _helavb(monkeypatch, "--data-dir", str(data), "sync") == 0
    assert hub.records() == after_first
    other = make_laptop("o", "anna")
    other.sync()
    assert other.rows() == hub_view(hub)


@pytest.mark.parametrize(
    "damage",
    ["foreign", "flipped", "truncated", "newer", "empty"],
)
def test_damaged_or_foreign_bundle_changes_nothing(
    hub: Hub,
    make_laptop: Callable[..., Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    a = make_laptop("a", "anna")
    a.register.create(RecordType.INITIATIVE, {"title": "Byastämma", "focus_area": "brobyggare"})
    good = tmp_path / "good.helavb"
    monkeypatch.setenv("HELAVB_DATA_DIR", str(a.db.path.parent))
    assert _helavb(monkeypatch, "sync", "--export-bundle", str(good)) == 0
    raw = good.read_bytes()
    bad = tmp_path / "bad.helavb"
    if damage == "foreign":
        bad.write_bytes(b"%PDF-1.7\n" + raw[20:])
    elif damage == "flipped":
        bad.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "newer":
        bad.write_bytes(raw.replace(b'"format": 1', b'"format": 9', 1))
    else:
        bad.write_bytes(b"")
    with pytest.raises(BundleError):
        read_bundle(bad)
    capsys.readouterr()
    assert _helavb(monkeypatch, "hub", "import-bundle", str(bad), "--db", hub.db_url) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    expected = {
        "foreign": "not a HelaVB sync bundle",
        "flipped": "damaged",
        "truncated": "damaged",
        "newer": "newer HelaVB",
        "empty": "not a HelaVB sync bundle",
    }[damage]
    assert expected in err
    assert hub.records() == {}
    assert raw.startswith(MAGIC)


def test_sample_data_never_reaches_a_real_hub(
    hub: Hub,
    make_laptop: Callable[..., Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from helavb_desktop.sync.client import HubClient
    from helavb_desktop.sync.engine import SampleDataRefused, SyncEngine

    a = make_laptop("a", "anna")
    a.register.create(RecordType.INITIATIVE, {"title": "Demo", "focus_area": "brobyggare"})
    with a.db.sessions.begin() as s:
        set_state(s, "sample_data", "1")
    with HubProcess(hub.db_url, test_hub=False) as real:
        client = HubClient(real.url, hub.tokens["anna"])
        with pytest.raises(SampleDataRefused, match="sample"):
            SyncEngine(a.local, client).run()
        assert hub.records() == {} and a.local.pending_count() == 1
        SyncEngine(a.local, client, allow_sample_data=True).run()  # an explicit override
        client.close()
    assert len(hub.records()) == 1

    # The test hub of the fixture takes sample data without a flag.
    a.register.create(RecordType.INITIATIVE, {"title": "Demo 2", "focus_area": "brobyggare"})
    a.sync()
    assert len(hub.records()) == 2

    # Bundles: refused by import unless allowed.
    bundle = tmp_path / "demo.helavb"
    a.register.create(RecordType.INITIATIVE, {"title": "Demo 3", "focus_area": "brobyggare"})
    monkeypatch.setenv("HELAVB_DATA_DIR", str(a.db.path.parent))
    assert _helavb(monkeypatch, "sync", "--export-bundle", str(bundle)) == 0
    args = ["hub", "import-bundle", str(bundle), "--db", hub.db_url]
    assert _helavb(monkeypatch, *args) == 1
    assert "sample" in capsys.readouterr().err
    assert len(hub.records()) == 2
    assert _helavb(monkeypatch, *args, "--allow-sample-data") == 0
    assert len(hub.records()) == 3
