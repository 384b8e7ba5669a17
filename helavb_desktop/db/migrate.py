"""Schema migrations: Alembic scripts shipped inside the package, run at start-up when behind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:  # a branch would make "up to date" ambiguous
        raise RuntimeError(f"migrations have {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None
    after: str

    @property
    def created(self) -> bool:
        return self.before is None

    @property
    def changed(self) -> bool:
        return self.before != self.after


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer HelaVB; opening it could damage it."""


def upgrade_to_head(engine: Engine) -> MigrationResult:
    """Bring the database to the newest schema in one transaction per migration step."""
    head = head_revision()
    with engine.connect() as conn:
        before = current_revision(conn)
    if before == head:
        return MigrationResult(before, head)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if before is not None and before not in known:
        raise SchemaTooNewError(
            f"the register has schema version {before}, which this version of HelaVB does not "
            "know; it was written by a newer version"
        )
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return MigrationResult(before, head)
