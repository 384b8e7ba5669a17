"""The central hub: an ASGI app (FastAPI) over SQLAlchemy, SQLite by default, PostgreSQL in
production. Its schema is its own (``hub/models.py``) with its own Alembic migrations."""
