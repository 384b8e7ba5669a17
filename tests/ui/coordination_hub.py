"""A real hub process for the coordinator screens' tests, and laptops that sync with it.

Like tests/sync/conftest.py (whose fixtures are not visible from tests/ui): an SQLite hub
started as ``helavb hub serve``, users of both roles, and log-ins stored the way the app's
login dialog stores them (so ``CoordinationService.role()`` reads the real role).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.hub import auth
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.process import HubProcess
from helavb_desktop.services.register import RegisterService
from helavb_desktop.services.sync_credentials import Credentials, TokenStore
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.engine import SyncEngine, SyncResult

PASSWORDS = {
    "anna": ("faltpersonal", "anna-losenord"),
    "bertil": ("faltpersonal", "bertil-losenord"),
    "sam": ("samordnare", "sam-losenord"),
}


@dataclass
class RunningHub:
    url: str

    def login(self, data_dir: Path, user: str) -> Credentials:
        """Log ``user`` in for the data folder ``data_dir`` (token and role stored)."""
        with httpx.Client(timeout=30) as http:
            answer = HubClient(self.url, client=http).login(user, PASSWORDS[user][1])
        creds = Credentials(self.url, answer.user, answer.token, answer.role)
        TokenStore(data_dir).save(creds)
        return creds


@pytest.fixture
def running_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningHub]:
    monkeypatch.setenv("HELAVB_KEYRING", "off")  # never the real keyring of whoever runs this
    url = f"sqlite+pysqlite:///{tmp_path / 'hub.sqlite'}"
    engine, sessions = open_hub(url)
    with sessions.begin() as s:
        for name, (role, password) in PASSWORDS.items():
            auth.add_user(s, name, role, password)
    engine.dispose()
    with HubProcess(url, test_hub=True, log_path=tmp_path / "hub.log") as proc:
        yield RunningHub(proc.url)


def sync_register(sessions: Any, creds: Credentials) -> SyncResult:
    """One full sync of a register (blocking; from the test thread)."""
    with httpx.Client(timeout=30) as http:
        client = HubClient(creds.hub_url, creds.token, client=http)
        return SyncEngine(LocalSync(sessions), client).run()


class OtherLaptop:
    """A second laptop: its own register file and user."""

    def __init__(self, path: Path, hub: RunningHub, user: str) -> None:
        self.db: OpenDatabase = open_database(path / "register.sqlite", durable=False)
        self.register = RegisterService(self.db.sessions, actor=user)
        self.creds = hub.login(path, user)

    def sync(self) -> SyncResult:
        return sync_register(self.db.sessions, self.creds)

    def close(self) -> None:
        self.db.engine.dispose()
