"""Integrity checks and online backups of the SQLite file."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from helavb_desktop.db.migrate import current_revision, head_revision

FTS_TABLES = ("initiative_fts", "note_fts", "followup_fts")


@dataclass(frozen=True, slots=True)
class CheckResult:
    integrity: list[str]  # "ok" or SQLite's complaints
    foreign_keys: int  # rows that break a foreign key
    fts_ok: bool
    schema_version: str | None
    schema_head: str

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_keys == 0
            and self.fts_ok
            and self.schema_version == self.schema_head
        )


def check_database(engine: Engine) -> CheckResult:
    with engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        fk = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        fts_ok = True
        for table in FTS_TABLES:
            try:
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except Exception:
                fts_ok = False
        version = current_revision(conn)
        conn.rollback()
    return CheckResult(integrity, fk, fts_ok, version, head_revision())


def backup_database(source: Path, target: Path) -> int:
    """Copy ``source`` to ``target`` with SQLite's online backup; returns the target's size.

    Safe while the app writes: the backup API copies a consistent snapshot. The copy goes to a
    temporary file first and is renamed into place, so ``target`` is never half-written.
    """
    target = target.resolve()
    if target == source.resolve():
        raise ValueError("the backup cannot overwrite the register itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=15)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A backup is a single file: fold the WAL in so it opens on its own.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target.stat().st_size
