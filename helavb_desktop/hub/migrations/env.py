"""Alembic environment of the hub: runs on a connection handed in by ``hub.db.upgrade_hub``."""

from __future__ import annotations

from alembic import context

from helavb_desktop.hub.models import HubBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///hub-autogen.sqlite"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=HubBase.metadata)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=HubBase.metadata)
    with context.begin_transaction():
        context.run_migrations()
