"""``helavb hub user add``: one-time passwords, roles, refusals."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from helavb_desktop.cli import main
from helavb_desktop.hub import auth
from helavb_desktop.hub.db import open_hub


def test_user_add_prints_a_one_time_password_that_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "hub.sqlite")
    assert main(["hub", "user", "add", "eva", "--role", "samordnare", "--db", db]) == 0
    out = capsys.readouterr().out
    found = re.search(r"one-time password: (\S+)", out)
    assert found, out
    engine, sessions = open_hub(db)
    with sessions.begin() as s:
        _token, role = auth.login(s, "eva", found.group(1))
    assert role == "samordnare"

    monkeypatch.setattr("sys.stdin", io.StringIO("ett-eget-losenord\n"))
    args = ["hub", "user", "add", "eva", "--role", "admin", "--db", db, "--password-stdin"]
    assert main(args) == 0
    assert "one-time" not in capsys.readouterr().out
    with sessions.begin() as s:
        assert auth.login(s, "eva", "ett-eget-losenord")[1] == "admin"
        with pytest.raises(auth.AuthError):
            auth.login(s, "eva", found.group(1))
    engine.dispose()


def test_user_add_refuses_a_short_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    db = str(tmp_path / "hub.sqlite")
    args = ["hub", "user", "add", "x", "--role", "faltpersonal", "--db", db, "--password-stdin"]
    assert main(args) == 2
    assert "shorter than 8" in capsys.readouterr().err
