"""Shared fixtures. Every test runs with its own data folder: never the user's real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.services.register import RegisterService

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HELAVB_DATA_DIR and the platform's home/config folders at tmp_path."""
    data = tmp_path / "helavb-data"
    monkeypatch.setenv("HELAVB_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return data


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def db(data_dir: Path) -> Iterator[OpenDatabase]:
    """A real, migrated SQLite register in the test's data folder."""
    opened = open_database(data_dir / "register.sqlite", durable=False)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def register(db: OpenDatabase) -> RegisterService:
    return RegisterService(db.sessions, actor="testare")


def require_service(reason: str) -> None:
    """Skip for want of a service (PostgreSQL, a display, ...), except in CI, where it fails.

    .ci/run sets HELAVB_REQUIRE_SERVICES=1 so CI never passes by skipping what it should run.
    """
    if os.environ.get("HELAVB_REQUIRE_SERVICES") == "1":
        pytest.fail(f"CI requires this service: {reason}")
    pytest.skip(reason)


@pytest.fixture
def pg_url() -> str:
    """URL of a PostgreSQL database for hub tests (HELAVB_TEST_PG_URL)."""
    url = os.environ.get("HELAVB_TEST_PG_URL")
    if not url:
        require_service("no PostgreSQL: set HELAVB_TEST_PG_URL (.ci/run starts one)")
    assert url is not None
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty hub database: an SQLite file, or a schema of its own in PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'hub.sqlite'}"
        return
    import uuid

    from sqlalchemy import create_engine, text

    base = request.getfixturevalue("pg_url")
    schema = f"hubtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(autouse=True)
def _no_unexpected_warnings(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A test during which our code logs a WARNING or worse fails, unless it says it expects one
    (``@pytest.mark.logs_warnings``): a warning nobody looks at is a bug nobody sees."""
    import logging

    yield
    if request.node.get_closest_marker("logs_warnings"):
        return
    unexpected = [
        f"{r.levelname} {r.name}: {r.getMessage()}"
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.startswith("helavb_desktop")
    ]
    assert not unexpected, "unexpected warnings logged:\n" + "\n".join(unexpected)
