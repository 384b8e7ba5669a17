from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from helavb_desktop.db.engine import make_engine
from helavb_desktop.db.migrate import (
    SchemaTooNewError,
    alembic_config,
    head_revision,
    upgrade_to_head,
)
from helavb_desktop.db.setup import open_database


def test_exactly_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1
    assert head_revision() == heads[0]


def test_first_start_creates_and_later_start_keeps(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    first = open_database(path, durable=False)
    assert first.migration.created and first.migration.after == head_revision()
    device = first.device_id
    first.engine.dispose()
    second = open_database(path, durable=False)
    assert not second.migration.changed
    assert second.device_id == device  # identity survives restarts
    with second.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM municipality")).scalar() == 15
    second.engine.dispose()


def test_migration_chain_carries_data_forward(tmp_path: Path) -> None:
    """A register made at the first revision is migrated to head with its rows searchable."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(path, durable=False)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO note (id, date, municipality, place, sort_place, kind, organisations,"
                " women, men, girls, boys, focus_areas, initiatives, summary, personal_data,"
                " record_class, author, deleted, updated_at, updated_by) VALUES"
                " ('6f1c7c1e-0000-4000-8000-000000000001', '2025-03-01', '2463', 'Fredrika', '',"
                " 'visit', '[]', 1, 2, 0, 0, '[\"brobyggare\"]', '[]', 'Gammal anteckning om"
                " Älvängens skola', 0, 'working_note', 'Åsa', 0, '2025-03-01 10:00:00', 'Åsa')"
            )
        )
    result = upgrade_to_head(engine)
    assert result.before == "0001" and result.after == head_revision()
    with engine.connect() as conn:
        hits = conn.execute(
            text("SELECT rowid FROM note_fts WHERE note_fts MATCH '\"älvängens\"'")
        ).all()
        links = conn.execute(text("SELECT focus_area FROM note_focus_area")).scalars().all()
    assert len(hits) == 1
    assert links == ["brobyggare"]
    engine.dispose()


def test_register_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path, durable=False).engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNewError):
        open_database(path, durable=False)
