"""Opening a register file: engine, migrations, reference data, this device's identity."""

from __future__ import annotations

import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from helavb_desktop.db.engine import SessionFactory, make_engine, make_session_factory
from helavb_desktop.db.migrate import MigrationResult, upgrade_to_head
from helavb_desktop.db.outbox import get_state, set_state, utcnow
from helavb_desktop.db.schema import DeviceRow, MunicipalityRow
from helavb_desktop.domain.reference import load_municipalities

REGISTER_FILE = "register.sqlite"


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    path: Path
    engine: Engine
    sessions: SessionFactory
    migration: MigrationResult
    device_id: str


def open_database(path: Path, *, durable: bool = True) -> OpenDatabase:
    """Create or migrate the register at ``path`` and return its session factory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, durable=durable)
    migration = upgrade_to_head(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        if session.scalar(select(MunicipalityRow.code).limit(1)) is None:
            # Seeded once; later edits to the priority flag are the register's own data.
            session.add_all(
                MunicipalityRow(
                    code=m.code,
                    name=m.name,
                    lat=m.lat,
                    lon=m.lon,
                    skr_group=m.skr_group,
                    leader_area=m.leader_area,
                    priority=m.priority,
                    priority_source=m.priority_source,
                )
                for m in load_municipalities()
            )
        device_id = get_state(session, "device_id")
        if device_id is None:
            device_id = str(uuid.uuid4())
            set_state(session, "device_id", device_id)
            session.add(
                DeviceRow(id=device_id, name=platform.node() or "laptop", created_at=utcnow())
            )
    return OpenDatabase(path, engine, sessions, migration, device_id)
