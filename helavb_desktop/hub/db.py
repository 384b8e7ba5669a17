"""The hub's engine and schema migrations. SQLite by default, PostgreSQL in production."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from helavb_desktop.hub.models import HubCounter

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_DB_FILE = "hub.sqlite"


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def normalise_url(db: str) -> str:
    """A database URL; a bare path means an SQLite file."""
    if "://" in db:
        return db
    return f"sqlite+pysqlite:///{Path(db).expanduser().resolve()}"


def make_hub_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            json_serializer=_json_dumps,
            connect_args={"timeout": 30, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")  # an acknowledged op must survive a power cut
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers queue for the lock up front instead of failing on upgrade.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_hub(engine: Engine) -> str:
    """Bring the hub schema to head; returns the revision."""
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    with Session(engine) as session, session.begin():
        if session.scalar(select(HubCounter.value).where(HubCounter.name == "change")) is None:
            session.add(HubCounter(name="change", value=0))
    return head


def open_hub(url: str) -> tuple[Engine, sessionmaker[Session]]:
    engine = make_hub_engine(url)
    upgrade_hub(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
