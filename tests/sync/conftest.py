"""Fixtures for sync tests: a real hub process on 127.0.0.1 and laptops with real registers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from helavb_desktop.db.convert import row_to_record
from helavb_desktop.db.schema import SYNCED_ROWS
from helavb_desktop.db.setup import open_database
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.validation import record_to_json
from helavb_desktop.hub import auth
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.models import ChangeLogRow, ConflictRow, RecordRow
from helavb_desktop.hub.process import HubProcess
from helavb_desktop.services.register import RegisterService
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.engine import SyncEngine, SyncResult

PASSWORDS = {
    "anna": ("faltpersonal", "anna-losenord"),
    "bertil": ("faltpersonal", "bertil-losenord"),
    "cecilia": ("faltpersonal", "cecilia-losenord"),
    "sam": ("samordnare", "sam-losenord"),
    "admin": ("admin", "admin-losenord"),
}


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELAVB_KEYRING", "off")


@dataclass
class Hub:
    url: str
    db_url: str
    tokens: dict[str, str]

    def records(self) -> dict[tuple[str, str], dict[str, Any]]:
        engine, sessions = open_hub(self.db_url)
        try:
            with sessions() as s:
                return {
                    (r.table_name, r.id): {**r.data, "deleted": r.deleted, "_version": r.version}
                    for r in s.scalars(select(RecordRow))
                }
        finally:
            engine.dispose()

    def conflicts(self) -> list[ConflictRow]:
        engine, sessions = open_hub(self.db_url)
        try:
            with sessions() as s:
                return list(s.scalars(select(ConflictRow).order_by(ConflictRow.id)))
        finally:
            engine.dispose()

    def change_log(self) -> list[ChangeLogRow]:
        engine, sessions = open_hub(self.db_url)
        try:
            with sessions() as s:
                return list(s.scalars(select(ChangeLogRow).order_by(ChangeLogRow.seq)))
        finally:
            engine.dispose()


@pytest.fixture
def hub(hub_db_url: str, tmp_path: Path) -> Iterator[Hub]:
    engine, sessions = open_hub(hub_db_url)
    with sessions.begin() as session:
        for name, (role, password) in PASSWORDS.items():
            auth.add_user(session, name, role, password)
    engine.dispose()
    with HubProcess(hub_db_url, test_hub=True, log_path=tmp_path / "hub.log") as proc:
        client = HubClient(proc.url)
        tokens = {n: client.login(n, pw).token for n, (_r, pw) in PASSWORDS.items()}
        client.close()
        yield Hub(proc.url, hub_db_url, tokens)


class Laptop:
    """A field officer's laptop: its own register file and a sync engine against the hub."""

    def __init__(
        self, path: Path, hub_url: str, user: str, token: str, transport: Any = None
    ) -> None:
        self.user = user
        self.db = open_database(path, durable=False)
        self.register = RegisterService(self.db.sessions, actor=user)
        self.local = LocalSync(self.db.sessions)
        self.http = httpx.Client(timeout=30, transport=transport)
        self.client = HubClient(hub_url, token, client=self.http)

    def sync(self, **kwargs: Any) -> SyncResult:
        return SyncEngine(self.local, self.client, **kwargs).run()

    def rows(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every synced row, tombstones included, in the JSON spelling plus ``deleted``."""
        out: dict[tuple[str, str], dict[str, Any]] = {}
        with self.db.sessions() as s:
            for kind in RecordType:
                table = SYNCED_ROWS[kind.value].__table__
                for row in s.execute(select(table)).mappings():
                    values = record_to_json(row_to_record(kind, row))
                    values.pop("id")
                    values["deleted"] = bool(row["deleted"])
                    out[(kind.value, row["id"])] = values
        return out

    def close(self) -> None:
        self.http.close()
        self.db.engine.dispose()


@pytest.fixture
def make_laptop(hub: Hub, tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(name: str, user: str = "anna", transport: Any = None) -> Laptop:
        laptop = Laptop(
            tmp_path / name / "register.sqlite", hub.url, user, hub.tokens[user], transport
        )
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def hub_view(hub: Hub) -> dict[tuple[str, str], dict[str, Any]]:
    """The hub's records shaped like ``Laptop.rows()`` (for convergence checks)."""
    out = {}
    for key, values in hub.records().items():
        v = dict(values)
        v.pop("_version")
        out[key] = v
    return out
