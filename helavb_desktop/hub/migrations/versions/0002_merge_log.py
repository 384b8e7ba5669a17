"""merge log: coordinators' merges of duplicates, kept so a merge can be undone

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=20), nullable=False),
        sa.Column("keep_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("taken", sa.JSON(), nullable=False),
        sa.Column("relinked", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("unmerged_by", sa.String(length=200), nullable=True),
        sa.Column("unmerged_at", sa.DateTime(), nullable=True),
        sa.Column("unmerge_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merge_log_other", "merge_log", ["table_name", "other_id"], unique=False)
    op.create_index("ix_merge_log_keep", "merge_log", ["table_name", "keep_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_merge_log_keep", table_name="merge_log")
    op.drop_index("ix_merge_log_other", table_name="merge_log")
    op.drop_table("merge_log")
