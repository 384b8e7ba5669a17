"""Storage: SQLAlchemy ORM, engine, migrations, repositories, FTS5 search. Imports domain only."""
