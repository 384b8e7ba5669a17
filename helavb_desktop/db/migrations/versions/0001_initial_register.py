"""initial register

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "followup",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_description", sa.String(length=1100), nullable=False),
        sa.Column("owner", sa.String(length=500), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=36), nullable=True),
        sa.Column("initiative", sa.String(length=36), nullable=True),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.create_index("ix_followup_due", ["status", "due_date"], unique=False)
        batch_op.create_index("ix_followup_initiative", ["initiative"], unique=False)
        batch_op.create_index("ix_followup_note", ["note"], unique=False)

    op.create_table(
        "initiative",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("sort_title", sa.String(length=1100), nullable=False),
        sa.Column("focus_area", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("municipalities", sa.JSON(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("responsible", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("diarienummer", sa.String(length=500), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.create_index(
            "ix_initiative_focus_sort", ["focus_area", "sort_title"], unique=False
        )
        batch_op.create_index("ix_initiative_sort", ["sort_title"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("lat", sa.Double(), nullable=False),
        sa.Column("lon", sa.Double(), nullable=False),
        sa.Column("skr_group", sa.String(length=200), nullable=False),
        sa.Column("leader_area", sa.String(length=200), nullable=False),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("priority_source", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "note",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("municipality", sa.String(length=4), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("sort_place", sa.String(length=1100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("organisations", sa.JSON(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("girls", sa.Integer(), nullable=False),
        sa.Column("boys", sa.Integer(), nullable=False),
        sa.Column("focus_areas", sa.JSON(), nullable=False),
        sa.Column("initiatives", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("record_class", sa.String(length=20), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_date", ["date"], unique=False)
        batch_op.create_index("ix_note_municipality_date", ["municipality", "date"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=20), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("op_id"),
        sa.UniqueConstraint("device_seq"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_row", ["table_name", "row_id"], unique=False)
        batch_op.create_index("ix_outbox_state_seq", ["state", "device_seq"], unique=False)

    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=20), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "initiative_municipality",
        sa.Column("initiative_pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.ForeignKeyConstraint(["initiative_pk"], ["initiative.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("initiative_pk", "code"),
    )
    with op.batch_alter_table("initiative_municipality", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_initiative_municipality_code"), ["code"], unique=False)

    op.create_table(
        "note_focus_area",
        sa.Column("note_pk", sa.Integer(), nullable=False),
        sa.Column("focus_area", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["note_pk"], ["note.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_pk", "focus_area"),
    )
    with op.batch_alter_table("note_focus_area", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_focus_area_focus_area"), ["focus_area"], unique=False
        )

    op.create_table(
        "note_initiative",
        sa.Column("note_pk", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["note_pk"], ["note.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_pk", "initiative_id"),
    )
    with op.batch_alter_table("note_initiative", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_initiative_initiative_id"), ["initiative_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("note_initiative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_initiative_initiative_id"))

    op.drop_table("note_initiative")
    with op.batch_alter_table("note_focus_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_focus_area_focus_area"))

    op.drop_table("note_focus_area")
    with op.batch_alter_table("initiative_municipality", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_municipality_code"))

    op.drop_table("initiative_municipality")
    op.drop_table("sync_state")
    op.drop_table("sync_base")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_seq")
        batch_op.drop_index("ix_outbox_row")

    op.drop_table("outbox")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_municipality_date")
        batch_op.drop_index("ix_note_date")

    op.drop_table("note")
    op.drop_table("municipality")
    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.drop_index("ix_initiative_sort")
        batch_op.drop_index("ix_initiative_focus_sort")

    op.drop_table("initiative")
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.drop_index("ix_followup_note")
        batch_op.drop_index("ix_followup_initiative")
        batch_op.drop_index("ix_followup_due")

    op.drop_table("followup")
    op.drop_table("device")
    op.drop_table("app_user")
