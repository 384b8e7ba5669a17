"""The command line as a script sees it: output, files and exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helavb_desktop.cli import main


def helavb(
    data_dir: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `helavb` in a child process, as a script would."""
    env = {**os.environ, "HELAVB_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "helavb_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_demo_list_delete_round(data_dir: Path) -> None:
    assert helavb(data_dir, "demo", "--seed", "2").returncode == 0
    out = helavb(data_dir, "list", "initiatives", "--focus-area", "katalysator", "--json")
    assert out.returncode == 0
    records = json.loads(out.stdout)
    assert records and all(r["focus_area"] == "katalysator" for r in records)
    victim = records[0]["id"]
    deleted = helavb(data_dir, "delete", "initiative", victim)
    assert deleted.returncode == 0, deleted.stderr
    again = json.loads(helavb(data_dir, "list", "initiatives", "--json").stdout)
    assert victim not in {r["id"] for r in again}
    missing = helavb(data_dir, "delete", "initiative", victim)
    assert missing.returncode == 1 and "no insats" in missing.stderr


def test_exit_codes(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "list", "notes"]) == 0
    with pytest.raises(SystemExit) as usage:
        main(["list", "projects"])
    assert usage.value.code == 2
    assert main(["--data-dir", str(data_dir), "list", "notes", "--status", "klar"]) == 2
    assert main(["--data-dir", str(data_dir), "list", "notes", "--municipality", "0000"]) == 1
    assert "municipality" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"notes": [{"date": "igår", "municipality": "2421"}]}', encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "notes[0]" in err and "date" in err
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "missing.json")]) == 1


def test_import_dry_run_and_export_csv(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "in.csv"
    doc.write_text(
        "record_type,title,focus_area,municipalities\n"
        "initiative,Framtidsverkstad i Malå,framtidsverkstader,2418|2417\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", str(data_dir), "import", str(doc), "--dry-run"]) == 0
    assert "1 created" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "list", "initiatives", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--data-dir", str(data_dir), "import", str(doc)]) == 0
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("record_type,id,title,")
    assert "Framtidsverkstad i Malå" in text and "2418|2417" in text


def test_db_check_and_backup_while_another_connection_writes(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0
    assert "integrity:      ok" in capsys.readouterr().out
    writer = sqlite3.connect(data_dir / "register.sqlite")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE initiative SET title = 'halvskriven' WHERE pk = 1")
    backup = tmp_path / "backup.sqlite"
    assert main(["--data-dir", str(data_dir), "db", "backup", "--out", str(backup)]) == 0
    writer.rollback()
    writer.close()
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM initiative").fetchone()[0] == 200
    assert (
        copy.execute("SELECT count(*) FROM initiative WHERE title = 'halvskriven'").fetchone()[0]
        == 0
    )
    copy.close()


def test_damaged_register_is_reported_not_crashed(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "register.sqlite").write_bytes(b"this is not a database" * 100)
    result = helavb(data_dir, "db", "check")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
