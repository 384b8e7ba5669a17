"""Alembic environment: runs on a connection handed in by ``helavb_desktop.db.migrate``."""

from __future__ import annotations

from alembic import context

# Tables declared outside schema.py must be imported so autogenerate sees them.
import helavb_desktop.db.sync_store  # noqa: F401
from helavb_desktop.db.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///autogen.sqlite"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
