"""search index (FTS5) and link tables kept by triggers

The JSON list columns are the truth (they are what sync moves field by field); the link tables
and FTS5 indexes are derived from them by triggers, so no code path can forget to update them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# remove_diacritics 0: å, ä and ö are letters of their own in Swedish, not accented a and o;
# unicode61 still folds their case (Å → å). Prefix indexes make search-as-you-type cheap.
_TOKENIZE = "tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3'"

# table -> indexed columns
_FTS = {
    "initiative": ("title", "description", "outcome", "tags", "responsible", "diarienummer"),
    "note": ("place", "summary", "organisations", "author"),
    "followup": ("description", "owner"),
}

# (trigger stem, source table, link table, link key column, source value, json column)
_LINKS = [
    (
        "initiative_municipality",
        "initiative",
        "initiative_municipality",
        "initiative_pk",
        "code",
        "municipalities",
    ),
    ("note_initiative", "note", "note_initiative", "note_pk", "initiative_id", "initiatives"),
    ("note_focus_area", "note", "note_focus_area", "note_pk", "focus_area", "focus_areas"),
]


def _fts_sql(table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='pk', {_TOKENIZE})",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END",
    ]


def _link_sql(stem: str, table: str, link: str, key: str, value: str, column: str) -> list[str]:
    fill = (
        f"INSERT OR IGNORE INTO {link}({key}, {value}) "
        f"SELECT new.pk, j.value FROM json_each(new.{column}) AS j"
    )
    return [
        f"CREATE TRIGGER {stem}_ai AFTER INSERT ON {table} BEGIN {fill}; END",
        f"CREATE TRIGGER {stem}_au AFTER UPDATE OF {column} ON {table} BEGIN "
        f"DELETE FROM {link} WHERE {key} = old.pk; {fill}; END",
    ]


def upgrade() -> None:
    for table, columns in _FTS.items():
        for sql in _fts_sql(table, columns):
            op.execute(sql)
        # Index rows written before this migration (a register created at 0001).
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    for stem, table, link, key, value, column in _LINKS:
        for sql in _link_sql(stem, table, link, key, value, column):
            op.execute(sql)
        op.execute(
            f"INSERT OR IGNORE INTO {link}({key}, {value}) "
            f"SELECT t.pk, j.value FROM {table} AS t, json_each(t.{column}) AS j"
        )


def downgrade() -> None:
    for stem, *_ in _LINKS:
        op.execute(f"DROP TRIGGER IF EXISTS {stem}_ai")
        op.execute(f"DROP TRIGGER IF EXISTS {stem}_au")
    for table in _FTS:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
