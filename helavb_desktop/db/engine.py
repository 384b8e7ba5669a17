"""Engine and session factory for the local register. No engine exists at import time."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from helavb_desktop.domain.collation import swedish_collate

SessionFactory = sessionmaker[Session]


def _json_dumps(value: Any) -> str:
    # Keep å/ä/ö readable in the file and in the FTS index (ensure_ascii would escape them).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(path: Path, *, durable: bool = True) -> Engine:
    """An engine on the SQLite file at ``path``.

    WAL lets the app read while a backup or the command line works; ``synchronous=FULL``
    because a field officer's note must survive a power cut right after Save.
    """
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        json_serializer=_json_dumps,
        connect_args={"timeout": 15, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (SQLAlchemy docs,
        # "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_conn.isolation_level = None
        dbapi_conn.create_collation("sv", swedish_collate)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        # 64 MiB page cache: index and FTS updates of bulk writes stay in memory.
        cur.execute("PRAGMA cache_size=-65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so two writers wait for each other instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)
